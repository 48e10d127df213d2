/**
 * The digest a channel receives: what is new in the fact base, one featured fact, and the key figures, each
 * item with its citation. Pure: the channel's state goes in, the message and the state to keep come out.
 *
 * What counts as new: a fact whose version (id + `updated` date) the channel has not been shown. After each
 * posted digest the channel has seen every fact as it then stood. The first digest in a channel has no
 * "before", so it lists nothing as new (every fact would be) and says so; it is never skipped, since it
 * introduces the digest. Comparing versions rather than dates means a fact corrected on the day of a digest
 * is still announced next time, and one already announced is not announced again.
 *
 * Discord's limits are met by construction: items are added whole while they fit (the answer text may be
 * shortened, a citation never is), and the rest is counted in a closing line.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Fact, FactValue } from '../knowledge/schema.ts';
import { formatMoney } from '../engine/money.ts';
import { describeValue } from '../engine/values.ts';
import { citationLine } from '../reply/citation.ts';
import { inertText } from '../reply/escape.ts';
import { answerEmbed, singleFactBlock } from '../reply/fact.ts';
import { embedLength, LIMITS, truncate } from '../reply/limits.ts';
import { paginate } from '../reply/paging.ts';
import { articleFooter, COLOURS, JUDGEMENT_LABEL } from '../reply/style.ts';

/** What a channel's digests remember (stored per channel; see src/store/digest.ts). */
export interface ChannelDigestState {
  channelId: string;
  /** The scheduled time of the last digest posted here, or null before the first. */
  lastDigestAt: string | null;
  /** Facts featured in the current rotation cycle, oldest first. */
  featuredShown: string[];
  /** The version (`updated` date) of each fact as of the last digest. */
  seenVersions: Record<string, string>;
}

export function initialChannelState(channelId: string): ChannelDigestState {
  return { channelId, lastDigestAt: null, featuredShown: [], seenVersions: {} };
}

/** The message, in Discord's JSON shape (compatible with ReplyData and with a channel message body). */
export interface DigestMessage {
  embeds: APIEmbed[];
}

export interface ComposedDigest {
  message: DigestMessage;
  firstDigest: boolean;
  newFactIds: string[];
  /** Nothing new and not the first digest: a subscription may skip this run. */
  nothingNew: boolean;
  featuredFactId: string | null;
  /** To store once the digest is posted (and only then). */
  nextState: ChannelDigestState;
}

/** The figures every digest repeats, by fact id; a fact a curator removed is left out, not an error. */
const KEY_FIGURES: ReadonlyArray<{ label: string; factIds: readonly string[] }> = [
  { label: 'Delegation', factIds: ['delegation-size', 'delegation-duration', 'delegation-travel-budget'] },
  { label: 'JFD budget', factIds: ['jfd-total-budget', 'jfd-2026-budget'] },
  { label: 'New dialogue', factIds: ['dpsc-definition'] },
];
const KEY_FIGURE_ANSWER_LENGTH = 240;
const TITLE = 'Article digest';

