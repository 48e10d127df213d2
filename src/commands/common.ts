/**
 * What every command module shares: how its data is declared (installable in servers and by users, usable
 * in servers, the bot's DMs and group DMs, named in English and Traditional Chinese) and how it looks up
 * the facts it is built from.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  Locale,
  SlashCommandBuilder,
} from 'discord.js';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Fact } from '../knowledge/schema.ts';

const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];

export interface Names {
  name: string;
  description: string;
  /** zh-TW: a name must still match Discord's pattern (lower case; Chinese characters are fine). */
  zhName: string;
  zhDescription: string;
}

/** A slash command's builder with its names, scope and contexts set; add options, then `.toJSON()`. */
export function slashCommand(names: Names): SlashCommandBuilder {
  return localise(new SlashCommandBuilder(), names)
    .setIntegrationTypes(INTEGRATION_TYPES)
    .setContexts(CONTEXTS);
}

/** A message context-menu command (its name is what the menu shows; it has no description). */
export function messageCommand(name: string, zhName: string): ContextMenuCommandBuilder {
  return new ContextMenuCommandBuilder()
    .setName(name)
    .setNameLocalizations({ [Locale.ChineseTW]: zhName })
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(INTEGRATION_TYPES)
    .setContexts(CONTEXTS);
}

interface Localisable {
  setName(name: string): unknown;
  setDescription(description: string): unknown;
  setNameLocalizations(localizations: Partial<Record<Locale, string | null>> | null): unknown;
  setDescriptionLocalizations(localizations: Partial<Record<Locale, string | null>> | null): unknown;
}

/** Names a command or an option in English and zh-TW. */
export function localise<T extends Localisable>(builder: T, names: Names): T {
  builder.setName(names.name);
  builder.setDescription(names.description);
  builder.setNameLocalizations({ [Locale.ChineseTW]: names.zhName });
  builder.setDescriptionLocalizations({ [Locale.ChineseTW]: names.zhDescription });
  return builder;
}

/**
 * A fact a command is built around (the delegation card, the tiers). Its absence is a broken fact base,
 * not a user error: the command tests render every such command, so it cannot ship.
 */
export function requireFact(kb: KnowledgeBase, id: string): Fact {
  const fact = kb.byId.get(id);
  if (!fact) throw new Error(`fact "${id}" is missing from the fact base`);
  return fact;
}
