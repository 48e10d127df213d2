/**
 * Money as the article gives it, and conversions it does not give. The article pairs two NT$ amounts with
 * US$ ones, and the rates they imply differ (471.23/15.45 ≈ 30.5, 152.50/5.11 ≈ 29.8), so an estimate
 * always names the rate it used and where that rate comes from.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Fact, MoneyValue } from '../knowledge/schema.ts';
import { normalizeText } from './normalize.ts';

export type Currency = MoneyValue['currency'];

/** A rate the article implies by stating one amount in both currencies. */
export interface ImpliedRate {
  factId: string;
  twdPerUsd: number;
  twd: MoneyValue;
  usd: MoneyValue;
}

export interface Conversion {
  millions: number;
  currency: Currency;
  /** `article`: the article states this figure; `estimate`: computed with `rate`. */
  source: 'article' | 'estimate';
  rate?: ImpliedRate;
}

const SYMBOL: Record<Currency, string> = { TWD: 'NT$', USD: 'US$' };
/** How a figure's qualifier reads before it: "up to 32 people", "approximately US$15.45 million" (the article's words). */
export const QUALIFIER_WORDS = { exact: '', up_to: 'up to ', over: 'over ', about: 'approximately ', nearly: 'nearly ' } as const;

export function formatMoney(millions: number, currency: Currency, qualifier: MoneyValue['qualifier'] = 'exact'): string {
  // Whole amounts stay whole ("nearly NT$500 million"), as the article writes them.
  const figure = Number.isInteger(millions) ? String(millions) : millions.toFixed(2);
  return `${QUALIFIER_WORDS[qualifier]}${SYMBOL[currency]}${figure} million`;
}

export function impliedRates(kb: KnowledgeBase): ImpliedRate[] {
  const rates: ImpliedRate[] = [];
  for (const fact of kb.facts) {
    const money = fact.values.filter((value): value is MoneyValue => value.kind === 'money');
    const twd = money.find((value) => value.currency === 'TWD');
    const usd = money.find((value) => value.currency === 'USD');
    if (twd && usd) rates.push({ factId: fact.id, twdPerUsd: twd.millions / usd.millions, twd, usd });
  }
  return rates;
}

/** The rate to estimate with: one implied for the same years if there is one, else the first. */
function rateFor(rates: readonly ImpliedRate[], value: MoneyValue): ImpliedRate | undefined {
  const sameYears = (rate: ImpliedRate) =>
    rate.twd.years.length === value.years.length && rate.twd.years.every((year) => value.years.includes(year));
  return rates.find(sameYears) ?? rates.find((rate) => rate.twd.years.length === 1 && value.years.includes(rate.twd.years[0]!)) ?? rates[0];
}

/**
 * `value` in `target`: the article's own figure when it pairs this very amount with one in `target` (as it
 * pairs NT$471.23 million with US$15.45 million), else an estimate at an implied rate, else null. A fact's
 * other amounts for the same years ("nearly NT$500 million") are not paired: the article never converts them.
 */
export function convert(fact: Fact, value: MoneyValue, target: Currency, rates: readonly ImpliedRate[]): Conversion | null {
  if (value.currency === target) return { millions: value.millions, currency: target, source: 'article' };
  const pair = rates.find((rate) => rate.factId === fact.id && (rate.twd === value || rate.usd === value));
  if (pair) return { millions: (target === 'USD' ? pair.usd : pair.twd).millions, currency: target, source: 'article' };
  const rate = rateFor(rates, value);
  if (!rate) return null;
  const millions = target === 'USD' ? value.millions / rate.twdPerUsd : value.millions * rate.twdPerUsd;
  return { millions, currency: target, source: 'estimate', rate };
}

/** "estimate at NT$29.84 per US$ (implied by NT$152.50 million ≈ US$5.11 million)". */
export function describeRate(rate: ImpliedRate): string {
  return `estimate at NT$${rate.twdPerUsd.toFixed(2)} per US$, the rate implied by ${formatMoney(rate.twd.millions, 'TWD')} ≈ ${formatMoney(rate.usd.millions, 'USD')}`;
}

/** A sentence about the article's rates disagreeing, or null when it gives fewer than two. */
export function describeRateDisagreement(rates: readonly ImpliedRate[]): string | null {
  if (rates.length < 2) return null;
  const parts = rates.map((rate) => `${formatMoney(rate.twd.millions, 'TWD')} ≈ ${formatMoney(rate.usd.millions, 'USD')} implies ${rate.twdPerUsd.toFixed(2)}`);
  return `The article's own conversions imply different rates (${parts.join('; ')} NT$ per US$), so estimates here say which rate they use.`;
}

/** The currency a question asks for ("in usd", "how many us dollars"), or null. */
export function currencyAsked(question: string): Currency | null {
  const normalized = normalizeText(question);
  if (/\busd\b|\bus dollars?\b|\busa? dollars?\b|\bamerican dollars?\b/.test(normalized)) return 'USD';
  if (/\bntd\b/.test(normalized)) return 'TWD';
  return null;
}

/**
 * For an answer to a question that asks for `target`: each of the fact's amounts in that currency, as the
 * article gives it or as an estimate naming its rate ("≈ US$0.52 million: estimate at NT$29.84 per US$...").
 */
export function conversionLines(fact: Fact, target: Currency, rates: readonly ImpliedRate[]): string[] {
  return fact.values.flatMap((value) => {
    if (value.kind !== 'money' || value.currency === target) return [];
    const conversion = convert(fact, value, target, rates);
    if (!conversion) return [];
    const converted = `${formatMoney(value.millions, value.currency, value.qualifier)} ≈ ${formatMoney(Number(conversion.millions.toFixed(2)), target)}`;
    return [conversion.source === 'article' || !conversion.rate ? `${converted} (the article's own figure)` : `${converted}: not in the article, an ${describeRate(conversion.rate)}`];
  });
}
