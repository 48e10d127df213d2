import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord-api-types/v10';
import type { Citation, Fact } from '../src/knowledge/schema.ts';
import { citationFields, distinctCitations } from '../src/reply/citation.ts';
import { escapeUserText, neutraliseMentions } from '../src/reply/escape.ts';
import { citedBlock, factBlock } from '../src/reply/fact.ts';
import { fitEmbeds } from '../src/reply/fit.ts';
import { choiceProblems, embedLength, LIMITS, replyProblems, splitText, truncate } from '../src/reply/limits.ts';
import { paginate, pagedList } from '../src/reply/paging.ts';
import { JUDGEMENT_LABEL } from '../src/reply/style.ts';
import { kb } from './commands-support.ts';

const citation = (quote: string, paragraph = 1): Citation => ({ articleId: kb.article.id, paragraph, quote });
const words = (count: number, word = 'word') => Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ');

describe('truncate and splitText', () => {
  it('cuts to the limit at a word boundary with an ellipsis, and leaves short text alone', () => {
    const text = words(100);
    const cut = truncate(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).not.toMatch(/\s$/);
    expect(truncate('short', 50)).toBe('short');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(20), 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it('splits text into pieces within the limit that lose nothing', () => {
    const text = words(400);
    const pieces = splitText(text, 300);
    expect(pieces.every((piece) => piece.length <= 300)).toBe(true);
    expect(pieces.join(' ')).toBe(text);
    expect(splitText('x'.repeat(700), 300).join('')).toBe('x'.repeat(700));
  });
});

describe('echoed user text', () => {
  it('makes every kind of mention inert', () => {
    const text = neutraliseMentions('@everyone @here <@123> <@!123> <@&456> <#789>');
    expect(replyProblems({ content: text })).toEqual([]);
  });

  it('escapes markdown, keeps it on one line and cuts it', () => {
    const echoed = escapeUserText(`# big\n**bold** [link](http://x) ${'long '.repeat(100)}`);
    expect(echoed).not.toContain('\n');
    expect(echoed).toContain('\\*\\*bold\\*\\*');
    expect(echoed).toContain('\\[link]');
    expect(echoed.length).toBeLessThan(260);
  });
});

describe('citations', () => {
  it('splits a quote longer than a field across fields rather than cutting it', () => {
    const quote = words(300);
    const fields = citationFields(citation(quote, 4));
    expect(fields.length).toBeGreaterThan(1);
    expect(fields.every((field) => field.value.length <= LIMITS.fieldValue && field.name.startsWith('📄 Paragraph 4'))).toBe(true);
    expect(fields.map((field) => field.value.slice(2)).join(' ')).toBe(quote);
  });

  it('drops a quote that another quote of the same paragraph contains', () => {
    const long = citation('the whole passage about it', 5);
    const inner = citation('passage about', 5);
    const elsewhere = citation('passage about', 6);
    expect(distinctCitations([inner, long, elsewhere])).toEqual([long, elsewhere]);
    expect(distinctCitations([inner, inner])).toEqual([inner]);
  });
});

describe('fact blocks', () => {
  const fact = (answer: string, quotes: string[], stance: Fact['stance'] = 'reported'): Fact => ({
    id: 'test-fact',
    topic: 'delegation',
    subject: 'A subject',
    answer,
    stance,
    values: [],
    answers: [],
    aliases: [],
    keywords: [],
    citations: quotes.map((quote) => citation(quote, 2)),
    updated: '2026-01-01',
  });

  it('cuts the answer to make room, never the quote', () => {
    const quote = words(120, 'q');
    const [field, ...rest] = factBlock('Name', [{ fact: fact(words(150, 'a'), [quote]) }]);
    expect(rest).toEqual([]);
    expect(field!.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(field!.value).toContain(`> ${quote} — *paragraph 2*`);
    expect(field!.value).toContain('…');
  });

  it('moves quotes to fields of their own when they leave too little room for the answer', () => {
    const quotes = [words(150, 'q'), words(150, 'r')];
    const block = factBlock('Name', [{ fact: fact(words(60, 'a'), quotes) }]);
    expect(block[0]!.name).toBe('Name');
    expect(block.slice(1).map((field) => field.value.slice(2))).toEqual(quotes);
  });

  it("labels a judgement as the analyst's", () => {
    const [field] = factBlock('Name', [{ fact: fact('Jin Zhong judges that it will.', ['a quoted passage'], 'judgement') }]);
    expect(field!.name).toMatch(/judgement/);
    expect(field!.value).toContain(JUDGEMENT_LABEL);
  });

  it('shows citations alone when there is no prose', () => {
    expect(citedBlock('Row', '', [citation('a quoted passage', 3)])).toEqual([{ name: 'Row', value: '> a quoted passage — *paragraph 3*' }]);
  });
});

describe('fitting and paging', () => {
  const bigEmbed = (title: string): APIEmbed => ({
    title,
    description: 'd'.repeat(3000),
    fields: [{ name: '📄 Paragraph 1', value: 'q'.repeat(1000) }],
  });

  it('cuts descriptions before anything else and keeps every field of the embeds it keeps', () => {
    const fitted = fitEmbeds([bigEmbed('one'), bigEmbed('two')]);
    expect(fitted.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(fitted).toHaveLength(2);
    for (const embed of fitted) expect(embed.fields).toEqual(bigEmbed('').fields);
  });

  it('drops the last embeds whole when cutting prose is not enough', () => {
    const fitted = fitEmbeds(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(bigEmbed));
    expect(fitted.length).toBeLessThan(7);
    expect(fitted.map((embed) => embed.title)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].slice(0, fitted.length));
    expect(replyProblems({ embeds: fitted })).toEqual([]);
  });

  it('puts every block on exactly one page, whole, within the limits', () => {
    const blocks = Array.from({ length: 40 }, (_, index) => [{ name: `block ${index}`, value: 'v'.repeat(300 + index * 10) }]);
    const pages = paginate(blocks, 5000);
    expect(pages.flat()).toEqual(blocks);
    for (const page of pages) {
      expect(page.flat().length).toBeLessThanOrEqual(LIMITS.fields);
      expect(page.flat().reduce((sum, field) => sum + field.name.length + field.value.length, 0)).toBeLessThanOrEqual(5000);
    }
    const list = (page: number) => pagedList({ pageIdBase: 'test:page', title: 'T', blocks, page, colour: 0, article: kb.article });
    const pageCount = Number(list(0).embeds![0]!.title!.match(/of (\d+)\)$/)![1]);
    const replies = Array.from({ length: pageCount }, (_, page) => list(page));
    for (const reply of replies) expect(replyProblems(reply)).toEqual([]);
    expect(replies.flatMap((reply) => reply.embeds![0]!.fields)).toEqual(blocks.flat());
  });
});

describe('the limits checker', () => {
  it('reports each kind of breach', () => {
    expect(replyProblems({})).toEqual(['the reply is empty']);
    expect(replyProblems({ content: 'x'.repeat(2001) })).toHaveLength(1);
    expect(replyProblems({ embeds: [{ title: 't'.repeat(257) }] })).toHaveLength(1);
    expect(replyProblems({ embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] })).toHaveLength(1);
    expect(replyProblems({ embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(4000) }] })).toHaveLength(1);
    expect(replyProblems({ content: 'hi @everyone' })).toHaveLength(1);
    expect(replyProblems({ content: '<@123> hi' })).toHaveLength(1);
    expect(replyProblems({ content: '<@123> hi', pingUserId: '123' })).toEqual([]);
    expect(replyProblems({ content: 'hi <@123>', pingUserId: '123' }).length).toBeGreaterThan(0);
    expect(choiceProblems(Array.from({ length: 26 }, () => ({ name: 'x', value: 'x' })))).toHaveLength(1);
    expect(choiceProblems([{ name: 'x'.repeat(101), value: 'x' }])).toHaveLength(1);
  });
});
