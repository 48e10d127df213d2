/**
 * The local console: the bot's commands without Discord. Each line is a command (`/ask how big is the
 * delegation`, `/facts budgets`, `/source 3`, `/budget currency:usd`), a bare question (= /ask), or the
 * number of a button under the last reply. The replies are the commands' own ReplyData, rendered as text.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import type { APIApplicationCommandOption, APIButtonComponentWithCustomId, APIEmbed } from 'discord-api-types/v10';
import { CHAT_COMMANDS, findChatCommand, findComponentHandler, MESSAGE_COMMANDS } from '../commands/index.ts';
import type { CommandRequest, CommandServices, MessageCommand, OptionValue, ReplyData } from '../commands/types.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  services: CommandServices;
  /** Print the greeting (what this is, how to connect to Discord) first; on by default. */
  greeting?: boolean;
  /** Written before each line is read; "> " by default, "" for none. */
  prompt?: string;
}

const QUIT = new Set(['/quit', '/exit']);

/** Discord markdown made plain for a terminal: no fences, bold or italics markers, escapes undone. */
function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^```/.test(line))
    .join('\n')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=[\s).,:;!?]|$)/gm, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\\([\\*_`~|>#\-[\]()])/g, '$1');
}

function indent(text: string, prefix = '  '): string {
  return text.split('\n').map((line) => prefix + line).join('\n');
}

function renderEmbed(embed: APIEmbed): string {
  const parts: string[] = [];
  if (embed.title) parts.push(`── ${plainText(embed.title)} ──`);
  if (embed.description) parts.push(plainText(embed.description));
  for (const field of embed.fields ?? []) parts.push(`• ${plainText(field.name)}\n${indent(plainText(field.value))}`);
  if (embed.footer) parts.push(`— ${plainText(embed.footer.text)}`);
  return parts.join('\n');
}

/** The buttons a user can press, in reading order. */
function pressableButtons(reply: ReplyData): APIButtonComponentWithCustomId[] {
  return (reply.components ?? [])
    .flatMap((row) => row.components)
    .filter((component): component is APIButtonComponentWithCustomId => 'custom_id' in component && !component.disabled);
}

/** A reply as plain text: notes (private, replaces), content, embeds, then its buttons as numbered hints. */
export function renderReplyAsText(reply: ReplyData): string {
  const parts: string[] = [];
  const notes = [reply.ephemeral ? 'only you would see this reply' : '', reply.updateMessage ? 'replaces the message above' : ''].filter(Boolean);
  if (notes.length > 0) parts.push(`(${notes.join('; ')})`);
  if (reply.content) parts.push(plainText(reply.content));
  for (const embed of reply.embeds ?? []) parts.push(renderEmbed(embed));
  const buttons = pressableButtons(reply);
  if (buttons.length > 0) {
    const hints = buttons.map((button, index) => `[${index + 1}] ${button.emoji?.name ? `${button.emoji.name} ` : ''}${button.label ?? ''}`.trimEnd());
    parts.push(`Buttons: ${hints.join('  ')}  (type a number to press one)`);
  }
  return parts.join('\n\n');
}

/** A choice's value from what the user typed: its value or its name, in any case. */
function choiceValue(option: APIApplicationCommandOption, typed: string): string {
  if (!('choices' in option) || !option.choices) return typed;
  const wanted = typed.toLowerCase();
  const choice = option.choices.find((candidate) => String(candidate.value).toLowerCase() === wanted || candidate.name.toLowerCase() === wanted);
  return choice ? String(choice.value) : typed;
}

function typedValue(option: APIApplicationCommandOption, typed: string): OptionValue {
  switch (option.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return Number(typed);
    case ApplicationCommandOptionType.Boolean:
      return /^(true|yes|1)$/i.test(typed);
    default:
      return choiceValue(option, typed);
  }
}

/**
 * Options from the text after the command: `name:value …` as in Discord, or (without names) everything
 * for the first option, so that `/ask how big is it` and `/source 3` work as typed.
 */
