/**
 * The citation block: the article's words verbatim with their paragraph number. Whatever else a reply
 * cuts, it never cuts these: a quote too long for one field is split across fields instead.
 */
import type { APIEmbedField } from 'discord-api-types/v10';
import type { Citation } from '../knowledge/schema.ts';
import { inertText } from './escape.ts';
import { LIMITS, splitText } from './limits.ts';

const QUOTE_PREFIX = '> ';

export function paragraphLabel(paragraph: number): string {
  return `paragraph ${paragraph}`;
}

/** The same, to start a title or a field name. */
export function paragraphTitle(paragraph: number): string {
  return `Paragraph ${paragraph}`;
}

/** One citation inline, for a field that also holds an answer: `> quote — *paragraph N*`. */
export function citationLine(citation: Citation): string {
  return `${QUOTE_PREFIX}${inertText(citation.quote)} — *${paragraphLabel(citation.paragraph)}*`;
}

/** One citation as its own field(s), named after its paragraph; split across fields if it must be. */
export function citationFields(citation: Citation): APIEmbedField[] {
  const name = `📄 ${paragraphTitle(citation.paragraph)}`;
  const pieces = splitText(inertText(citation.quote), LIMITS.fieldValue - QUOTE_PREFIX.length);
  return pieces.map((piece, index) => ({
    name: pieces.length === 1 ? name : `${name} (${index + 1}/${pieces.length})`,
    value: `${QUOTE_PREFIX}${piece}`,
  }));
}

/**
 * Citations without repeats: a quote another one of the same paragraph contains adds nothing, so only the
 * longer is kept (facts about one passage often cite overlapping words). Order is kept.
 */
export function distinctCitations(citations: readonly Citation[]): Citation[] {
  return citations.filter((citation, index) =>
    !citations.some((other, otherIndex) =>
      other.paragraph === citation.paragraph &&
      other.quote.includes(citation.quote) &&
      (other.quote.length > citation.quote.length || otherIndex < index),
    ),
  );
}
