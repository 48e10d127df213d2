/**
 * The message context-menu command "Check against the article": each checkable claim of the message
 * (counts, amounts, years, durations, who leads, which dialogue ranks where) with its verdict and the
 * passage, shown to the clicker alone.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { checkClaims, OVERALL_LABELS, overallVerdict, VERDICT_LABELS, type ClaimCheck, type Verdict } from '../engine/claims.ts';
import { escapeUserText, inertText } from '../reply/escape.ts';
import { citedBlock } from '../reply/fact.ts';
import { LIMITS } from '../reply/limits.ts';
import { paginate } from '../reply/paging.ts';
import { articleFooter, COLOURS, JUDGEMENT_LABEL, JUDGEMENT_MARK } from '../reply/style.ts';
import { messageCommand } from './common.ts';
import type { MessageCommand, ReplyData } from './types.ts';

/** Longer than any Discord message (4000 with Nitro): a forged request gets no more work than a real one. */
const MAX_CHECKED_LENGTH = 4000;
const CLAIM_ECHO_LENGTH = 100;
/** Room the title, description and footer may take, kept clear of the claims. */
const FRAME_ROOM = 1200;

const MARKS: Record<Verdict, string> = { supported: '✅', contradicted: '❌', not_in_article: '❔' };

function claimBlock(check: ClaimCheck) {
  const [mark, label] = [MARKS[check.verdict], VERDICT_LABELS[check.verdict]];
  const judgement = check.fact?.stance === 'judgement' ? `${JUDGEMENT_MARK} *${JUDGEMENT_LABEL}.* ` : '';
  return citedBlock(`${mark} ${label}: “${escapeUserText(check.claim, CLAIM_ECHO_LENGTH)}”`, `${judgement}${inertText(check.explanation)}`, check.citations);
}

function summary(checks: readonly ClaimCheck[]): string {
  const counts = (Object.keys(MARKS) as Verdict[])
    .map((verdict) => [verdict, checks.filter((check) => check.verdict === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${VERDICT_LABELS[verdict].toLowerCase()}`);
  return `${checks.length} claim${checks.length === 1 ? '' : 's'} checked: ${counts.join(', ')}.`;
}

export const checkMessageCommand: MessageCommand = {
  kind: 'message',
  data: messageCommand('Check against the article', '與文章核對').toJSON(),
  repliesPrivately: () => true,
  execute(request, services): ReplyData {
    const { engine } = services;
    const text = request.targetMessage.content.slice(0, MAX_CHECKED_LENGTH);
    const footer = articleFooter(engine.kb.article);
    if (!text.trim()) return { content: 'That message has no text to check: only its words are checked, not attachments or embeds.', ephemeral: true };
    const checks = checkClaims(engine, text);
    if (checks.length === 0) {
      const embed: APIEmbed = {
        color: COLOURS.notInArticle,
        title: 'Nothing to check',
        description: 'I check counts, amounts, years, durations, who leads the delegation and which dialogue ranks where. This message states none of those.',
        footer,
      };
      return { embeds: [embed], ephemeral: true };
    }
    // One message: the first page of claims; a message with more says how many are left out.
    const pages = paginate(checks.map(claimBlock), LIMITS.embedTotal - FRAME_ROOM);
    const shown = pages[0]!.length;
    const more = shown < checks.length ? ` Showing the first ${shown}.` : '';
    const anyContradicted = checks.some((check) => check.verdict === 'contradicted');
    const embed: APIEmbed = {
      color: anyContradicted ? COLOURS.problem : COLOURS.answered,
      title: OVERALL_LABELS[overallVerdict(checks)],
      description: `${summary(checks)}${more}`,
      fields: pages[0]!.flat(),
      footer,
    };
    return { embeds: [embed], ephemeral: true };
  },
};
