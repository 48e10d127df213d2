import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApplicationCommandType } from 'discord.js';
import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import { askCommand } from '../src/commands/ask.ts';
import { budgetRows } from '../src/commands/budget.ts';
import { EXAMPLE_QUESTIONS } from '../src/commands/help.ts';
import { CHAT_COMMANDS, COMMAND_DATA, COMPONENT_HANDLERS, findChatCommand, findComponentHandler, findMessageCommand, MESSAGE_COMMANDS } from '../src/commands/index.ts';
import { LEVELS } from '../src/commands/tiers.ts';
import type { CommandServices, OptionValue, ReplyData } from '../src/commands/types.ts';
import { checkQuestion } from '../src/engine/question.ts';
import { TOPICS } from '../src/knowledge/schema.ts';
import { ECHO_MAX_LENGTH } from '../src/reply/escape.ts';
import { choiceProblems } from '../src/reply/limits.ts';
import { JUDGEMENT_LABEL, judgementName } from '../src/reply/style.ts';
import type { Db } from '../src/store/db.ts';
import { buttonIds, expectValidReply, expectVerbatimQuotes, fields, kb, makeServices, press, quotesIn, request, run } from './commands-support.ts';

let services: CommandServices;
let db: Db;
beforeEach(() => {
  ({ services, db } = makeServices());
});
afterEach(() => db.close());

const NAME_PATTERN = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Commands about a server's own channels (the digest subscription); the rest work anywhere, installed by anyone. */
const SERVER_ONLY = new Set(['digest']);

