/** Keeps a message's embeds within Discord's 6000 characters by cutting prose, never citation fields. */
import type { APIEmbed } from 'discord-api-types/v10';
import { embedLength, LIMITS, truncate } from './limits.ts';

/** Descriptions are cut no shorter than this; past it, whole trailing embeds go instead. */
const MIN_DESCRIPTION_LENGTH = 200;

/**
 * `embeds` within the message total: the longest descriptions (the prose) are cut first, then the last
 * embeds (the least relevant) are dropped whole, so every embed that stays keeps all its citations.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embeds).map((embed) => ({ ...embed }));
  const total = () => fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  let excess = total() - LIMITS.embedTotal;
  while (excess > 0) {
    const longest = fitted.reduce((best, embed) => ((embed.description?.length ?? 0) > (best.description?.length ?? 0) ? embed : best));
    const length = longest.description?.length ?? 0;
    if (length <= MIN_DESCRIPTION_LENGTH) break;
    longest.description = truncate(longest.description!, Math.max(MIN_DESCRIPTION_LENGTH, length - excess));
    excess = total() - LIMITS.embedTotal;
  }
  while (fitted.length > 1 && total() > LIMITS.embedTotal) fitted.pop();
  return fitted;
}
