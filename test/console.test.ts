import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChatCommand } from '../src/commands/index.ts';
import type { CommandServices } from '../src/commands/types.ts';
import type { Db } from '../src/store/db.ts';
import { parseOptions, renderReplyAsText, runConsole } from '../src/transports/console.ts';
import { kb, makeServices, request } from './commands-support.ts';

let services: CommandServices;
let db: Db;
beforeEach(() => {
  ({ services, db } = makeServices());
});
afterEach(() => db.close());

/** Feeds `lines` to a console and returns everything it wrote once the input ends. */
async function converse(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const done = runConsole({ input, output, services, prompt: '' });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return written;
}

describe('renderReplyAsText', () => {
  it('renders an /ask answer with its quote and paragraph number, and its buttons as hints', async () => {
    const reply = await findChatCommand('ask')!.execute(request({ question: 'how big is the delegation' }), services);
    const text = renderReplyAsText(reply);
    const fact = kb.byId.get('delegation-size')!;
    expect(text).toContain(fact.answer);
    for (const citation of fact.citations) {
      expect(text).toContain(citation.quote);
      expect(text).toContain(`Paragraph ${citation.paragraph}`);
    }
    expect(text).toMatch(/\[1\] 📄 Show paragraph \d+/);
    expect(text).toContain(kb.article.title);
    expect(text).not.toContain('**');
  });

  it('notes a reply only the asker would see', () => {
    expect(renderReplyAsText({ content: 'hello', ephemeral: true })).toMatch(/only you would see this/);
  });
});

describe('parseOptions', () => {
  const options = findChatCommand('ask')!.data;
  const askOptions = 'options' in options ? options.options! : [];

  it('gives the whole text to the first option, or reads name:value pairs', () => {
    expect(parseOptions(askOptions, 'how big is it')).toEqual({ question: 'how big is it' });
    expect(parseOptions(askOptions, 'question:how big is it private:true')).toEqual({ question: 'how big is it', private: true });
    expect(parseOptions(askOptions, '')).toEqual({});
  });

  it('types numbers and matches choices by value or name', () => {
    const source = findChatCommand('source')!.data;
    const budget = findChatCommand('budget')!.data;
    expect(parseOptions('options' in source ? source.options! : [], '3')).toEqual({ paragraph: 3 });
    expect(parseOptions('options' in budget ? budget.options! : [], 'USD')).toEqual({ currency: 'usd' });
  });
});

describe('runConsole', () => {
  it('greets, says how to connect to Discord, and resolves when the input ends', async () => {
    const output = await converse([]);
    expect(output).toContain('DISCORD_TOKEN');
    expect(output).toContain('DISCORD_CLIENT_ID');
    expect(output).toContain('/help');
  });

  it('answers commands and bare questions with the same replies as the commands', async () => {
    const output = await converse(['/ask how big is the delegation', 'how long will the delegation stay', '/source 3', '/facts budgets', '/budget usd', '/tiers', '/help']);
    expect(output).toContain(kb.byId.get('delegation-size')!.citations[0]!.quote);
    expect(output).toContain(kb.byId.get('delegation-duration')!.citations[0]!.quote);
    expect(output).toContain(kb.article.paragraphs[2]);
    expect(output).toContain('Facts: Budgets');
    expect(output).toContain('US$ million');
    expect(output).toContain('Monterey Talks');
    expect(output).toContain('How to use this bot');
  });

  it('presses a button by its number and keeps the buttons of the message after a private reply', async () => {
    const output = await converse(['/ask how big is the delegation', '1', '2']);
    const size = kb.byId.get('delegation-size')!;
    const [first, second] = [...new Set(size.citations.map((citation) => citation.paragraph))];
    expect(output).toContain(`Paragraph ${first} of`);
    expect(output).toContain(`Paragraph ${second} of`);
  });

  it('explains an unknown command, quits on /quit, and survives a bad option', async () => {
    const output = await converse(['/nope', '/source 99', '/quit', '/help']);
    expect(output).toMatch(/There is no \/nope\. Commands: \/ask/);
    expect(output).toMatch(/no paragraph 99/);
    expect(output).not.toContain('How to use this bot');
  });
});
