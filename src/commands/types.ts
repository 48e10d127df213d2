/**
 * The contract between commands and transports. A command turns a request into reply data; it never
 * touches Discord. A transport (the discord.js gateway, the local console, a test) builds the request from
 * whatever it received and delivers the reply. Reply data uses Discord's own JSON shapes
 * (discord-api-types), which the console renders as text.
 */
import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIComponentInMessageActionRow,
  APIEmbed,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { DigestServices } from '../digest/runtime.ts';
import type { Engine } from '../engine/engine.ts';
import type { FeedbackStore } from '../store/feedback.ts';

export interface ReplyData {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Seen by the person who asked alone. */
  ephemeral?: boolean;
  /** The one user this reply may ping (`/ask mention:`); every other mention is inert. */
  pingUserId?: string;
  /** For a button: replace the message it sits on (paging) instead of sending a new reply. */
  updateMessage?: boolean;
}

/** What every handler may use. Plain objects and functions: tests build their own. */
export interface CommandServices {
  engine: Engine;
  feedback: FeedbackStore;
  now(): Date;
  /** Scheduled digests (/digest); absent where the bot has no Discord connection (the local console). */
  digest?: DigestServices;
}

export type OptionValue = string | number | boolean;

export interface CommandRequest {
  /** Options by name (for a subcommand, its own options), already typed by the transport. */
  options: Readonly<Record<string, OptionValue | undefined>>;
  subcommand?: string;
  userId: string;
  guildId: string | null;
  channelId: string | null;
  /** The member's permissions in that channel, as Discord's bitfield string, when in a server. */
  memberPermissions?: string;
  locale?: string;
  /** For a button: the message it sits on (its text holds the question a 👍/👎 is about). */
  message?: { content: string };
}

/** A message context-menu request: the message the user clicked on. */
export interface MessageCommandRequest extends CommandRequest {
  targetMessage: { id: string; content: string };
}

export interface ChatCommand {
  kind: 'chat';
  data: RESTPostAPIApplicationCommandsJSONBody;
  execute(request: CommandRequest, services: CommandServices): ReplyData | Promise<ReplyData>;
  /**
   * Whether the reply to `request` is for the asker alone, known before it is ready: a transport that must
   * acknowledge a slow reply early (Discord's deferral) can then keep even its "thinking…" placeholder
   * private. Absent means public.
   */
  repliesPrivately?(request: CommandRequest): boolean;
  /** Suggestions while the user types the focused option (at most 25, each at most 100 characters). */
  autocomplete?(focused: { name: string; value: string }, request: CommandRequest, services: CommandServices): APIApplicationCommandOptionChoice[];
}

export interface MessageCommand {
  kind: 'message';
  data: RESTPostAPIApplicationCommandsJSONBody;
  execute(request: MessageCommandRequest, services: CommandServices): ReplyData | Promise<ReplyData>;
  /** As for ChatCommand. */
  repliesPrivately?(request: MessageCommandRequest): boolean;
}

/**
 * Buttons: a handler owns every custom_id that starts with `${prefix}:`; the rest of the id is its own
 * (e.g. "ask:para:delegation-size"), kept short because Discord allows 100 characters.
 */
export interface ComponentHandler {
  prefix: string;
  handle(args: string[], request: CommandRequest, services: CommandServices): ReplyData | Promise<ReplyData>;
}
