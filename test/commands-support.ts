/** Shared by the command, reply and console tests: real services, and the checks every reply must pass. */
import { expect } from 'vitest';
import type { APIEmbedField } from 'discord-api-types/v10';
import { findChatCommand, findComponentHandler } from '../src/commands/index.ts';
import type { CommandRequest, CommandServices, OptionValue, ReplyData } from '../src/commands/types.ts';
import { createEngine } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { replyProblems } from '../src/reply/limits.ts';
import { openDatabase } from '../src/store/db.ts';
import { FeedbackStore } from '../src/store/feedback.ts';

export const kb = loadKnowledgeBase();
const engine = createEngine(kb);

/** Fresh services on an in-memory database; the caller closes `db`. */
export function makeServices() {
  const db = openDatabase(':memory:');
  const services: CommandServices = { engine, feedback: new FeedbackStore(db), now: () => new Date('2026-01-01T00:00:00Z') };
  return { services, db };
}

export function request(options: Record<string, OptionValue | undefined> = {}): CommandRequest {
  return { options, userId: '111111111111111111', guildId: '222222222222222222', channelId: '333333333333333333' };
}

/** Fails with the list of problems when a reply breaks a Discord limit or could ping anyone it should not. */
export function expectValidReply(reply: ReplyData): ReplyData {
  expect(replyProblems(reply)).toEqual([]);
  return reply;
}

export async function run(name: string, options: Record<string, OptionValue | undefined>, services: CommandServices): Promise<ReplyData> {
  const command = findChatCommand(name);
  if (!command) throw new Error(`no command /${name}`);
  return expectValidReply(await command.execute(request(options), services));
}

export async function press(customId: string, services: CommandServices): Promise<ReplyData> {
  const found = findComponentHandler(customId);
  if (!found) throw new Error(`no handler for ${customId}`);
  return expectValidReply(await found.handler.handle(found.args, request(), services));
}

export function buttonIds(reply: ReplyData, includeDisabled = false): string[] {
  return (reply.components ?? [])
    .flatMap((row) => row.components)
    .flatMap((component) => ('custom_id' in component && (includeDisabled || !component.disabled) ? [component.custom_id] : []));
}

export function fields(reply: ReplyData): APIEmbedField[] {
  return (reply.embeds ?? []).flatMap((embed) => embed.fields ?? []);
}

const QUOTE_LINE = /^> (.+?)(?: — \*paragraph (\d+)\*)?$/;

/** The quotes of a reply, from both citation forms: "> quote — *paragraph N*" lines, and "📄 Paragraph N" fields. */
export function quotesIn(reply: ReplyData): Array<{ quote: string; paragraph: number }> {
  const found: Array<{ quote: string; paragraph: number }> = [];
  for (const field of fields(reply)) {
    const named = field.name.match(/^📄 Paragraph (\d+)(?: \((\d+)\/(\d+)\))?$/);
    for (const line of field.value.split('\n')) {
      const match = line.match(QUOTE_LINE);
      if (!match) continue;
      const paragraph = Number(match[2] ?? named?.[1]);
      if (Number.isInteger(paragraph)) found.push({ quote: match[1]!, paragraph });
    }
  }
  return found;
}

/** Each quote is word for word in the paragraph it names. */
export function expectVerbatimQuotes(reply: ReplyData): void {
  const quotes = quotesIn(reply);
  expect(quotes.length).toBeGreaterThan(0);
  for (const { quote, paragraph } of quotes) expect(kb.article.paragraphs[paragraph - 1], `paragraph ${paragraph}`).toContain(quote);
}
