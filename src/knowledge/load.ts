/**
 * Builds the fact base and refuses a bad one. zod checks each fact's shape; the checks here need the whole
 * base or the article: unique ids, citations that point at a real paragraph of this article and quote it
 * verbatim, and numbers that the cited passage actually contains. Every message names the fact and field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { loadArticle, type Article } from './article.ts';
import { FactSchema, type Fact, type FactValue } from './schema.ts';

export interface KnowledgeBase {
  article: Article;
  facts: readonly Fact[];
  byId: ReadonlyMap<string, Fact>;
}

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The fact base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'KnowledgeBaseError';
  }
}

const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "the fourth annual dialogue" states that there are four. */
const SMALL_ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The ways the article may write a value's number, so that a mistyped figure is caught at load. */
function numberSpellings(value: FactValue): string[] {
  switch (value.kind) {
    case 'money':
      return [String(value.millions), value.millions.toFixed(2)];
    case 'count':
    case 'duration': {
      const words = [SMALL_NUMBER_WORDS[value.amount], SMALL_ORDINAL_WORDS[value.amount]].filter((word) => word !== undefined);
      return [String(value.amount), ...words];
    }
    case 'year':
      return []; // "next year" stands for 2026, so a year need not be spelled out in the quote.
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function describeZodIssues(factLabel: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${factLabel} ${formatPath(issue.path) || '(fact)'}: ${issue.message}`);
}

function checkAgainstArticle(fact: Fact, article: Article): string[] {
  const problems: string[] = [];
  const label = `fact "${fact.id}"`;
  fact.citations.forEach((citation, index) => {
    const field = `citations[${index}]`;
    if (citation.articleId !== article.id) {
      problems.push(`${label} ${field}.articleId: "${citation.articleId}" is not the article "${article.id}"`);
    }
    const paragraph = article.paragraphs[citation.paragraph - 1];
    if (paragraph === undefined) {
      problems.push(`${label} ${field}.paragraph: ${citation.paragraph} is out of range 1-${article.paragraphs.length}`);
    } else if (!paragraph.includes(citation.quote)) {
      problems.push(`${label} ${field}.quote: not verbatim in paragraph ${citation.paragraph}: "${citation.quote}"`);
    }
  });
  const quoted = fact.citations.map((citation) => citation.quote.toLowerCase()).join('\n');
  // A whole number or word, not part of one: 3 is not in "32", nor 15 in "15.43", nor "ten" in "often".
  const quotes = (spelling: string) =>
    new RegExp(`(?<![\\w.])${spelling.replace(/\./g, '\\.')}(?![\\w]|\\.\\d)`).test(quoted);
  fact.values.forEach((value, index) => {
    const spellings = numberSpellings(value);
    if (spellings.length > 0 && !spellings.some(quotes)) {
      problems.push(`${label} values[${index}]: ${spellings[0]} does not appear in any of the fact's quotes`);
    }
  });
  return problems;
}

/** Validates raw facts (parsed JSON) against the article; throws KnowledgeBaseError listing every problem. */
export function buildKnowledgeBase(article: Article, rawFacts: unknown): KnowledgeBase {
  if (!Array.isArray(rawFacts)) throw new KnowledgeBaseError(['the fact file must hold a JSON array of facts']);
  const problems: string[] = [];
  const facts: Fact[] = [];
  const byId = new Map<string, Fact>();
  /** Where each id first appeared in the file, for naming the original of a duplicate. */
  const firstIndex = new Map<string, number>();
  rawFacts.forEach((raw: unknown, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const label = typeof rawId === 'string' ? `fact "${rawId}"` : `fact #${index + 1}`;
    const parsed = FactSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describeZodIssues(label, parsed.error));
      return;
    }
    const fact = parsed.data;
    const first = firstIndex.get(fact.id);
    if (first !== undefined) {
      problems.push(`${label} id: duplicate id (also fact #${first + 1})`);
      return;
    }
    firstIndex.set(fact.id, index);
    problems.push(...checkAgainstArticle(fact, article));
    byId.set(fact.id, fact);
    facts.push(fact);
  });
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return { article, facts, byId };
}

export const FACTS_PATH = new URL('./facts.json', import.meta.url);

/** Loads the shipped article and facts. */
export function loadKnowledgeBase(factsPath: URL | string = FACTS_PATH, article: Article = loadArticle()): KnowledgeBase {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(factsPath, 'utf8'));
  } catch (error) {
    throw new KnowledgeBaseError([`cannot read ${String(factsPath)}: ${(error as Error).message}`]);
  }
  return buildKnowledgeBase(article, raw);
}
