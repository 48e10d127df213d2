/**
 * The answer engine: a question in, ranked facts out, each with its score and citations, and whether the
 * article answers the question at all. Pure: no I/O, no Discord.
 *
 * How a question is scored against a fact:
 * 1. Both are normalised (spellings, currencies, calendars), stemmed and mapped to concepts through the
 *    synonym groups, so "headcount" meets "people" and "ROC 117" meets "2028".
 * 2. A word the fact base has never seen is corrected with fuse.js against the base's vocabulary (typos);
 *    one that stays unknown names something the article does not cover ("Japan", "submarines").
 * 3. Coverage: the share of the question's information (idf-weighted concepts) the fact holds, weighted
 *    by where it holds it (subject and aliases count more than a quote), plus a bonus for a whole alias.
 * 4. Intent: a question that asks for a count, duration, amount, person, place or date only gets a fact
 *    that holds that kind of value; a year named in the question prefers facts about that year.
 * 5. Refusal: nothing answers when the best score is below the threshold, when a content word is unknown,
 *    or when the question names a year the article says nothing about.
 */
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Citation, Fact, Intent } from '../knowledge/schema.ts';
import { detectIntents, factIntents, STRICT_INTENTS } from './intent.ts';
import { conceptOf, isKnownSynonym, isStopword } from './lexicon.ts';
import { normalizeText, stem, words } from './normalize.ts';

export interface ScoredFact {
  fact: Fact;
  /** 0..1: how well the fact answers the question. */
  score: number;
  citations: readonly Citation[];
}

export type RefusalReason = 'no-match' | 'unknown-terms' | 'unknown-year' | 'empty';

export interface AnswerResult {
  question: string;
  answered: boolean;
  /** Best first; empty when `answered` is false. */
  answers: ScoredFact[];
  /** Up to three closest facts: when unanswered, the nearest the article comes; otherwise, what else fits. */
  related: ScoredFact[];
  /** Why nothing answered, when nothing did. */
  refusal?: RefusalReason;
  /** Content words the article never uses (after typo correction): what the question asked about instead. */
  unknownTerms: string[];
}

export interface Suggestion {
  factId: string;
  /** A short question-like label (the fact's subject): asking it finds that fact. */
  label: string;
}

export interface EngineOptions {
  /** Minimum score for an answer. */
  threshold?: number;
  /** How many answers at most, and how close to the best a second one must be to count. */
  maxAnswers?: number;
  answerMargin?: number;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  ask(question: string): AnswerResult;
  /** Every fact that shares a concept with the text, best first, without deciding whether it answers. */
  rank(text: string): ScoredFact[];
  suggest(partial: string, limit?: number): Suggestion[];
}

