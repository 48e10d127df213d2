/**
 * Text that goes into a reply but is not ours: the user's own words echoed back, and the article quoted.
 * Markdown is escaped so it shows as typed, and mentions are made inert (a zero-width space breaks the
 * syntax) so that, even before allowed_mentions, nothing renders as a ping.
 */
import { escapeMarkdown } from 'discord.js';
import { truncate } from './limits.ts';

/** How much of the user's question a reply repeats. */
export const ECHO_MAX_LENGTH = 200;

const ZERO_WIDTH_SPACE = '\u200b';

/** `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&role>`, `<#channel>` shown as text, never as mentions. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZERO_WIDTH_SPACE}$1$2>`);
}

/** discord.js's escapeMarkdown costs about 0.2 ms a call; the article's texts are few and fixed, so once each. */
const inertCache = new Map<string, string>();
const INERT_CACHE_SIZE = 5_000;

/** The article's words (quotes, paragraphs, fact texts): shown as written, inert. */
export function inertText(text: string): string {
  let inert = inertCache.get(text);
  if (inert === undefined) {
    inert = neutraliseMentions(escapeMarkdown(text));
    if (inertCache.size >= INERT_CACHE_SIZE) inertCache.clear();
    inertCache.set(text, inert);
  }
  return inert;
}

/** The user's words, echoed: on one line, cut to `maxLength`, markdown escaped, mentions inert. */
export function escapeUserText(text: string, maxLength = ECHO_MAX_LENGTH): string {
  const oneLine = truncate(text.replace(/\s+/g, ' ').trim(), maxLength);
  const escaped = escapeMarkdown(oneLine, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutraliseMentions(escaped);
}
