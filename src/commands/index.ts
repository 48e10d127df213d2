/**
 * The registry: every command and button handler the bot serves, and lookups by name and custom_id.
 * To add a command: import it here and add it to CONTENT_COMMANDS (and its button handler, if any, to
 * COMPONENT_HANDLERS); /help and deploy-commands pick it up from these lists.
 */
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { askButtons, askCommand } from './ask.ts';
import { budgetCommand, budgetPages } from './budget.ts';
import { checkMessageCommand } from './check-message.ts';
import { delegationCommand, delegationPages } from './delegation.ts';
import { digestCommand } from './digest.ts';
import { factsCommand, factsPages } from './facts.ts';
import { createHelpCommand } from './help.ts';
import { sourceCommand } from './source.ts';
import { tiersCommand, tiersPages } from './tiers.ts';
import type { ChatCommand, ComponentHandler, MessageCommand } from './types.ts';

/** The slash commands about the article, in the order /help lists them. */
const CONTENT_COMMANDS: readonly ChatCommand[] = [askCommand, factsCommand, tiersCommand, budgetCommand, delegationCommand, sourceCommand];

export const MESSAGE_COMMANDS: readonly MessageCommand[] = [checkMessageCommand];

export const CHAT_COMMANDS: readonly ChatCommand[] = [...CONTENT_COMMANDS, digestCommand, createHelpCommand(() => [...CHAT_COMMANDS, ...MESSAGE_COMMANDS])];

export const COMPONENT_HANDLERS: readonly ComponentHandler[] = [askButtons, factsPages, tiersPages, budgetPages, delegationPages];

/** What `deploy-commands` registers: every command's JSON, slash commands first. */
export const COMMAND_DATA: readonly RESTPostAPIApplicationCommandsJSONBody[] = [...CHAT_COMMANDS, ...MESSAGE_COMMANDS].map((command) => command.data);

const chatByName = new Map(CHAT_COMMANDS.map((command) => [command.data.name, command]));
const messageByName = new Map(MESSAGE_COMMANDS.map((command) => [command.data.name, command]));
const handlerByPrefix = new Map(COMPONENT_HANDLERS.map((handler) => [handler.prefix, handler]));

export function findChatCommand(name: string): ChatCommand | undefined {
  return chatByName.get(name);
}

export function findMessageCommand(name: string): MessageCommand | undefined {
  return messageByName.get(name);
}

/** The handler that owns a button's custom_id ("prefix:arg:arg"), with the args after the prefix. */
export function findComponentHandler(customId: string): { handler: ComponentHandler; args: string[] } | undefined {
  const [prefix, ...args] = customId.split(':');
  const handler = handlerByPrefix.get(prefix ?? '');
  return handler ? { handler, args } : undefined;
}
