import { readFileSync } from 'node:fs';
import type { APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { composeDigest, initialChannelState, type ChannelDigestState } from '../src/digest/compose.ts';
import { buildKnowledgeBase, FACTS_PATH, loadKnowledgeBase, type KnowledgeBase } from '../src/knowledge/load.ts';
import type { FactInput } from '../src/knowledge/schema.ts';
import { replyProblems } from '../src/reply/limits.ts';

const kb = loadKnowledgeBase();
const rawFacts = () => JSON.parse(readFileSync(FACTS_PATH, 'utf8')) as FactInput[];
const NOW = new Date('2026-12-01T01:00:00Z');

/** Every quote in the message with its paragraph, markdown escapes removed (as Discord shows them). */
function citations(embeds: readonly APIEmbed[]): Array<{ paragraph: number; quote: string }> {
  const unescape = (text: string) => text.replace(/\\([\\*_~`|>#\-[\]()])/g, '$1');
  const found: Array<{ paragraph: number; quote: string }> = [];
  for (const embed of embeds) {
    for (const match of (embed.description ?? '').matchAll(/^> (.+) — \*paragraph (\d+)\*$/gm)) {
      found.push({ quote: unescape(match[1]!), paragraph: Number(match[2]) });
    }
    for (const field of embed.fields ?? []) {
      const own = /^📄 Paragraph (\d+)/.exec(field.name);
      if (own) found.push({ quote: unescape(field.value.replace(/^> /, '')), paragraph: Number(own[1]) });
      for (const match of field.value.matchAll(/^> (.+) — \*paragraph (\d+)\*$/gm)) {
        found.push({ quote: unescape(match[1]!), paragraph: Number(match[2]) });
      }
    }
  }
  return found;
}

const textOf = (embeds: readonly APIEmbed[]) =>
  embeds.map((embed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])].join('\n')).join('\n');

/** The state a channel has after one digest, as if posted. */
const afterFirstDigest = (channelId = '111') => composeDigest(kb, initialChannelState(channelId), NOW).nextState;

function kbWith(edit: (facts: FactInput[]) => void): KnowledgeBase {
  const facts = rawFacts();
  edit(facts);
  return buildKnowledgeBase(kb.article, facts);
}

describe('composeDigest', () => {
  it('introduces itself in the first digest, lists nothing as new, and is never "nothing new"', () => {
    const digest = composeDigest(kb, initialChannelState('111'), NOW);
    expect(digest.firstDigest).toBe(true);
    expect(digest.newFactIds).toEqual([]);
    expect(digest.nothingNew).toBe(false);
    expect(digest.message.embeds[0]!.description).toContain('first digest');
    expect(digest.nextState.lastDigestAt).toBe(NOW.toISOString());
    expect(Object.keys(digest.nextState.seenVersions)).toHaveLength(kb.facts.length);
  });

  it('lists a fact added or corrected since the last digest, and only those', () => {
    const state = afterFirstDigest();
    const changed = kbWith((facts) => {
      const corrected = facts.find((fact) => fact.id === 'jfd-rarity')!;
      corrected.updated = '2026-12-05';
      facts.push({ ...facts.find((fact) => fact.id === 'seminars-2024')!, id: 'seminars-2024-follow-up', subject: 'Seminars follow-up', updated: '2026-12-05' });
    });
    const digest = composeDigest(changed, state, new Date('2026-12-06T01:00:00Z'));
    expect(digest.newFactIds.sort()).toEqual(['jfd-rarity', 'seminars-2024-follow-up']);
    expect(digest.nothingNew).toBe(false);
    const overview = digest.message.embeds[0]!;
    expect(overview.description).toContain('2 facts added or corrected');
    const names = overview.fields!.map((field) => field.name);
    for (const subject of ['Seminars follow-up', changed.byId.get('jfd-rarity')!.subject]) {
      expect(names.some((name) => name.startsWith(subject))).toBe(true);
    }
    // Once posted, the same versions are not new again.
    expect(composeDigest(changed, digest.nextState, new Date('2026-12-07T01:00:00Z')).nothingNew).toBe(true);
  });

  it('says plainly when nothing is new', () => {
    const digest = composeDigest(kb, afterFirstDigest(), new Date('2026-12-02T01:00:00Z'));
    expect(digest.nothingNew).toBe(true);
    expect(digest.message.embeds[0]!.description).toContain('Nothing new in the fact base since the last digest (2026-12-01)');
  });

  it('features every fact once before any repeats, per channel', () => {
    let state: ChannelDigestState = initialChannelState('222');
    const featured: string[] = [];
    for (let day = 0; day < kb.facts.length + 1; day += 1) {
      const digest = composeDigest(kb, state, new Date(NOW.getTime() + day * 86_400_000));
      featured.push(digest.featuredFactId!);
      state = digest.nextState;
    }
    const firstCycle = featured.slice(0, kb.facts.length);
    expect(new Set(firstCycle).size).toBe(kb.facts.length);
    expect(firstCycle).toContain(featured.at(-1)); // the second cycle starts over
    expect(state.featuredShown).toEqual([featured.at(-1)]);
  });

  it('features a fact added mid-cycle before any repeat', () => {
    let state: ChannelDigestState = initialChannelState('333');
    for (let day = 0; day < 5; day += 1) state = composeDigest(kb, state, NOW).nextState;
    const grown = kbWith((facts) => facts.push({ ...facts[0]!, id: 'late-addition', updated: '2026-12-03' }));
    const featured = new Set(state.featuredShown);
    for (let day = 0; day < grown.facts.length - 5; day += 1) {
      const digest = composeDigest(grown, state, NOW);
      expect(featured.has(digest.featuredFactId!)).toBe(false);
      featured.add(digest.featuredFactId!);
      state = digest.nextState;
    }
    expect(featured.has('late-addition')).toBe(true);
  });

  it('cites every item verbatim from the paragraph it names', () => {
    const everythingNew = { ...afterFirstDigest(), seenVersions: {} };
    for (const state of [initialChannelState('111'), everythingNew]) {
      const { message, newFactIds } = composeDigest(kb, state, NOW);
      const quoted = citations(message.embeds);
      const shownNew = message.embeds[0]!.fields!.filter((field) => !field.name.startsWith('📄')).length;
      // Key figures (6 facts), the featured fact and every new fact shown each bring at least one citation.
      expect(quoted.length).toBeGreaterThanOrEqual(6 + 1 + shownNew);
      expect(shownNew).toBeLessThanOrEqual(newFactIds.length);
      for (const { paragraph, quote } of quoted) expect(kb.article.paragraphs[paragraph - 1]).toContain(quote);
    }
  });

  it('gives the key figures: delegation, budgets, the new dialogue', () => {
    const figures = composeDigest(kb, initialChannelState('111'), NOW).message.embeds.find((embed) => embed.title === 'Key figures')!;
    const text = textOf([figures]);
    for (const expected of ['up to 32 people', 'over 2 weeks', 'NT$15.43 million for 2026', 'up to NT$471.23 million (approximately US$15.45 million) for 2026–2028', 'NT$152.50 million (US$5.11 million) for 2026', 'Defense Policy Special Conference']) {
      expect(text).toContain(expected);
    }
  });

  it('labels a featured judgement as Jin Zhong’s', () => {
    let state: ChannelDigestState = initialChannelState('444');
    for (;;) {
      const digest = composeDigest(kb, state, NOW);
      if (kb.byId.get(digest.featuredFactId!)!.stance === 'judgement') {
        expect(textOf(digest.message.embeds.filter((embed) => embed.title?.startsWith('Featured')))).toContain("Jin Zhong's judgement, not established fact");
        return;
      }
      state = digest.nextState;
    }
  });

  it('stays within Discord limits when every fact is new, counting what it could not show', () => {
    const digest = composeDigest(kb, { ...afterFirstDigest(), seenVersions: {} }, NOW);
    expect(replyProblems(digest.message)).toEqual([]);
    const overview = digest.message.embeds[0]!;
    const shown = overview.fields!.filter((field) => !field.name.startsWith('📄')).length;
    expect(shown).toBeGreaterThan(0);
    expect(overview.description).toContain(`…and ${kb.facts.length - shown} more new facts`);
  });

  it('leaves out a key figure whose fact a curator removed', () => {
    const smaller = kbWith((facts) => facts.splice(facts.findIndex((fact) => fact.id === 'dpsc-definition'), 1));
    const figures = composeDigest(smaller, initialChannelState('111'), NOW).message.embeds.find((embed) => embed.title === 'Key figures')!;
    expect(figures.fields!.map((field) => field.name)).toEqual(['Delegation', 'JFD budget']);
  });
});
