/**
 * The one article the bot knows. Its text is article.txt, copied verbatim from the source: paragraph N is
 * line N. The metadata below is ours, and says plainly what is inferred.
 */
import { readFileSync } from 'node:fs';

export interface ArticleMeta {
  id: string;
  title: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /** The year it was published, and whether the article states it or we inferred it. */
  published: { year: number; inferred: boolean; basis: string };
  /** Unknown, so null: never invented. */
  sourceUrl: string | null;
}

export interface Article extends ArticleMeta {
  paragraphs: readonly string[];
}

export const ARTICLE_META: ArticleMeta = {
  id: 'tw-us-defense-dialogues-2026',
  title: 'Taiwan plans a new Defense Policy Special Conference with the US in 2026',
  language: 'en',
  published: {
    year: 2025,
    inferred: true,
    basis: 'the article calls 2026 (ROC year 115) "next year"',
  },
  sourceUrl: null,
};

/** "2025 (inferred: the article calls 2026 ... "next year")": the date as it should be shown. */
export function describePublished(meta: ArticleMeta): string {
  const { year, inferred, basis } = meta.published;
  return inferred ? `${year} (inferred: ${basis})` : String(year);
}

/** Splits the article file into paragraphs; a trailing newline does not make an empty paragraph. */
export function parseParagraphs(text: string): string[] {
  return text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
}

export function loadArticle(path = new URL('./article.txt', import.meta.url)): Article {
  return { ...ARTICLE_META, paragraphs: parseParagraphs(readFileSync(path, 'utf8')) };
}
