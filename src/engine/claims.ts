/**
 * Checks a message's claims against the article: counts, durations, amounts, years, who leads the
 * delegation and which dialogue ranks where. Each claim found gets a verdict and the passage it rests on:
 * supported (the article states that figure), contradicted (the article states another), or not in the
 * article (it says nothing about that subject). A claim must state the article's figure: "30 people" is
 * contradicted by "up to 32", but the explanation says that 30 lies within that bound. Anything the message
 * says beyond these kinds is not judged.
 */
import type { Citation, Fact, FactValue, MoneyValue, Qualifier } from '../knowledge/schema.ts';
import type { Engine } from './engine.ts';
import { formatMoney } from './money.ts';
import { conceptOf, headConcept, wordsForConcept } from './lexicon.ts';
import { normalizeText, stem } from './normalize.ts';
import { describeValue } from './values.ts';

export type Verdict = 'supported' | 'contradicted' | 'not_in_article';

export interface ClaimCheck {
  /** The words of the message that make the claim, normalised ("32 people", "2026"); an amount as formatMoney writes it. */
  claim: string;
  verdict: Verdict;
  /** The fact the verdict rests on; null when the article has none on this subject. */
  fact: Fact | null;
  citations: Citation[];
  /** One sentence: what the article says instead, or why there is no verdict. */
  explanation: string;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER_WORD = `(?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')}|a dozen|a|an|a couple of|several`;
const NUMBER = `(\\d+(?:\\.\\d+)?|${NUMBER_WORD})`;

/** 32, "thirty-two", "a" (one), "a dozen"; null for the vague ("several"), which cannot be checked. */
function parseNumber(text: string): number | null {
  if (/^\d/.test(text)) return Number(text);
  if (text === 'a' || text === 'an') return 1;
  if (text === 'a dozen') return 12;
  if (text === 'a couple of') return 2;
  const [tens, unit] = text.split(/[- ]/);
  if (tens && tens in TENS) return TENS[tens]! + (unit ? UNITS.indexOf(unit) : 0);
  const index = UNITS.indexOf(text);
  return index >= 0 ? index : null;
}

/** "N things" where the things are what a count in the fact base counts (people, dialogues), or "a delegation of N". */
function countPattern(countedWords: readonly string[]): RegExp {
  return new RegExp(`\\b${NUMBER}[- ](?:[a-z-]+ ){0,3}?(${countedWords.join('|')})\\b|\\b(delegation) of ${NUMBER}\\b`, 'g');
}
const DURATION_PATTERN = new RegExp(`\\b${NUMBER}[- ](day|week|month|year)s?\\b|\\b(a fortnight)\\b`, 'g');
const MONEY_PATTERN = /\b(ntd|usd)?\s*(\d+(?:\.\d+)?)\s*(million|billion)\b\s*(ntd|usd|usa? dollars|american dollars|dollars|taiwan dollars)?/g;
const YEAR_PATTERN = /\b(20\d\d)\b/g;
const DAYS_PER_UNIT = { day: 1, week: 7, month: 30, year: 365 } as const;

const LEAD_PATTERN = /\b(?:lead|leads|leading|led|head|heads|heading|headed)\b/;
const TOP_PATTERN = /\b(?:highest|top|most senior|most important|highest[- ]level|top[- ]level)\b/;
const LOWEST_PATTERN = /\b(?:lowest|bottom)\b/;

/** Where the article ranks each dialogue; the names as normalizeText leaves them. */
const DIALOGUES: ReadonlyArray<{ pattern: RegExp; top: boolean; lowest: boolean }> = [
  { pattern: /\bmonterey\b/, top: true, lowest: false },
  { pattern: /\bspecial conference\b|\bdpsc\b|\bdefense policy special\b/, top: true, lowest: false },
  { pattern: /\bdefense security talks\b|\bdst\b/, top: false, lowest: false },
  { pattern: /\bpolitical military\b|\bpmd\b/, top: false, lowest: false },
  { pattern: /\bproject policy\b/, top: false, lowest: false },
  { pattern: /\boperational\b/, top: false, lowest: true },
];

/** A message as a whole: every claim holds, some do, every one is contradicted, some are, or none is in the article. */
export type OverallVerdict = 'supported' | 'partly_supported' | 'contradicted' | 'partly_contradicted' | 'not_in_article';

/** How a verdict reads, on the command line and in Discord. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = { supported: 'Supported', contradicted: 'Contradicted', not_in_article: 'Not in the article' };
export const OVERALL_LABELS: Readonly<Record<OverallVerdict, string>> = {
  supported: 'Supported by the article',
  partly_supported: 'Partly supported by the article',
  contradicted: 'Contradicted by the article',
  partly_contradicted: 'Partly contradicted by the article',
  not_in_article: 'Not in the article',
};

export function overallVerdict(checks: readonly ClaimCheck[]): OverallVerdict {
  const supported = checks.filter((check) => check.verdict === 'supported').length;
  const contradicted = checks.filter((check) => check.verdict === 'contradicted').length;
  if (checks.length > 0 && supported === checks.length) return 'supported';
  if (checks.length > 0 && contradicted === checks.length) return 'contradicted';
  if (supported > 0) return 'partly_supported';
  return contradicted > 0 ? 'partly_contradicted' : 'not_in_article';
}

function verdictOn(fact: Fact, verdict: Verdict, explanation: string, claim: string): ClaimCheck {
  return { claim, verdict, fact, citations: [...fact.citations], explanation };
}

function notInArticle(claim: string, explanation: string): ClaimCheck {
  return { claim, verdict: 'not_in_article', fact: null, citations: [], explanation };
}

/** Said of a contradicted figure that lies within the article's bound. */
const WITHIN_BOUND = ' (a bound: the claimed figure would fit within it, but the article does not state it)';

/**
 * Whether a figure that is not the article's lies within the bound the article gives: under its "up to 32",
 * over its "over two weeks". Such a claim is still contradicted (it is not the article's figure), but saying
 * so plainly would overstate it.
 */
function withinBound(claimed: number, stated: number, qualifier: Qualifier): boolean {
  return (qualifier === 'up_to' && claimed > 0 && claimed < stated) || (qualifier === 'over' && claimed > stated);
}

/** "equal" as a person means it: 15 million matches NT$15.43 million, 15.4 does too, 16 does not. */
function sameFigure(claimed: number, stated: number, claimedText: string): boolean {
  const decimals = claimedText.includes('.') ? claimedText.split('.')[1]!.length : 0;
  return Math.abs(Number(stated.toFixed(decimals)) - claimed) < 1e-9;
}

export function checkClaims(engine: Engine, text: string): ClaimCheck[] {
  const { facts, byId } = engine.kb;
  // What the fact base counts, by the concept of the unit's head noun: people, dialogues.
  const countFacts = new Map<string, FactValue[]>();
  for (const fact of facts) {
    for (const value of fact.values) {
      if (value.kind !== 'count') continue;
      for (const noun of headConcept(value.unit)) countFacts.set(noun, [...(countFacts.get(noun) ?? []), value]);
    }
  }
  const counts = countPattern([...countFacts.keys()].flatMap(wordsForConcept));

  const checks: ClaimCheck[] = [];
  for (const original of text.split(/(?<=[.!?;])\s+|\n+/)) {
    const sentence = normalizeText(original);
    if (!sentence.trim()) continue;
    // Asked and ranked once per sentence, however many figures it holds.
    const asked = engine.ask(original);
    const foreign = asked.unknownNames;
    let rankOf: Map<string, number> | undefined; // ranked only if the sentence holds a figure
    /** The facts with a value of this kind, most relevant to the sentence first. */
    const factsWith = (accepts: (value: FactValue) => boolean): Fact[] => {
      // An amount's scale and currency say nothing about which amount is meant: "NT$15 billion" must not
      // pick the fact that mentions "half a billion". Its figure stays, as facts may name it ("471.23").
      const topic = sentence.replace(MONEY_PATTERN, (_matched, _before, figure: string) => ` ${figure} `);
      rankOf ??= new Map(engine.rank(topic).map((scored, position) => [scored.fact.id, position]));
      const rank = (fact: Fact) => rankOf!.get(fact.id) ?? Infinity;
      return facts.filter((fact) => fact.values.some(accepts)).sort((x, y) => rank(x) - rank(y));
    };
    const sentenceChecks: ClaimCheck[] = [];

    for (const match of sentence.matchAll(counts)) {
      const number = match[1] ?? match[4]!;
      // "a lot of people" counts nothing; "a month" (a duration) is the only place "a" is one.
      const claimed = number === 'a' || number === 'an' ? null : parseNumber(number);
      if (claimed === null) continue;
      const claim = match[0];
      // "a delegation of 32" counts people.
      const counted = conceptOf(stem(match[3] ? 'people' : match[2]!));
      const countsThis = countFacts.get(counted) ?? [];
      const candidates = factsWith((value) => countsThis.includes(value));
      const agreeing = candidates.find((fact) => fact.values.some((value) => countsThis.includes(value) && value.kind === 'count' && value.amount === claimed));
      const fact = agreeing ?? candidates[0];
      if (!fact || foreign.length > 0) {
        sentenceChecks.push(notInArticle(claim, `The article gives no such count for ${foreign.join(', ') || 'this'}.`));
        continue;
      }
      // The count of this thing (a fact may count more than one).
      const value = fact.values.find((v) => countsThis.includes(v) && (!agreeing || (v.kind === 'count' && v.amount === claimed)))!;
      const whose = fact.stance === 'judgement' ? ' (as Jin Zhong’s reading)' : '';
      const bounded = !agreeing && value.kind === 'count' && withinBound(claimed, value.amount, value.qualifier);
      sentenceChecks.push(verdictOn(fact, agreeing ? 'supported' : 'contradicted', `The article says ${describeValue(value)}${whose}${bounded ? WITHIN_BOUND : ''}.`, claim));
    }

    for (const match of sentence.matchAll(DURATION_PATTERN)) {
      const amount = match[4] ? 2 : parseNumber(match[1]!);
      const unit = (match[4] ? 'week' : match[2]) as keyof typeof DAYS_PER_UNIT;
      // "next year" and "three-year" budgets are not stays; only claims about how long something lasts.
      if (amount === null || /\bnext year\b/.test(match[0]) || (match[1] === 'a' && unit === 'year')) continue;
      const fact = factsWith((value) => value.kind === 'duration')[0];
      if (!fact || foreign.length > 0) {
        sentenceChecks.push(notInArticle(match[0], 'The article gives no such duration.'));
        continue;
      }
      const value = fact.values.find((v) => v.kind === 'duration')!;
      if (value.kind !== 'duration') continue;
      const claimedDays = amount * DAYS_PER_UNIT[unit];
      const statedDays = value.amount * DAYS_PER_UNIT[value.unit];
      const same = claimedDays === statedDays;
      const bounded = !same && withinBound(claimedDays, statedDays, value.qualifier);
      sentenceChecks.push(verdictOn(fact, same ? 'supported' : 'contradicted', `The article says ${describeValue(value)}${bounded ? WITHIN_BOUND : ''}.`, match[0]));
    }

    for (const match of sentence.matchAll(MONEY_PATTERN)) {
      const [matched, before, figure, scale, after] = match;
      const currencyWord = before ?? after ?? '';
      const currency = currencyWord === 'ntd' || currencyWord === 'taiwan dollars' ? 'TWD' : currencyWord ? 'USD' : null;
      const millions = Number(figure) * (scale === 'billion' ? 1000 : 1);
      const claim = currency ? formatMoney(millions, currency) : matched.trim();
      // The sentence says which amount it means ("the travel budget"); the currency is part of the claim.
      const fact = factsWith((value) => value.kind === 'money')[0];
      if (!fact || foreign.length > 0) {
        sentenceChecks.push(notInArticle(claim, 'The article states no such amount.'));
        continue;
      }
      const amounts = fact.values.filter((v): v is MoneyValue => v.kind === 'money');
      const sameNumber = amounts.filter((v) => sameFigure(millions, v.millions, scale === 'billion' ? String(millions) : figure!));
      const same = sameNumber.find((v) => currency === null || v.currency === currency);
      const otherCurrency = same ? undefined : sameNumber[0];
      const explanation = otherCurrency
        ? `The article’s figure is ${describeValue(otherCurrency)}, in ${otherCurrency.currency === 'TWD' ? 'New Taiwan' : 'US'} dollars.`
        : `The article says ${amounts.map(describeValue).join(' / ')}.`;
      sentenceChecks.push(verdictOn(fact, same ? 'supported' : 'contradicted', explanation, claim));
    }

    // A year beside a count, duration or amount dates that figure; it is checked with it, not on its own.
    const yearsDateAFigure = sentenceChecks.length > 0 || /\bnext year\b/.test(sentence);
    for (const match of yearsDateAFigure ? [] : sentence.matchAll(YEAR_PATTERN)) {
      const year = Number(match[1]);
      const fact = factsWith((value) => value.kind === 'year')[0];
      if (!fact || foreign.length > 0 || (!asked.answered && asked.related.every((r) => r.fact.id !== fact.id))) {
        sentenceChecks.push(notInArticle(match[0], 'The article dates nothing else to a year.'));
        continue;
      }
      const years = fact.values.filter((v) => v.kind === 'year');
      const same = years.some((v) => v.kind === 'year' && v.gregorian === year);
      sentenceChecks.push(verdictOn(fact, same ? 'supported' : 'contradicted', `The article says ${years.map(describeValue).join(' to ')}.`, match[0]));
    }

    if (LEAD_PATTERN.test(sentence) && /\bminister\b|\bpresident\b|\bpremier\b|\bgeneral\b|\bchief\b/.test(sentence)) {
      const leader = byId.get('delegation-leader');
      const who = sentence.match(/\b(?:deputy|vice) minister\b|\bminister\b|\bpresident\b|\bpremier\b|\bgeneral\b|\bchief\b/)![0];
      if (leader) {
        const deputy = /deputy|vice/.test(who);
        sentenceChecks.push(
          verdictOn(leader, deputy ? 'supported' : 'contradicted', deputy
            ? 'Only as Jin Zhong’s judgement: the budget does not say who leads.'
            : 'Jin Zhong judges the Deputy Minister will lead, assuming the Minister still cannot enter Washington.', `${who} leads`),
        );
      }
    }

    const ranksTop = TOP_PATTERN.test(sentence);
    const ranksLowest = LOWEST_PATTERN.test(sentence);
    if (ranksTop || ranksLowest) {
      const named = DIALOGUES.find((dialogue) => dialogue.pattern.test(sentence));
      const monterey = byId.get('monterey-talks-level');
      const dpsc = byId.get('dpsc-top-platform');
      const lowest = byId.get('operational-level-meetings');
      if (named && monterey && dpsc && lowest) {
        const claim = sentence.match(named.pattern)![0] + (ranksTop ? ' ranks highest' : ' ranks lowest');
        const holds = ranksTop ? named.top : named.lowest;
        const fact = ranksTop ? (named.pattern.test('special conference') ? dpsc : monterey) : lowest;
        const explanation = ranksTop
          ? 'The Monterey Talks rank highest of the three older dialogues; the new conference is called the top platform for bilateral defense ministry military issues.'
          : 'The operational-level meetings of the military branches are the lowest tier the article describes.';
        sentenceChecks.push(verdictOn(fact, holds ? 'supported' : 'contradicted', explanation, claim));
      }
    }
    checks.push(...sentenceChecks);
  }
  return checks;
}
