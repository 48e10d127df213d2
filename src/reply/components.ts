/** Buttons and action rows, within Discord's limits by construction. */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIComponentInMessageActionRow } from 'discord-api-types/v10';
import type { ReplyData } from '../commands/types.ts';
import { LIMITS, truncate } from './limits.ts';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface ButtonSpec {
  customId: string;
  label: string;
  emoji?: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
  disabled?: boolean;
}

/** The parts of a custom_id joined with ':'; a caller's id that would pass Discord's 100 is a bug. */
export function customId(...parts: Array<string | number>): string {
  const id = parts.join(':');
  if (id.length > LIMITS.customId) throw new Error(`custom_id longer than ${LIMITS.customId}: ${id}`);
  return id;
}

export function button(spec: ButtonSpec): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: spec.style ?? ButtonStyle.Secondary,
    custom_id: spec.customId,
    label: truncate(spec.label, LIMITS.buttonLabel),
    ...(spec.emoji ? { emoji: { name: spec.emoji } } : {}),
    ...(spec.disabled ? { disabled: true } : {}),
  };
}

/** Buttons in rows of five; more than five rows' worth is a bug in the caller. */
export function actionRows(buttons: readonly APIButtonComponentWithCustomId[]): ActionRow[] {
  const rows: ActionRow[] = [];
  for (let start = 0; start < buttons.length; start += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(start, start + LIMITS.buttonsPerRow) });
  }
  if (rows.length > LIMITS.actionRows) throw new Error(`${buttons.length} buttons need more than ${LIMITS.actionRows} rows`);
  return rows;
}

/** For a button whose custom_id we no longer understand (an old message, a forged id). */
export function staleButtonReply(): ReplyData {
  return { content: 'That button is out of date. Run the command again for a fresh reply.', ephemeral: true };
}
