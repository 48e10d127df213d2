/**
 * Facts as embed parts. The answer text may be cut to fit; its citations may not. A judgement is always
 * labelled as Jin Zhong's, never shown as settled fact.
 */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Article } from '../knowledge/article.ts';
import type { Citation, Fact } from '../knowledge/schema.ts';
import { citationFields, citationLine, distinctCitations } from './citation.ts';
import { inertText } from './escape.ts';
import { LIMITS, truncate } from './limits.ts';
import { articleFooter, COLOURS, JUDGEMENT_LABEL, JUDGEMENT_MARK, judgementName } from './style.ts';

/** Below this, an answer cut to make room for its citations says too little: the citations move out instead. */
const MIN_ANSWER_LENGTH = 160;

/** A fact's answer as shown: the judgement label first when it is one. */
export function factText(fact: Fact): string {
  const answer = inertText(fact.answer);
  return fact.stance === 'judgement' ? `${JUDGEMENT_MARK} *${JUDGEMENT_LABEL}:* ${answer}` : answer;
}

export interface BlockPart {
  fact: Fact;
  /** What this fact tells about the block's subject ("Who attends"), when a block joins several. */
  label?: string;
}

/**
 * Prose (possibly none) and the citations that prove it, as fields that belong together (a pager never
 * splits them). The prose is cut if the field is too small; the citations never are, and move to fields of their own when
 * they need the room.
 */
export function citedBlock(name: string, text: string, citations: readonly Citation[]): APIEmbedField[] {
  const distinct = distinctCitations(citations);
  const quoted = distinct.map(citationLine).join('\n');
  const fieldName = truncate(name, LIMITS.fieldName);
  const separator = text && quoted ? '\n' : '';
  const room = LIMITS.fieldValue - quoted.length - separator.length;
  if (room >= Math.min(text.length, MIN_ANSWER_LENGTH)) {
    return [{ name: fieldName, value: `${truncate(text, room)}${separator}${quoted}` }];
  }
  return [{ name: fieldName, value: truncate(text || 'In the words of the article:', LIMITS.fieldValue) }, ...distinct.flatMap(citationFields)];
}

/** One or more facts about one thing: their answers (each labelled when a block joins several), then their citations. */
export function factBlock(name: string, parts: readonly BlockPart[]): APIEmbedField[] {
  const text = parts.map(({ fact, label }) => (label ? `**${label}:** ${factText(fact)}` : factText(fact))).join('\n');
  const allJudgement = parts.every(({ fact }) => fact.stance === 'judgement');
  return citedBlock(allJudgement ? judgementName(name) : name, text, parts.flatMap(({ fact }) => fact.citations));
}

/** The usual block: one fact under its own subject. */
export function singleFactBlock(fact: Fact, name: string = fact.subject): APIEmbedField[] {
  return factBlock(name, [{ fact }]);
}

/** One answer as a whole embed: the answer as description, each citation its own field. */
export function answerEmbed(fact: Fact, article: Article, citations: readonly Citation[] = fact.citations): APIEmbed {
  const judgement = fact.stance === 'judgement';
  return {
    color: judgement ? COLOURS.judgement : COLOURS.answered,
    title: truncate(judgement ? judgementName(fact.subject) : fact.subject, LIMITS.embedTitle),
    description: truncate(factText(fact), LIMITS.embedDescription),
    fields: distinctCitations(citations).flatMap(citationFields).slice(0, LIMITS.fields),
    footer: articleFooter(article),
  };
}
