/**
 * Discord's message limits, and one checker for them. Replies are built to fit (cut or paged); the checker
 * is the proof, used by the tests on every reply of every command and usable by a transport as a guard.
 */
import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord-api-types/v10';
import type { ReplyData } from '../commands/types.ts';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footerText: 2048,
  authorName: 256,
  /** Titles, descriptions, field names and values, footers and authors of all embeds of one message. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = '…';

/**
 * `text` in at most `max` characters: cut at a word boundary when one is near, marked with an ellipsis.
 * Counts UTF-16 code units, as Discord does, and never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(max, 0));
  let cut = text.slice(0, max - ELLIPSIS.length);
  const space = cut.search(/\s\S*$/);
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/** Splits `text` into pieces of at most `max` characters, at word boundaries where possible; nothing is lost. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max * 0.5) cut = max;
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  pieces.push(rest);
  return pieces;
}

/** The characters Discord counts towards the 6000 of a message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function embedProblems(embed: APIEmbed, index: number): string[] {
  const problems: string[] = [];
  const at = `embed ${index}`;
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${at} ${what}: ${length} > ${max}`);
  };
  over('title', embed.title?.length ?? 0, LIMITS.embedTitle);
  over('description', embed.description?.length ?? 0, LIMITS.embedDescription);
  over('footer', embed.footer?.text.length ?? 0, LIMITS.footerText);
  over('author', embed.author?.name.length ?? 0, LIMITS.authorName);
  over('field count', embed.fields?.length ?? 0, LIMITS.fields);
  (embed.fields ?? []).forEach((field, position) => {
    over(`field ${position} name`, field.name.length, LIMITS.fieldName);
    over(`field ${position} value`, field.value.length, LIMITS.fieldValue);
    if (!field.name.trim() || !field.value.trim()) problems.push(`${at} field ${position} is empty`);
  });
  return problems;
}

const EVERYONE = /@(everyone|here)\b/;
const MENTION = /<@[!&]?(\d+)>|<#\d+>/g;

/** Every way `reply` breaks Discord's limits or could ping someone it should not; empty when it is fine. */
export function replyProblems(reply: ReplyData): string[] {
  const problems: string[] = [];
  const content = reply.content ?? '';
  const embeds = reply.embeds ?? [];
  const rows = reply.components ?? [];
  if (content.length > LIMITS.content) problems.push(`content: ${content.length} > ${LIMITS.content}`);
  if (!content && embeds.length === 0) problems.push('the reply is empty');
  if (embeds.length > LIMITS.embeds) problems.push(`embeds: ${embeds.length} > ${LIMITS.embeds}`);
  embeds.forEach((embed, index) => problems.push(...embedProblems(embed, index)));
  const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > LIMITS.embedTotal) problems.push(`embeds in all: ${total} > ${LIMITS.embedTotal} characters`);
  if (rows.length > LIMITS.actionRows) problems.push(`action rows: ${rows.length} > ${LIMITS.actionRows}`);
  const customIds = new Set<string>();
  rows.forEach((row, index) => {
    if (row.components.length > LIMITS.buttonsPerRow) problems.push(`row ${index}: ${row.components.length} > ${LIMITS.buttonsPerRow} components`);
    for (const component of row.components) {
      if ('label' in component && (component.label?.length ?? 0) > LIMITS.buttonLabel) problems.push(`row ${index}: a label is too long`);
      if ('custom_id' in component) {
        if (component.custom_id.length > LIMITS.customId) problems.push(`custom_id too long: ${component.custom_id}`);
        if (customIds.has(component.custom_id)) problems.push(`custom_id repeated: ${component.custom_id}`);
        customIds.add(component.custom_id);
      }
    }
  });
  const texts = [content, ...embeds.flatMap((embed) => [embed.title, embed.description, embed.footer?.text, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])])];
  for (const text of texts) {
    if (!text) continue;
    if (EVERYONE.test(text)) problems.push(`pingable @everyone/@here in: ${text.slice(0, 80)}`);
    for (const match of text.matchAll(MENTION)) {
      const allowed = text === content && match[0] === `<@${reply.pingUserId}>` && match.index === 0;
      if (!allowed) problems.push(`pingable mention ${match[0]}`);
    }
  }
  if (reply.pingUserId && !content.startsWith(`<@${reply.pingUserId}>`)) problems.push('pingUserId is set but the content does not address that user');
  return problems;
}

export function choiceProblems(choices: readonly APIApplicationCommandOptionChoice[]): string[] {
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`choices: ${choices.length} > ${LIMITS.choices}`);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > LIMITS.choiceName) problems.push(`choice name length ${choice.name.length}: ${choice.name}`);
    if (typeof choice.value === 'string' && (choice.value.length < 1 || choice.value.length > LIMITS.choiceValue)) {
      problems.push(`choice value length ${choice.value.length}: ${choice.value}`);
    }
  }
  return problems;
}
