import { describe, expect, it } from 'vitest';
import { checkClaims, overallVerdict } from '../src/engine/claims.ts';
import { createEngine } from '../src/engine/engine.ts';
import { conversionLines, convert, currencyAsked, describeRateDisagreement, formatMoney, impliedRates } from '../src/engine/money.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import type { MoneyValue } from '../src/knowledge/schema.ts';

const kb = loadKnowledgeBase();
const engine = createEngine(kb);

describe('checking a message against the article', () => {
  it('finds two contradictions in "50 officers for a month", citing paragraphs 1 and 7', () => {
    const claims = checkClaims(engine, 'Taiwan is sending 50 officers for a month');
    expect(claims).toHaveLength(2);
    for (const claim of claims) {
      expect(claim.verdict).toBe('contradicted');
      const paragraphs = claim.citations.map((citation) => citation.paragraph);
      expect(paragraphs).toContain(1);
      expect(paragraphs).toContain(7);
    }
    expect(claims[0]!.explanation).toMatch(/32/);
    expect(claims[1]!.explanation).toMatch(/two weeks|2 weeks/);
  });

  it('supports the article’s own figures', () => {
    const claims = checkClaims(engine, 'They send 32 people for two weeks. The travel budget is NT$15.43 million.');
    expect(claims.map((claim) => claim.verdict)).toEqual(['supported', 'supported', 'supported']);
  });

  it('sums a message up: every claim holds, some do, every one or some are contradicted, or none is in the article', () => {
    const overall = (text: string) => overallVerdict(checkClaims(engine, text));
    expect(overall('They send 32 people in 2026.')).toBe('supported');
    expect(overall('32 people will go for a month')).toBe('partly_supported');
    expect(overall('Taiwan is sending 50 officers for a month')).toBe('contradicted');
    expect(overall('Japan sends 40 people. They stay for a month.')).toBe('partly_contradicted');
  });

  it('counts "a delegation of N" as people', () => {
    expect(checkClaims(engine, 'The delegation of 32 people goes in 2026').map((claim) => [claim.claim, claim.verdict])).toEqual([['delegation of 32', 'supported']]);
    expect(checkClaims(engine, 'a delegation of 50 is going')[0]).toMatchObject({ verdict: 'contradicted', explanation: expect.stringMatching(/up to 32/) });
  });

  it('says when a contradicted figure would fit the article\'s bound ("30 people" against "up to 32")', () => {
    const [within, beyond] = checkClaims(engine, 'They send 30 people. No, they send 40 people.');
    expect(within?.verdict).toBe('contradicted');
    expect(within?.explanation).toMatch(/up to 32.*would fit within it/);
    expect(beyond?.verdict).toBe('contradicted');
    expect(beyond?.explanation).not.toMatch(/would fit/);
    // "over two weeks": three weeks would fit, ten days would not.
    expect(checkClaims(engine, 'the trip lasts three weeks')[0]?.explanation).toMatch(/would fit/);
    expect(checkClaims(engine, 'the trip lasts 10 days')[0]?.explanation).not.toMatch(/would fit/);
  });

  it('contradicts a wrong amount with the right one, and accepts a rounded right one', () => {
    const [wrong] = checkClaims(engine, 'the travel budget is NT$20 million');
    expect(wrong?.verdict).toBe('contradicted');
    expect(wrong?.explanation).toContain('15.43');
    expect(checkClaims(engine, 'the travel budget is about NT$15 million')[0]?.verdict).toBe('supported');
  });

  it('checks an amount against the amount the sentence names, whatever its scale ("billion" is no hint)', () => {
    const [claim] = checkClaims(engine, 'The travel budget is NT$15 billion');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.fact?.id).toBe('delegation-travel-budget');
    expect(claim?.explanation).toMatch(/15\.43 million/);
  });

  it('checks who leads, keeping the analyst’s judgement a judgement', () => {
    const [minister] = checkClaims(engine, 'The minister himself will lead the delegation.');
    expect(minister?.verdict).toBe('contradicted');
    const [deputy] = checkClaims(engine, 'The deputy minister will head the delegation.');
    expect(deputy?.verdict).toBe('supported');
    expect(deputy?.explanation).toMatch(/judgement/);
    expect(deputy?.fact?.stance).toBe('judgement');
  });

  it('checks which dialogue ranks highest', () => {
    expect(checkClaims(engine, 'The Monterey Talks are the highest level dialogue')[0]?.verdict).toBe('supported');
    expect(checkClaims(engine, 'The Defense Security Talks are the top dialogue')[0]?.verdict).toBe('contradicted');
  });

  it('checks years', () => {
    expect(checkClaims(engine, 'The new conference starts in 2027')[0]?.verdict).toBe('contradicted');
    expect(checkClaims(engine, 'The new conference starts in 2026')[0]?.verdict).toBe('supported');
  });

  it('says "not in the article" for a claim about something it does not cover', () => {
    const [claim] = checkClaims(engine, 'Japan is sending 20 people');
    expect(claim?.verdict).toBe('not_in_article');
    expect(claim?.fact).toBeNull();
  });

  it('finds nothing to check in chat', () => {
    expect(checkClaims(engine, 'lol this thread is wild')).toEqual([]);
    expect(checkClaims(engine, 'a lot of people are talking about this')).toEqual([]);
  });

  it('checks counts of whatever the article counts, judgement included', () => {
    const [four] = checkClaims(engine, 'There are now four annual high-level dialogues');
    expect(four?.verdict).toBe('supported');
    expect(four?.fact?.stance).toBe('judgement');
    expect(four?.explanation).toMatch(/Jin Zhong/);
    expect(checkClaims(engine, 'There are five dialogues')[0]?.verdict).toBe('contradicted');
  });

  it('reads 110-119 in a count or an amount as that number, not as an ROC year', () => {
    const [people, money] = checkClaims(engine, 'They send 115 people. The JFD costs NT$115 million.');
    expect(people).toMatchObject({ claim: '115 people', verdict: 'contradicted' });
    expect(money).toMatchObject({ claim: 'NT$115 million', verdict: 'contradicted' });
  });

  it('checks every figure of a long message, each against its own fact', () => {
    const claims = checkClaims(engine, 'They send 32 people. '.repeat(10) + 'The trip lasts two weeks in 2026.');
    expect(claims).toHaveLength(11);
    expect(claims.every((claim) => claim.verdict === 'supported')).toBe(true);
    expect(new Set(claims.map((claim) => claim.fact?.id)).size).toBe(2);
  });

  it('treats the currency as part of an amount', () => {
    const [claim] = checkClaims(engine, 'the travel budget is 15.43 million US dollars');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.explanation).toMatch(/New Taiwan dollars/);
  });

  it('quotes only verbatim passages', () => {
    for (const claim of checkClaims(engine, 'Taiwan sends 40 people for three weeks with NT$500 million in 2027; the minister leads.')) {
      for (const citation of claim.citations) expect(kb.article.paragraphs[citation.paragraph - 1]).toContain(citation.quote);
    }
  });
});

