/** One paragraph of the article, verbatim: for /source and for /ask's "Show paragraph" button. */
import type { Article } from '../knowledge/article.ts';
import type { ReplyData } from '../commands/types.ts';
import { paragraphTitle } from './citation.ts';
import { inertText } from './escape.ts';
import { articleFooter, COLOURS } from './style.ts';

/**
 * Paragraph `number` (1-based) of `article`, with the quoted passage in bold when `highlight` is part of
 * it; null when there is no such paragraph. The text is never cut: every paragraph of this article is far
 * below the description limit (the command tests check each one against it).
 */
export function paragraphReply(article: Article, number: number, highlight?: string): ReplyData | null {
  const text = Number.isInteger(number) ? article.paragraphs[number - 1] : undefined;
  if (text === undefined) return null;
  const at = highlight ? text.indexOf(highlight) : -1;
  const body =
    at >= 0 && highlight
      ? `${inertText(text.slice(0, at))}**${inertText(highlight)}**${inertText(text.slice(at + highlight.length))}`
      : inertText(text);
  return {
    embeds: [
      {
        color: COLOURS.info,
        title: `${paragraphTitle(number)} of ${article.paragraphs.length}`,
        description: body,
        footer: articleFooter(article),
      },
    ],
  };
}
