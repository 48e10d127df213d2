/**
 * /budget [currency]: every amount in the article as a table (what, years, NT$, US$), each row cited.
 * A conversion the article does not give is an estimate, marked, with the rate it used; the article's
 * own conversions imply different rates, and the reply says so.
 */
import type { APIEmbedField } from 'discord-api-types/v10';
import { convert, describeRate, describeRateDisagreement, formatMoney, impliedRates, type Conversion, type Currency, type ImpliedRate } from '../engine/money.ts';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Citation, Fact, MoneyValue } from '../knowledge/schema.ts';
import { citedBlock } from '../reply/fact.ts';
import { pageButtonHandler, pagedList } from '../reply/paging.ts';
import { COLOURS } from '../reply/style.ts';
import { localise, slashCommand } from './common.ts';
import type { ChatCommand, ComponentHandler, ReplyData } from './types.ts';

const PREFIX = 'budget';
const CURRENCY_CHOICES = { both: ['TWD', 'USD'], twd: ['TWD'], usd: ['USD'] } as const satisfies Record<string, readonly Currency[]>;
type CurrencyChoice = keyof typeof CURRENCY_CHOICES;
const COLUMN_HEADINGS: Record<Currency, string> = { TWD: 'NT$ million', USD: 'US$ million' };
const FOOTNOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

const data = slashCommand({
  name: 'budget',
  description: 'Every amount in the article (NT$ and US$), each cited; estimates marked with their rate',
  zhName: '預算',
  zhDescription: '文章中的所有金額（新台幣與美元），逐筆附原文；換算估計會標明匯率',
})
  .addStringOption((option) =>
    localise(option, {
      name: 'currency',
      description: 'Which currency to show (both by default)',
      zhName: '幣別',
      zhDescription: '顯示哪種貨幣（預設兩者皆列）',
    }).addChoices(
      { name: 'NT$ and US$', value: 'both', name_localizations: { 'zh-TW': '新台幣與美元' } },
      { name: 'NT$ (New Taiwan dollars)', value: 'twd', name_localizations: { 'zh-TW': '新台幣' } },
      { name: 'US$ (US dollars)', value: 'usd', name_localizations: { 'zh-TW': '美元' } },
    ),
  )
  .toJSON();

export interface BudgetRow {
  fact: Fact;
  /** The article's figures for this amount: one, or the NT$ figure and the US$ one it pairs with it. */
  stated: MoneyValue[];
  /** Computed for a currency the article does not give this amount in. */
  estimates: Partial<Record<Currency, Conversion>>;
  citations: Citation[];
}

/** The passages that state `value`'s figure; all the fact's passages if none spells it out. */
function citationsStating(fact: Fact, values: readonly MoneyValue[]): Citation[] {
  const spellings = values.flatMap((value) => [value.millions.toFixed(2), String(value.millions)]);
  const stating = fact.citations.filter((citation) => spellings.some((spelling) => citation.quote.includes(spelling)));
  return stating.length > 0 ? stating : [...fact.citations];
}

/** Every money value of the fact base, one row each; an amount the article gives in both currencies is one row. */
export function budgetRows(kb: KnowledgeBase): BudgetRow[] {
  const rates = impliedRates(kb);
  const rows: BudgetRow[] = [];
  for (const fact of kb.facts) {
    for (const value of fact.values) {
      if (value.kind !== 'money') continue;
      const pair = rates.find((rate) => rate.twd === value || rate.usd === value);
      if (pair && value === pair.usd) continue; // shown beside the NT$ figure it is paired with
      const stated = pair ? [pair.twd, pair.usd] : [value];
      const estimates: BudgetRow['estimates'] = {};
      for (const target of CURRENCY_CHOICES.both) {
        if (stated.some((figure) => figure.currency === target)) continue;
        const estimate = convert(fact, value, target, rates);
        if (estimate) estimates[target] = estimate;
      }
      rows.push({ fact, stated, estimates, citations: citationsStating(fact, stated) });
    }
  }
  return rows;
}

function yearsLabel(years: readonly number[]): string {
  const first = years[0]!;
  const last = years.at(-1)!;
  const contiguous = years.every((year, index) => year === first + index);
  return years.length === 1 ? String(first) : contiguous ? `${first}–${last}` : years.join(', ');
}

/** A table cell: the article's figure with its qualifier, or ≈figure and the mark of its rate's footnote. */
function cell(row: BudgetRow, currency: Currency, noteFor: (rate: ImpliedRate) => string): string {
  const figure = row.stated.find((value) => value.currency === currency);
  // The article's own wording ("up to", "approximately") without the currency and "million" the heading gives.
  if (figure) return formatMoney(figure.millions, currency, figure.qualifier).replace(/(NT|US)\$/, '').replace(/ million$/, '');
  const estimate = row.estimates[currency];
  return estimate?.rate ? `≈${estimate.millions.toFixed(2)}${noteFor(estimate.rate)}` : '—';
}

function table(rows: readonly BudgetRow[], currencies: readonly Currency[], noteFor: (rate: ImpliedRate) => string): string {
  const lines = [['#', 'Year', ...currencies.map((currency) => COLUMN_HEADINGS[currency])]];
  rows.forEach((row, index) => lines.push([String(index + 1), yearsLabel(row.stated[0]!.years), ...currencies.map((currency) => cell(row, currency, noteFor))]));
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const text = lines.map((line) => line.map((value, column) => (column < 2 ? value.padEnd(widths[column]!) : value.padStart(widths[column]!))).join('  ').trimEnd());
  return ['```', ...text, '```'].join('\n');
}

function budgetReply(kb: KnowledgeBase, choice: CurrencyChoice, page: number): ReplyData {
  const currencies = CURRENCY_CHOICES[choice];
  const rows = budgetRows(kb);
  const notes: ImpliedRate[] = [];
  const noteFor = (rate: ImpliedRate) => {
    if (!notes.includes(rate)) notes.push(rate);
    return FOOTNOTE_MARKS[notes.indexOf(rate)] ?? '*';
  };
  const tableText = table(rows, currencies, noteFor);
  const footnotes = notes.map((rate, index) => `${FOOTNOTE_MARKS[index] ?? '*'} ${describeRate(rate)}.`);
  const disagreement = describeRateDisagreement(impliedRates(kb));
  const description = [
    'Every amount the article gives. A figure marked ≈ is not in the article: it is an estimate, with the rate it used.',
    tableText,
    ...footnotes,
    ...(disagreement ? [disagreement] : []),
  ].join('\n');
  const blocks: APIEmbedField[][] = rows.map((row, index) => citedBlock(`${index + 1} · ${row.fact.subject}`, '', row.citations));
  return pagedList({
    pageIdBase: `${PREFIX}:page:${choice}`,
    title: 'Amounts in the article',
    description,
    blocks,
    page,
    colour: COLOURS.info,
    article: kb.article,
  });
}

function isChoice(value: unknown): value is CurrencyChoice {
  return typeof value === 'string' && Object.hasOwn(CURRENCY_CHOICES, value);
}

export const budgetCommand: ChatCommand = {
  kind: 'chat',
  data,
  execute(request, services) {
    const choice = request.options.currency ?? 'both';
    if (!isChoice(choice)) return { content: `Pick a currency: ${Object.keys(CURRENCY_CHOICES).join(', ')}.`, ephemeral: true };
    return budgetReply(services.engine.kb, choice, 0);
  },
};

/** budget:page:<currency>:<page>. */
export const budgetPages: ComponentHandler = pageButtonHandler(PREFIX, ([choice], page, services) =>
  isChoice(choice) ? budgetReply(services.engine.kb, choice, page) : null,
);