describe('money conversions', () => {
  const rates = impliedRates(kb);
  const moneyValues = kb.facts.flatMap((fact) => fact.values.filter((value): value is MoneyValue => value.kind === 'money').map((value) => ({ fact, value })));

  it('never presents a figure the article does not convert as converted ("nearly NT$500 million")', () => {
    const rounded = moneyValues.find(({ value }) => value.qualifier === 'nearly' && value.currency === 'TWD');
    expect(rounded).toBeDefined();
    expect(convert(rounded!.fact, rounded!.value, 'USD', rates)?.source).toBe('estimate');
  });

  it('finds the article’s two implied rates, which differ', () => {
    expect(rates.length).toBeGreaterThanOrEqual(2);
    const values = rates.map((rate) => rate.twdPerUsd);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.5);
    expect(describeRateDisagreement(rates)).toMatch(/different rates/);
  });

  it('gives the article’s own figure where it states one, and marks every other conversion as an estimate with its rate', () => {
    for (const { fact, value } of moneyValues) {
      const target = value.currency === 'TWD' ? 'USD' : 'TWD';
      const conversion = convert(fact, value, target, rates);
      expect(conversion, fact.id).not.toBeNull();
      const paired = rates.some((rate) => rate.factId === fact.id && (rate.twd === value || rate.usd === value));
      expect(conversion!.source, fact.id).toBe(paired ? 'article' : 'estimate');
      if (conversion!.source === 'estimate') expect(conversion!.rate, fact.id).toBeDefined();
    }
  });

  it('reads the currency a question asks for', () => {
    expect(currencyAsked('whats the travel budget in usd')).toBe('USD');
    expect(currencyAsked('how many US dollars is the JFD')).toBe('USD');
    expect(currencyAsked('jfd total in TWD')).toBe('TWD');
    expect(currencyAsked('who leads the delegation')).toBeNull();
  });

  it('converts an answer into the currency asked: the article’s own figure where it pairs one, else an estimate naming its rate', () => {
    for (const { fact, value } of moneyValues.filter(({ value }) => value.currency === 'TWD')) {
      const lines = conversionLines(fact, 'USD', rates);
      const line = lines.find((candidate) => candidate.startsWith(`${formatMoney(value.millions, 'TWD', value.qualifier)} ≈ US$`));
      expect(line, fact.id).toBeDefined();
      const paired = rates.some((rate) => rate.twd === value);
      if (paired) expect(line, fact.id).toMatch(/the article's own figure/);
      else expect(line, fact.id).toMatch(/not in the article, an estimate at NT\$\d+\.\d\d per US\$/);
    }
  });
});
