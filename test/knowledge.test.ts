import { describe, expect, it } from 'vitest';
import { loadArticle } from '../src/knowledge/article.ts';
import { buildKnowledgeBase, KnowledgeBaseError, loadKnowledgeBase } from '../src/knowledge/load.ts';
import type { FactInput } from '../src/knowledge/schema.ts';

const article = loadArticle();
const shipped = loadKnowledgeBase();

function validFact(overrides: Partial<FactInput> = {}): FactInput {
  return {
    id: 'sample-fact',
    topic: 'delegation',
    subject: 'Delegation size',
    answer: 'The ministry plans to send up to 32 people.',
    stance: 'reported',
    values: [{ kind: 'count', amount: 32, qualifier: 'up_to', unit: 'people' }],
    citations: [{ articleId: article.id, paragraph: 7, quote: 'sending up to 32 people for over two weeks' }],
    updated: '2026-11-25',
    ...overrides,
  };
}

function problemsOf(facts: unknown): string[] {
  try {
    buildKnowledgeBase(article, facts);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('the article', () => {
  it('has ten paragraphs, paragraph N being line N of the source', () => {
    expect(article.paragraphs).toHaveLength(10);
    expect(article.paragraphs[6]).toMatch(/^Jin Zhong stated that next year, the addition/);
  });

  it('says its date is inferred and names no source URL', () => {
    expect(article.published).toMatchObject({ year: 2025, inferred: true });
    expect(article.sourceUrl).toBeNull();
  });
});

describe('the shipped fact base', () => {
  it('loads, with every quote verbatim in the paragraph it cites', () => {
    expect(shipped.facts.length).toBeGreaterThanOrEqual(40);
    for (const fact of shipped.facts) {
      for (const citation of fact.citations) {
        expect(article.paragraphs[citation.paragraph - 1], fact.id).toContain(citation.quote);
      }
    }
  });

  it('names Jin Zhong in every judgement', () => {
    const judgements = shipped.facts.filter((fact) => fact.stance === 'judgement');
    expect(judgements.length).toBeGreaterThan(0);
    for (const fact of judgements) expect(fact.answer).toContain('Jin Zhong');
  });
});

describe('loading refuses a bad fact base, naming the fact and the field', () => {
  it('accepts a valid fact', () => {
    expect(problemsOf([validFact()])).toEqual([]);
  });

  it('a quote that is not verbatim in its paragraph', () => {
    const quote = 'sending up to 23 people for over two weeks';
    const problems = problemsOf([validFact({ citations: [{ articleId: article.id, paragraph: 7, quote }] })]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" citations\[0\]\.quote: not verbatim in paragraph 7/);
  });

  it('a paragraph out of range', () => {
    const problems = problemsOf([validFact({ citations: [{ articleId: article.id, paragraph: 11, quote: 'sending up to 32 people' }] })]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" citations\[0\]\.paragraph: 11 is out of range 1-10/);
  });

  it('a duplicate id', () => {
    const problems = problemsOf([validFact(), validFact()]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" id: duplicate id/);
  });

  it('a number that its quotes do not contain', () => {
    const problems = problemsOf([validFact({ values: [{ kind: 'count', amount: 23, qualifier: 'up_to', unit: 'people' }] })]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" values\[0\]: 23 does not appear/);
  });

  it('a number found only inside another number of the quote (3 in "32", 15 in "15.43")', () => {
    expect(problemsOf([validFact({ values: [{ kind: 'count', amount: 3, qualifier: 'up_to', unit: 'people' }] })]).join('\n')).toMatch(
      /fact "sample-fact" values\[0\]: 3 does not appear/,
    );
    const travel = { articleId: article.id, paragraph: 7, quote: 'with a travel budget of NT$15.43 million' };
    const values: FactInput['values'] = [{ kind: 'money', millions: 15, currency: 'TWD', qualifier: 'exact', years: [2026] }];
    expect(problemsOf([validFact({ values, citations: [travel] })]).join('\n')).toMatch(/values\[0\]: 15 does not appear/);
  });

  it('a duplicate id names where the first one is in the file, counting facts that failed too', () => {
    const problems = problemsOf([validFact({ id: 'broken', topic: 'nope' as never }), validFact(), validFact()]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" id: duplicate id \(also fact #2\)/);
  });

  it('a malformed value: an ROC year that does not match its Gregorian year', () => {
    const problems = problemsOf([validFact({ values: [{ kind: 'year', gregorian: 2026, roc: 116 }] })]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" values\[0\]\.roc: ROC year must equal/);
  });

  it('a negative amount', () => {
    const problems = problemsOf([validFact({ values: [{ kind: 'money', millions: -1, currency: 'TWD', qualifier: 'exact', years: [2026] }] })]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" values\[0\]\.millions/);
  });

  it('a judgement that does not say whose it is', () => {
    const problems = problemsOf([validFact({ stance: 'judgement' })]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" answer: a judgement must name who holds it/);
  });

  it('a citation of another article', () => {
    const problems = problemsOf([validFact({ citations: [{ articleId: 'other', paragraph: 7, quote: 'sending up to 32 people' }] })]);
    expect(problems.join('\n')).toMatch(/fact "sample-fact" citations\[0\]\.articleId/);
  });
});