describe('command data', () => {
  it('declares install scope, contexts and zh-TW names that Discord accepts, for every command and option', () => {
    const names = COMMAND_DATA.map((data) => data.name);
    expect(new Set(names).size).toBe(names.length);
    for (const data of COMMAND_DATA) {
      if (SERVER_ONLY.has(data.name)) {
        expect(data.integration_types, data.name).toEqual([0]);
        expect(data.contexts, data.name).toEqual([0]);
      } else {
        expect(data.integration_types, data.name).toEqual([0, 1]);
        expect(data.contexts, data.name).toEqual([0, 1, 2]);
      }
      const zhName = data.name_localizations?.['zh-TW'];
      expect(zhName, data.name).toBeTruthy();
      if (data.type === ApplicationCommandType.Message) {
        expect(data.name.length).toBeLessThanOrEqual(32);
        continue;
      }
      expect(data.name).toMatch(NAME_PATTERN);
      expect(zhName).toMatch(NAME_PATTERN);
      expect(zhName).toBe(zhName!.toLowerCase());
      const zhDescription = 'description_localizations' in data ? data.description_localizations?.['zh-TW'] : undefined;
      expect(zhDescription?.length, data.name).toBeGreaterThan(0);
      expect(zhDescription!.length).toBeLessThanOrEqual(100);
      const options: APIApplicationCommandOption[] = 'options' in data ? (data.options ?? []) : [];
      for (const option of options) {
        expect(option.name).toMatch(NAME_PATTERN);
        expect(option.name_localizations?.['zh-TW']).toMatch(NAME_PATTERN);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.description_localizations?.['zh-TW']?.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('finds commands by name and button handlers by custom_id prefix', () => {
    for (const command of CHAT_COMMANDS) expect(findChatCommand(command.data.name)).toBe(command);
    for (const command of MESSAGE_COMMANDS) expect(findMessageCommand(command.data.name)).toBe(command);
    for (const handler of COMPONENT_HANDLERS) expect(findComponentHandler(`${handler.prefix}:x:1`)).toEqual({ handler, args: ['x', '1'] });
    expect(findChatCommand('nope')).toBeUndefined();
    expect(findComponentHandler('nope:1')).toBeUndefined();
  });
});

describe('/ask', () => {
  const answerable = ['how big is the delegation', 'how long will they stay', 'what is the JFD budget for 2026', 'which dialogue has the highest level'];

  it.each(answerable)('answers "%s" with quotes verbatim from the paragraphs they name', async (question) => {
    const reply = await run('ask', { question }, services);
    expectVerbatimQuotes(reply);
    expect(reply.embeds![0]!.footer!.text).toContain(kb.article.title);
    expect(reply.ephemeral).toBeUndefined();
  });

  it('says what the article does not give when a question asks for it', async () => {
    const reply = await run('ask', { question: 'how old is jin zhong' }, services);
    expect(reply.embeds![0]!.description).toMatch(/^The article doesn't say: it does not give ages\./);
  });

  it('answers in the currency asked, marking a conversion the article does not give as an estimate with its rate', async () => {
    const reply = await run('ask', { question: 'whats the travel budget in usd' }, services);
    const conversion = fields(reply).find((field) => field.name === 'In US dollars');
    expect(conversion?.value).toMatch(/NT\$15\.43 million ≈ US\$\d+\.\d\d million: not in the article, an estimate at NT\$\d+\.\d\d per US\$/);
    expectVerbatimQuotes(reply);
  });

  it('shows the whole cited paragraph, to the clicker alone, from the paragraph button', async () => {
    const reply = await run('ask', { question: 'how big is the delegation' }, services);
    const paragraphButtons = buttonIds(reply).filter((id) => id.startsWith('ask:para:'));
    expect(paragraphButtons.length).toBeGreaterThan(0);
    const cited = new Set(quotesIn(reply).map(({ paragraph }) => paragraph));
    for (const id of paragraphButtons) {
      const paragraph = Number(id.split(':').at(-1));
      expect(cited).toContain(paragraph);
      const shown = await press(id, services);
      expect(shown.ephemeral).toBe(true);
      // The quoted passage is in bold; without the markers, the text is the paragraph itself.
      expect(shown.embeds![0]!.description!.replaceAll('**', '')).toBe(kb.article.paragraphs[paragraph - 1]);
    }
  });

  it('says plainly when the article does not say, lists the closest facts as not the answer, and records the question', async () => {
    const question = 'What does Japan think about submarines?';
    const reply = await run('ask', { question }, services);
    const embed = reply.embeds![0]!;
    expect(embed.title).toMatch(/doesn't say/);
    expect(embed.description).toMatch(/not the answer/);
    const closest = fields(reply).filter((field) => field.name.startsWith('Closest fact'));
    expect(closest.length).toBeGreaterThan(0);
    for (const field of closest) expect(field.name).toMatch(/not the answer/);
    expectVerbatimQuotes(reply);
    expect(buttonIds(reply)).toEqual([]);
    expect(services.feedback.gaps().unanswered.map((entry) => entry.question)).toEqual([question]);
  });

  it("labels the analyst's judgement as his, not as established fact", async () => {
    const reply = await run('ask', { question: 'who will lead the delegation' }, services);
    const embed = reply.embeds![0]!;
    const leader = kb.byId.get('delegation-leader')!;
    expect(embed.title).toBe(judgementName(leader.subject));
    expect(embed.description).toContain(JUDGEMENT_LABEL);
    expectVerbatimQuotes(reply);
  });

  it('pings only the member named by mention, never @everyone, roles or users written in the question', async () => {
    const member = '444444444444444444';
    const question = 'how big is the delegation @everyone @here <@&555555555555555555> <@666666666666666666> **bold**';
    const mentioned = await run('ask', { question, mention: member }, services);
    expect(mentioned.pingUserId).toBe(member);
    expect(mentioned.content!.startsWith(`<@${member}>`)).toBe(true);
    expect(mentioned.content).toContain('\\*\\*bold\\*\\*');

    const plain = await run('ask', { question }, services);
    expect(plain.pingUserId).toBeUndefined();
    expect(plain.content).not.toMatch(/<@/);

    const forged = await run('ask', { question, mention: '<@&555555555555555555>' }, services);
    expect(forged.pingUserId).toBeUndefined();
  });

  it('keeps a private answer to the asker and pings nobody then', async () => {
    const reply = await run('ask', { question: 'how big is the delegation', private: true, mention: '444444444444444444' }, services);
    expect(reply.ephemeral).toBe(true);
    expect(reply.pingUserId).toBeUndefined();
    expect(reply.content).not.toMatch(/<@/);
  });

  it('cuts a long echoed question, escapes its markdown, and refuses an empty or oversized one', async () => {
    const long = `how big is the delegation ${'very '.repeat(80)}`;
    const reply = await run('ask', { question: long }, services);
    const echoed = reply.content!.replace(/^\*\*Q:\*\* /, '');
    expect(echoed.length).toBeLessThanOrEqual(ECHO_MAX_LENGTH);
    expect(echoed).toMatch(/^how big is the delegation very .*…$/);
    const marked = await run('ask', { question: 'how big is the **delegation** [click](https://evil.example) # now' }, services);
    expect(marked.content).toContain('\\*\\*delegation\\*\\*');
    expect(marked.content).toContain('\\[click](');
    expect((await run('ask', { question: '   ' }, services)).ephemeral).toBe(true);
    const tooLong = await run('ask', { question: 'x'.repeat(600) }, services);
    expect(tooLong.ephemeral).toBe(true);
    expect(tooLong.embeds).toBeUndefined();
  });

  it('records 👍/👎 for the fact answered, and refuses a button for an unknown fact', async () => {
    const reply = await run('ask', { question: 'how big is the delegation' }, services);
    const down = buttonIds(reply).find((id) => id.startsWith('ask:fb:down:'))!;
    expect(down).toBe('ask:fb:down:delegation-size');
    expect((await press(down, services)).ephemeral).toBe(true);
    expect(services.feedback.gaps().disliked).toEqual([{ factId: 'delegation-size', down: 1, up: 0, questions: [] }]);
    // Pressed under the answer message, the vote keeps the question it was about (no user id).
    const found = findComponentHandler(down)!;
    await found.handler.handle(found.args, { ...request(), message: { content: reply.content! } }, services);
    expect(services.feedback.gaps().disliked[0]!.questions).toEqual(['how big is the delegation']);
    const stale = await press('ask:fb:down:no-such-fact', services);
    expect(stale.content).toMatch(/out of date/);
    expect(services.feedback.gaps().disliked).toHaveLength(1);
  });

  it("counts one vote per person per answer: a repeat counts once, a change replaces it, and no user id is stored", async () => {
    const vote = (id: string, userId: string) => {
      const { handler, args } = findComponentHandler(id)!;
      return handler.handle(args, { ...request(), userId }, services);
    };
    const tally = () => services.feedback.gaps().disliked.find((fact) => fact.factId === 'delegation-size');
    await vote('ask:fb:down:delegation-size', request().userId);
    const repeat = await vote('ask:fb:down:delegation-size', request().userId);
    expect(repeat.content).toMatch(/counts once/);
    expect(tally()).toMatchObject({ down: 1, up: 0 });
    await vote('ask:fb:down:delegation-size', '999999999999999999');
    expect(tally()).toMatchObject({ down: 2, up: 0 });
    const changed = await vote('ask:fb:up:delegation-size', request().userId);
    expect(changed.content).toMatch(/now 👍/);
    expect(tally()).toMatchObject({ down: 1, up: 1 });
    const stored = JSON.stringify(db.prepare('SELECT * FROM feedback').all());
    expect(stored).not.toContain(request().userId);
    expect(stored).not.toContain('999999999999999999');
  });

  it('lists related facts, each cited, without the fact itself', async () => {
    const reply = await press('ask:rel:delegation-size', services);
    expect(reply.ephemeral).toBe(true);
    const names = fields(reply).map((field) => field.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain(kb.byId.get('delegation-size')!.subject);
    expectVerbatimQuotes(reply);
  });

  it('suggests at most 25 choices of at most 100 characters as the user types', () => {
    for (const typed of ['', 'deleg', 'jfd budg', 'monterey', 'x'.repeat(400), '@everyone']) {
      const choices = askCommand.autocomplete!({ name: 'question', value: typed }, request(), services);
      expect(choiceProblems(choices), typed).toEqual([]);
      expect(choices.length).toBeLessThanOrEqual(25);
    }
    const delegation = askCommand.autocomplete!({ name: 'question', value: 'delegation siz' }, request(), services);
    expect(delegation.map((choice) => choice.value)).toContain('Delegation size');
  });
});

/** Every reply reachable from `start` by pressing its buttons (paging, paragraphs, related, votes). */
async function crawl(start: ReplyData): Promise<ReplyData[]> {
  const seen = new Set<string>();
  const replies = [start];
  const queue = buttonIds(start);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const reply = await press(id, services);
    replies.push(reply);
    queue.push(...buttonIds(reply));
  }
  return replies;
}

describe('every reply of every command', () => {
  it('respects Discord limits and pings nobody, including every reply behind every button', async () => {
    const starts: ReplyData[] = [];
    for (const fact of kb.facts) starts.push(await run('ask', { question: fact.subject }, services));
    for (const topic of TOPICS) starts.push(await run('facts', { topic }, services));
    for (const currency of [undefined, 'both', 'twd', 'usd']) starts.push(await run('budget', { currency }, services));
    starts.push(await run('tiers', {}, services), await run('delegation', {}, services), await run('help', {}, services), await run('source', {}, services));
    for (let paragraph = 0; paragraph <= kb.article.paragraphs.length + 1; paragraph += 1) starts.push(await run('source', { paragraph }, services));
    let checked = 0;
    for (const start of starts) checked += (await crawl(start)).length;
    expect(checked).toBeGreaterThan(starts.length);
  });

  it('answers a bad option or a stale button with a note to the clicker alone, not a crash', async () => {
    expect((await run('facts', { topic: 'weather' }, services)).ephemeral).toBe(true);
    expect((await run('budget', { currency: 'eur' }, services)).ephemeral).toBe(true);
    for (const id of ['facts:page:weather:0', 'facts:oops', 'tiers:page:x', 'ask:para:delegation-size:99', 'ask:nope', 'budget:page:eur:0']) {
      const reply = await press(id, services);
      expect(reply.ephemeral, id).toBe(true);
      expect(reply.updateMessage, id).toBeUndefined();
    }
  });

  it('declares in advance, as the reply then is, whether it is for the asker alone (so a deferral matches it)', async () => {
    const samples: Array<[string, Record<string, OptionValue | undefined>]> = [
      ['ask', { question: 'how big is the delegation' }],
      ['ask', { question: 'how big is the delegation', private: true }],
      ['facts', { topic: 'budgets' }],
      ['budget', {}],
      ['tiers', {}],
      ['delegation', {}],
      ['source', {}],
      ['source', { paragraph: 3 }],
      ['help', {}],
      ['digest', { channel: '333333333333333333' }],
    ];
    for (const [name, options] of samples) {
      const declared = findChatCommand(name)!.repliesPrivately?.(request(options)) ?? false;
      expect(Boolean((await run(name, options, services)).ephemeral), `/${name} ${JSON.stringify(options)}`).toBe(declared);
    }
    for (const command of MESSAGE_COMMANDS) {
      const target = { ...request(), targetMessage: { id: '1', content: 'Taiwan is sending 50 officers' } };
      expect(Boolean((await command.execute(target, services)).ephemeral)).toBe(command.repliesPrivately?.(target) ?? false);
    }
  });
});

describe('/facts', () => {
  it.each(TOPICS)('pages through every fact of "%s" exactly once, each cited', async (topic) => {
    const subjects: string[] = [];
    let reply = await run('facts', { topic }, services);
    for (;;) {
      expectVerbatimQuotes(reply);
      subjects.push(...fields(reply).map((field) => field.name).filter((name) => !name.startsWith('📄')));
      const next = (reply.components ?? []).flatMap((row) => row.components).find((component) => 'label' in component && component.label === 'Next' && !component.disabled);
      if (!next) break;
      reply = await press((next as { custom_id: string }).custom_id, services);
      expect(reply.updateMessage).toBe(true);
    }
    const expected = kb.facts.filter((fact) => fact.topic === topic).map((fact) => (fact.stance === 'judgement' ? judgementName(fact.subject) : fact.subject));
    expect(subjects).toEqual(expected);
  });
});

describe('/budget', () => {
  it('lists every money value of the fact base in its row, with the passage that states it', async () => {
    const reply = await run('budget', {}, services);
    const description = reply.embeds![0]!.description!;
    const rows = budgetRows(kb);
    const values = kb.facts.flatMap((fact) => fact.values.filter((value) => value.kind === 'money'));
    expect(rows.flatMap((row) => row.stated)).toEqual(expect.arrayContaining(values));
    expect(rows.flatMap((row) => row.stated)).toHaveLength(values.length);
    const quotes = quotesIn(reply);
    for (const value of values) {
      const figure = Number.isInteger(value.millions) ? String(value.millions) : value.millions.toFixed(2);
      expect(description, figure).toContain(figure);
      expect(quotes.some(({ quote }) => quote.includes(figure)), `a quote stating ${figure}`).toBe(true);
    }
    expectVerbatimQuotes(reply);
  });

  it('marks each conversion the article does not give as an estimate with its rate, and notes that its rates differ', async () => {
    const reply = await run('budget', { currency: 'usd' }, services);
    const description = reply.embeds![0]!.description!;
    const estimates = [...description.matchAll(/≈\d+\.\d\d([¹²³⁴⁵⁶⁷⁸⁹])/g)];
    const expectedEstimates = budgetRows(kb).filter((row) => row.estimates.USD).length;
    expect(estimates).toHaveLength(expectedEstimates);
    for (const [, mark] of estimates) expect(description).toMatch(new RegExp(`^${mark} estimate at NT\\$\\d+\\.\\d\\d per US\\$`, 'm'));
    expect(description).toMatch(/imply different rates/);
    expect(description).not.toMatch(/NT\$ million/);
  });
});

describe('/tiers', () => {
  it('shows the four dialogues, then project policy meetings, then operational-level meetings, each cited', async () => {
    const reply = await run('tiers', {}, services);
    const picture = reply.embeds![0]!.description!;
    const order = LEVELS.flatMap((level) => level.tiers.map((tier) => tier.name));
    expect(order.slice(0, 4)).toEqual(['Monterey Talks', 'Political and Military Dialogue', 'Defense Security Talks', 'Defense Policy Special Conference']);
    const positions = order.map((name) => picture.indexOf(name));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const tierFields = fields(reply).filter((field) => !field.name.startsWith('📄')).map((field) => field.name);
    expect(tierFields).toEqual(order);
    expect(picture).toMatch(/Monterey Talks \(highest level\)/);
    expectVerbatimQuotes(reply);
    // Every fact a tier rests on is quoted.
    const quoted = quotesIn(reply).map(({ quote }) => quote);
    for (const factId of LEVELS.flatMap((level) => level.tiers.flatMap((tier) => tier.parts.map((part) => part.factId)))) {
      const fact = kb.byId.get(factId)!;
      expect(fact.citations.some((citation) => quoted.some((quote) => quote.includes(citation.quote))), factId).toBe(true);
    }
  });
});

describe('/delegation', () => {
  it("cites every line and labels the expected leader as the analyst's judgement", async () => {
    const reply = await run('delegation', {}, services);
    expectVerbatimQuotes(reply);
    const leader = fields(reply).find((field) => field.name.includes('Expected leader'))!;
    expect(leader.name).toMatch(/judgement/);
    expect(leader.value).toContain(JUDGEMENT_LABEL);
    expect(leader.value).toContain('paragraph 8');
    for (const field of fields(reply).filter((field) => !field.name.startsWith('📄'))) expect(field.value, field.name).toMatch(/paragraph \d+/);
  });
});

describe('/source', () => {
  it('shows each paragraph verbatim, the metadata without one, and a note for one that does not exist', async () => {
    for (const [index, text] of kb.article.paragraphs.entries()) {
      const reply = await run('source', { paragraph: index + 1 }, services);
      expect(reply.embeds![0]!.description).toBe(text);
      expect(reply.embeds![0]!.title).toBe(`Paragraph ${index + 1} of ${kb.article.paragraphs.length}`);
    }
    const about = await run('source', {}, services);
    expect(about.embeds![0]!.title).toBe(kb.article.title);
    expect(fields(about).find((field) => field.name === 'Original address')!.value).toMatch(/Not known/);
    const missing = await run('source', { paragraph: 11 }, services);
    expect(missing.ephemeral).toBe(true);
    expect(missing.content).toMatch(/no paragraph 11/);
  });
});

describe('/help', () => {
  it('lists every command and gives example questions the article answers', async () => {
    const reply = await run('help', {}, services);
    const names = fields(reply).map((field) => field.name);
    for (const command of CHAT_COMMANDS) expect(names.some((name) => name.startsWith(`/${command.data.name}`))).toBe(true);
    for (const command of MESSAGE_COMMANDS) expect(names.some((name) => name.includes(command.data.name))).toBe(true);
    for (const question of EXAMPLE_QUESTIONS) {
      const check = checkQuestion(question);
      expect(check.ok && services.engine.ask(check.question).answered, question).toBe(true);
      expect(reply.embeds![0]!.description).toContain(question);
    }
  });
});

describe('Check against the article', () => {
  const check = (content: string) =>
    MESSAGE_COMMANDS[0]!.execute({ ...request(), targetMessage: { id: '1', content } }, services) as ReplyData;

  it('finds the two contradictions in "Taiwan is sending 50 officers for a month", citing paragraphs 1 and 7', () => {
    const reply = expectValidReply(check('Taiwan is sending 50 officers for a month'));
    expect(reply.ephemeral).toBe(true);
    const verdicts = fields(reply).filter((field) => !field.name.startsWith('📄'));
    expect(verdicts).toHaveLength(2);
    for (const field of verdicts) {
      expect(field.name).toMatch(/^❌ Contradicted/);
      expect(field.value).toMatch(/paragraph 1\*/);
      expect(field.value).toMatch(/paragraph 7\*/);
    }
    expectVerbatimQuotes(reply);
  });

  it("labels a verdict that rests on the analyst's judgement, and echoes claims inertly", () => {
    const reply = expectValidReply(check('@everyone the Minister will lead the delegation'));
    const leader = fields(reply).find((field) => /leads/.test(field.name))!;
    expect(leader.value).toContain(JUDGEMENT_LABEL);
  });

  it('sums the message up: supported, partly supported, contradicted, or not in the article', () => {
    const title = (content: string) => expectValidReply(check(content)).embeds![0]!.title;
    expect(title('The delegation of 32 people goes in 2026')).toBe('Supported by the article');
    expect(title('32 people will go for a month')).toBe('Partly supported by the article');
    expect(title('Taiwan is sending 50 officers for a month')).toBe('Contradicted by the article');
  });

  it('says so when there is nothing to check', () => {
    expect(expectValidReply(check('')).ephemeral).toBe(true);
    const none = expectValidReply(check('What a lovely day.'));
    expect(none.embeds![0]!.title).toBe('Nothing to check');
  });
});