/** How much a word counts by where the fact holds it. */
const FIELD_WEIGHTS = { subject: 1, aliases: 1, keywords: 0.85, answer: 0.7, quotes: 0.45 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

const DEFAULTS: Required<EngineOptions> = { threshold: 0.42, maxAnswers: 3, answerMargin: 0.9 };
const RELATED_COUNT = 3;
/** A fuzzy correction must be at least this close (fuse.js score: 0 exact, 1 anything). */
const TYPO_MAX_SCORE = 0.34;
const MIN_TYPO_LENGTH = 4;
const YEAR_PATTERN = /^(?:19|20)\d\d$/;

interface Ranking {
  scored: ScoredFact[];
  unknownTerms: string[];
  askedYears: Set<number>;
}

interface IndexedFact {
  fact: Fact;
  intents: Set<Intent>;
  /** concept -> best field weight. */
  weights: Map<string, number>;
  /** Normalised multi-word aliases, for whole-phrase matches. */
  phrases: string[];
  /** Gregorian years its values are about. */
  years: Set<number>;
}

/** A text's concept terms: normalised, stopwords dropped, stemmed, mapped through the synonym groups. */
function conceptsOf(text: string): string[] {
  return words(normalizeText(text))
    .filter((word) => !isStopword(word))
    .map((word) => conceptOf(stem(word)));
}

function indexFact(fact: Fact): IndexedFact {
  const fields: Record<Field, string[]> = {
    subject: [fact.subject],
    aliases: fact.aliases,
    keywords: fact.keywords,
    answer: [fact.answer],
    quotes: fact.citations.map((citation) => citation.quote),
  };
  const weights = new Map<string, number>();
  for (const field of Object.keys(fields) as Field[]) {
    for (const concept of fields[field].flatMap(conceptsOf)) {
      weights.set(concept, Math.max(weights.get(concept) ?? 0, FIELD_WEIGHTS[field]));
    }
  }
  const years = new Set<number>();
  for (const value of fact.values) {
    if (value.kind === 'year') years.add(value.gregorian);
    if (value.kind === 'money') value.years.forEach((year) => years.add(year));
  }
  const phrases = [...fact.aliases, fact.subject]
    .map((alias) => words(normalizeText(alias)).join(' '))
    .filter((phrase) => phrase.includes(' '));
  return { fact, intents: factIntents(fact), weights, phrases, years };
}

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const settings = { ...DEFAULTS, ...options };
  const indexed = kb.facts.map(indexFact);

  // Inverse document frequency over facts: a concept every fact shares says little.
  const documentFrequency = new Map<string, number>();
  for (const entry of indexed) {
    for (const concept of entry.weights.keys()) documentFrequency.set(concept, (documentFrequency.get(concept) ?? 0) + 1);
  }
  const factCount = Math.max(indexed.length, 1);
  const idf = (concept: string) => Math.log(1 + factCount / (documentFrequency.get(concept) ?? 0.5));

  // Postings: concept -> facts holding it, so a question touches only the facts it shares a word with.
  const postings = new Map<string, number[]>();
  indexed.forEach((entry, position) => {
    for (const concept of entry.weights.keys()) {
      const list = postings.get(concept) ?? [];
      list.push(position);
      postings.set(concept, list);
    }
  });

  // Every word the article and the facts use, for telling a typo or a known word from an unknown one.
  const vocabulary = new Set<string>();
  const sources = [...kb.article.paragraphs, ...indexed.flatMap(({ fact }) => [fact.subject, fact.answer, ...fact.aliases, ...fact.keywords])];
  for (const text of sources) for (const word of words(normalizeText(text))) vocabulary.add(stem(word));
  const articleYears = new Set([...vocabulary].filter((word) => YEAR_PATTERN.test(word)).map(Number));
  const typoIndex = new Fuse(
    [...vocabulary].filter((word) => word.length >= MIN_TYPO_LENGTH && !/\d/.test(word)),
    { includeScore: true, threshold: TYPO_MAX_SCORE, ignoreLocation: true, minMatchCharLength: 3 },
  );
  const corrections = new Map<string, string | null>();
  function correct(word: string): string | null {
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return null;
    if (!corrections.has(word)) {
      const best = typoIndex.search(word, { limit: 1 })[0];
      // The corrected word must be about as long as the typed one: "japan" is not a typo of "japanese".
      const ok = best && Math.abs(best.item.length - word.length) <= 2;
      if (corrections.size > 10_000) corrections.clear();
      corrections.set(word, ok ? best.item : null);
    }
    return corrections.get(word) ?? null;
  }

  const suggestIndex = new Fuse(kb.facts, {
    keys: [
      { name: 'subject', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'keywords', weight: 1 },
      { name: 'answer', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
  });

  /** Every fact sharing a concept with the text, best first, with what the refusal rules need. */
  function score(question: string): Ranking {
    const normalized = normalizeText(question);
    const intents = detectIntents(normalized);
    const concepts: string[] = [];
    const unknownTerms: string[] = [];
    const askedYears = new Set<number>();
    for (const word of words(normalized)) {
      if (isStopword(word)) continue;
      if (YEAR_PATTERN.test(word)) askedYears.add(Number(word));
      const stemmed = stem(word);
      if (vocabulary.has(stemmed) || isKnownSynonym(stemmed)) {
        concepts.push(conceptOf(stemmed));
        continue;
      }
      const corrected = correct(stemmed);
      if (corrected) concepts.push(conceptOf(corrected));
      else if (!/^\d/.test(word)) unknownTerms.push(word);
    }
    const unique = [...new Set(concepts)];
    const scored: ScoredFact[] = [];
    if (unique.length === 0) return { scored, unknownTerms, askedYears };

    const totalInformation = unique.reduce((sum, concept) => sum + idf(concept), 0);
    const candidates = new Set<number>();
    for (const concept of unique) for (const position of postings.get(concept) ?? []) candidates.add(position);

    const strictAsked = [...intents].filter((intent) => STRICT_INTENTS.has(intent));
    const phraseText = ` ${words(normalized).join(' ')} `;
    const asksTotal = unique.includes('total');
    for (const position of candidates) {
      const entry = indexed[position]!;
      let matched = 0;
      for (const concept of unique) matched += idf(concept) * (entry.weights.get(concept) ?? 0);
      let score = matched / totalInformation;
      if (entry.phrases.some((phrase) => phraseText.includes(` ${phrase} `))) score += 0.15;
      if (strictAsked.length > 0) {
        score *= strictAsked.some((intent) => entry.intents.has(intent)) ? 1.2 : 0.5;
      } else if ([...intents].some((intent) => entry.intents.has(intent))) {
        score *= 1.1;
      }
      if (askedYears.size > 0 && entry.years.size > 0) {
        const coversAsked = [...askedYears].some((year) => entry.years.has(year));
        const exactly = coversAsked && (entry.years.size === 1 || asksTotal);
        score *= exactly ? 1.15 : coversAsked ? 1 : 0.7;
      }
      scored.push({ fact: entry.fact, score: Math.min(1, score), citations: entry.fact.citations });
    }
    scored.sort((a, b) => b.score - a.score || a.fact.id.localeCompare(b.fact.id));

    return { scored, unknownTerms, askedYears };
  }

  function ask(question: string): AnswerResult {
    const { scored, unknownTerms, askedYears } = score(question);
    const empty: AnswerResult = { question, answered: false, answers: [], related: [], unknownTerms };
    if (scored.length === 0) return { ...empty, refusal: unknownTerms.length > 0 ? 'unknown-terms' : 'empty' };
    const best = scored[0];
    const unknownYear = [...askedYears].some((year) => !articleYears.has(year) && year !== 2025);
    const refusal: RefusalReason | undefined =
      !best || best.score < settings.threshold
        ? 'no-match'
        : unknownTerms.length > 0
          ? 'unknown-terms'
          : unknownYear
            ? 'unknown-year'
            : undefined;
    if (refusal) return { ...empty, refusal, related: scored.slice(0, RELATED_COUNT) };

    const floor = Math.max(settings.threshold, best!.score * settings.answerMargin);
    const answers = scored.filter((candidate) => candidate.score >= floor).slice(0, settings.maxAnswers);
    return { question, answered: true, answers, related: scored.slice(answers.length, answers.length + RELATED_COUNT), unknownTerms };
  }

  function suggest(partial: string, limit = 25): Suggestion[] {
    const text = partial.trim();
    const facts = text ? suggestIndex.search(text, { limit }).map((result) => result.item) : kb.facts.slice(0, limit);
    return facts.map((fact) => ({ factId: fact.id, label: fact.subject }));
  }

  return { kb, ask, rank: (text) => score(text).scored, suggest };
}
