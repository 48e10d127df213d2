/** The look shared by every reply: colours by kind, the article footer, the judgement label. */
import type { APIEmbedFooter } from 'discord-api-types/v10';
import { describePublished, type ArticleMeta } from '../knowledge/article.ts';
import { LIMITS, truncate } from './limits.ts';

export const COLOURS = {
  /** The article answers: its passage is quoted. */
  answered: 0x2f9e44,
  /** The article does not say: only nearby facts, clearly not the answer. */
  notInArticle: 0x868e96,
  /** Lists, cards and reference: the bot's own colour. */
  info: 0x1c7ed6,
  /** The analyst's judgement leads the reply. */
  judgement: 0xf08c00,
  /** A request we refuse (bad input, stale button). */
  problem: 0xe03131,
} as const;

/** Said wherever a fact with stance 'judgement' is shown: the analyst's reading, not settled fact. */
export const JUDGEMENT_LABEL = "Jin Zhong's judgement, not established fact";
export const JUDGEMENT_MARK = '⚖️';

/** A title or field name for something that is the analyst's judgement. */
export function judgementName(name: string): string {
  return `${name} · ${JUDGEMENT_MARK} judgement`;
}

/** The footer of every embed about the article: where the answer comes from. */
export function articleFooter(article: ArticleMeta): APIEmbedFooter {
  return { text: truncate(`${article.title} · ${describePublished(article)}`, LIMITS.footerText) };
}