/** "up to 32 people", "over 2 weeks", "NT$152.50 million (US$5.11 million) for 2026"; null without figures. */
function describeValues(values: readonly FactValue[]): string | null {
  const parts: string[] = [];
  for (const value of values) {
    if (value.kind === 'count' || value.kind === 'duration') parts.push(describeValue(value));
  }
  const money = values.filter((value) => value.kind === 'money');
  const twd = money.find((value) => value.currency === 'TWD');
  const primary = twd ?? money[0];
  if (primary) {
    const usd = twd && money.find((value) => value.currency === 'USD' && value.years.join() === twd.years.join());
    const years = primary.years.length > 1 ? `${primary.years[0]}–${primary.years.at(-1)}` : String(primary.years[0]);
    const converted = usd ? ` (${formatMoney(usd.millions, 'USD', usd.qualifier)})` : '';
    parts.push(`${formatMoney(primary.millions, primary.currency, primary.qualifier)}${converted} for ${years}`);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

/** One line per fact: its figures (or its answer) and its first citation, which is never cut. */
function keyFigureLine(fact: Fact): string {
  const values = describeValues(fact.values);
  const summary = values ? `**${inertText(fact.subject)}:** ${values}` : truncate(inertText(fact.answer), KEY_FIGURE_ANSWER_LENGTH);
  const judgement = fact.stance === 'judgement' ? ` (*${JUDGEMENT_LABEL}*)` : '';
  return `${summary}${judgement}\n${citationLine(fact.citations[0]!)}`;
}

function keyFiguresEmbed(kb: KnowledgeBase): APIEmbed {
  const fields = KEY_FIGURES.flatMap(({ label, factIds }) => {
    const facts = factIds.map((id) => kb.byId.get(id)).filter((fact): fact is Fact => fact !== undefined);
    // Whole lines only: a line that would overflow the field is left out, never cut.
    const lines: string[] = [];
    for (const line of facts.map(keyFigureLine)) {
      if ([...lines, line].join('\n').length <= LIMITS.fieldValue) lines.push(line);
    }
    return lines.length > 0 ? [{ name: label, value: lines.join('\n') }] : [];
  });
  return { color: COLOURS.info, title: 'Key figures', fields, footer: articleFooter(kb.article) };
}

/** A stable, channel-specific order, so channels do not all feature the same fact on the same day. */
function rotationOrder(facts: readonly Fact[], channelId: string): Fact[] {
  const key = (fact: Fact) => {
    let hash = 2166136261; // FNV-1a
    for (const char of `${channelId}:${fact.id}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    return hash;
  };
  return [...facts].sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id));
}

/** The next fact not yet featured in this cycle; when all have been, a new cycle starts. */
function pickFeatured(kb: KnowledgeBase, state: ChannelDigestState): { fact: Fact | null; shown: string[] } {
  const order = rotationOrder(kb.facts, state.channelId);
  const shown = state.featuredShown.filter((id) => kb.byId.has(id));
  const next = order.find((fact) => !shown.includes(fact.id));
  if (next) return { fact: next, shown: [...shown, next.id] };
  const first = order[0] ?? null;
  return { fact: first, shown: first ? [first.id] : [] };
}

function featuredEmbed(fact: Fact, kb: KnowledgeBase): APIEmbed {
  const { footer: _footer, ...embed } = answerEmbed(fact, kb.article);
  return { ...embed, title: truncate(`Featured fact: ${embed.title}`, LIMITS.embedTitle) };
}

const dateOf = (iso: string) => iso.slice(0, 10);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function headline(kb: KnowledgeBase, state: ChannelDigestState, newCount: number): string {
  if (state.lastDigestAt === null) {
    return `The first digest in this channel. From the next one on, facts added to or corrected in the bot's fact base (${plural(kb.facts.length, 'fact')} today) are listed here first.`;
  }
  const since = dateOf(state.lastDigestAt);
  return newCount === 0
    ? `Nothing new in the fact base since the last digest (${since}).`
    : `**New since the last digest (${since}):** ${plural(newCount, 'fact')} added or corrected.`;
}

/** The digest for one channel at `now` (the run's scheduled time). */
export function composeDigest(kb: KnowledgeBase, state: ChannelDigestState, now: Date): ComposedDigest {
  const firstDigest = state.lastDigestAt === null;
  const newFacts = firstDigest ? [] : kb.facts.filter((fact) => state.seenVersions[fact.id] !== fact.updated);
  const { fact: featured, shown } = pickFeatured(kb, state);
  const others = [...(featured ? [featuredEmbed(featured, kb)] : []), keyFiguresEmbed(kb)];

  // What is new gets the room the other embeds leave within the message total, as whole facts.
  const intro = headline(kb, state, newFacts.length);
  const more = (count: number) => `…and ${plural(count, 'more new fact')}: ask the bot, or see /facts.`;
  const reserved = others.reduce((sum, embed) => sum + embedLength(embed), 0) + TITLE.length + intro.length + more(newFacts.length).length + 2;
  const room = LIMITS.embedTotal - reserved;
  const blocks = newFacts.map((fact) => singleFactBlock(fact));
  const firstPage = room > 0 && blocks.length > 0 ? paginate(blocks, room)[0]! : [];
  // paginate never leaves a page empty, so a single block larger than the room still has to be dropped here.
  const pageLength = firstPage.flat().reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const shownBlocks = pageLength <= room ? firstPage : [];
  const left = blocks.length - shownBlocks.length;
  const overview: APIEmbed = {
    color: COLOURS.info,
    title: TITLE,
    description: truncate(left > 0 ? `${intro}\n\n${more(left)}` : intro, LIMITS.embedDescription),
    fields: shownBlocks.flat(),
    timestamp: now.toISOString(),
  };

  return {
    message: { embeds: [overview, ...others] },
    firstDigest,
    newFactIds: newFacts.map((fact) => fact.id),
    nothingNew: !firstDigest && newFacts.length === 0,
    featuredFactId: featured?.id ?? null,
    nextState: {
      channelId: state.channelId,
      lastDigestAt: now.toISOString(),
      featuredShown: shown,
      seenVersions: Object.fromEntries(kb.facts.map((fact) => [fact.id, fact.updated])),
    },
  };
}