export function parseOptions(options: readonly APIApplicationCommandOption[], text: string): Record<string, OptionValue> {
  const parsed: Record<string, OptionValue> = {};
  if (!text) return parsed;
  const byName = new Map(options.map((option) => [option.name, option]));
  const names = [...byName.keys()].map((name) => name.replace(/[-]/g, '\\-'));
  const named = names.length > 0 ? [...text.matchAll(new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g'))] : [];
  if (named.length === 0 || named[0]!.index !== 0) {
    const first = options[0];
    if (first) parsed[first.name] = typedValue(first, text);
    return parsed;
  }
  named.forEach((match, index) => {
    const start = match.index! + match[0].length;
    const end = named[index + 1]?.index ?? text.length;
    const option = byName.get(match[1]!)!;
    parsed[option.name] = typedValue(option, text.slice(start, end).trim());
  });
  return parsed;
}

/** A message command's console name: its first word ("Check against the article" -> /check). */
function consoleName(command: MessageCommand): string {
  return command.data.name.split(' ')[0]!.toLowerCase();
}

export function greetingText(services: CommandServices): string {
  const { article, facts } = services.engine.kb;
  return [
    `Local console for “${article.title}” (${facts.length} facts). Same commands, same answers as on Discord, as text.`,
    'Not connected to Discord: to serve it, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see .env.example), run `npm run deploy-commands`, then `npm start`.',
    `Type /help for the commands, or just ask a question. ${[...QUIT].join(' or ')} (or Ctrl+D) leaves.`,
  ].join('\n');
}

function unknownCommandText(name: string): string {
  const known = [...CHAT_COMMANDS.map((command) => `/${command.data.name}`), ...MESSAGE_COMMANDS.map((command) => `/${consoleName(command)}`)];
  return `There is no /${name}. Commands: ${known.join(', ')}. /help explains them.`;
}

/**
 * Runs the console until `input` ends or the user quits. Every reply goes through the same commands and
 * handlers the Discord transport uses; a failing handler prints an apology and the console goes on.
 */
export async function runConsole({ input, output, services, greeting = true, prompt = '> ' }: ConsoleOptions): Promise<void> {
  const request: CommandRequest = { options: {}, userId: 'console', guildId: null, channelId: null };
  const write = (text: string) => output.write(`${text}\n`);
  let buttons: APIButtonComponentWithCustomId[] = [];
  /** The text of the message those buttons sit on, as Discord hands it to a button's handler. */
  let buttonsMessage = '';

  /** Whether `line` presses a button of the last message (its reply leaves that message's buttons in place). */
  const pressesButton = (line: string) => /^\d+$/.test(line) && buttons.length > 0;

  async function respond(line: string): Promise<ReplyData | string> {
    if (pressesButton(line)) {
      const pressed = buttons[Number(line) - 1];
      if (!pressed) return `There is no button ${line}; the last reply has ${buttons.length}.`;
      const found = findComponentHandler(pressed.custom_id);
      return found ? found.handler.handle(found.args, { ...request, message: { content: buttonsMessage } }, services) : 'That button does nothing here.';
    }
    const [, name, rest = ''] = line.match(/^\/(\S+)\s*([\s\S]*)$/) ?? [];
    if (name === undefined) return findChatCommand('ask')!.execute({ ...request, options: { question: line } }, services);
    const chat = findChatCommand(name.toLowerCase());
    if (chat) {
      const options = chat.data.type === ApplicationCommandType.ChatInput || chat.data.type === undefined ? (chat.data.options ?? []) : [];
      return chat.execute({ ...request, options: parseOptions(options, rest.trim()) }, services);
    }
    const message = MESSAGE_COMMANDS.find((command) => consoleName(command) === name.toLowerCase());
    if (message) return message.execute({ ...request, targetMessage: { id: 'console', content: rest } }, services);
    return unknownCommandText(name);
  }

  if (greeting) write(greetingText(services));
  output.write(prompt);
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line) {
      try {
        const pressed = pressesButton(line);
        const reply = await respond(line);
        if (typeof reply === 'string') {
          write(reply);
        } else {
          write(renderReplyAsText(reply));
          // A button's own reply (a paragraph, thanks) comes beside the message; paging replaces it.
          if (!pressed || reply.updateMessage || pressableButtons(reply).length > 0) {
            buttons = pressableButtons(reply);
            buttonsMessage = reply.content ?? '';
          }
        }
      } catch (error) {
        write(`Sorry, that failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    output.write(prompt);
  }
  lines.close();
}
