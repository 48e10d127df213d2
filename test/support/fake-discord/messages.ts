// Messages the bot (or a simulated user) posted, with Discord's size limits and nonce de-duplication.
import {
  MessageFlags,
  MessageType,
  type APIEmbed,
  type APIMessage,
  type APIMessageTopLevelComponent,
  type APIUser,
} from 'discord-api-types/v10';
import { checkLength, errors, FormErrors } from './errors.ts';
import { snowflake } from './world.ts';

/** The message fields shared by channel messages, interaction responses and webhook edits (edits may send null). */
export interface MessageInput {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  flags?: number | null;
  tts?: boolean;
  sticker_ids?: string[];
  poll?: unknown;
}

/** Docs say "the past few minutes"; five is the assumption here. */
const NONCE_WINDOW_MS = 5 * 60_000;

/** Field limits from the message and embed docs, reported as 50035 Invalid Form Body like Discord does. */
export function validateMessage(input: MessageInput, prefix: readonly (string | number)[] = []): void {
  const errs = new FormErrors();
  checkLength(errs, [...prefix, 'content'], input.content ?? undefined, 0, 2000);
  const embeds = input.embeds ?? [];
  checkLength(errs, [...prefix, 'embeds'], embeds, 0, 10);
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = [...prefix, 'embeds', i];
    checkLength(errs, [...at, 'title'], embed.title, 0, 256);
    checkLength(errs, [...at, 'description'], embed.description, 0, 4096);
    checkLength(errs, [...at, 'fields'], embed.fields, 0, 25);
    embed.fields?.forEach((field, j) => {
      checkLength(errs, [...at, 'fields', j, 'name'], field.name, 0, 256);
      checkLength(errs, [...at, 'fields', j, 'value'], field.value, 0, 1024);
    });
    checkLength(errs, [...at, 'footer', 'text'], embed.footer?.text, 0, 2048);
    checkLength(errs, [...at, 'author', 'name'], embed.author?.name, 0, 256);
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  });
  if (total > 6000) errs.add([...prefix, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Embed size exceeds maximum size of 6000');
  errs.throwIfAny();
}

/** Whitespace-only content counts as empty, as on Discord. */
export function isEmptyMessage(input: MessageInput): boolean {
  return (
    !input.content?.trim() &&
    !input.embeds?.length &&
    !input.components?.length &&
    !input.sticker_ids?.length &&
    input.poll === undefined
  );
}

export class MessageStore {
  /** Every live message, oldest first; deleted ones are removed. */
  readonly all: APIMessage[] = [];
  private readonly nonces = new Map<string, { messageId: string; at: number }>();

  create(channelId: string, author: APIUser, input: MessageInput, extra: Partial<APIMessage> = {}): APIMessage {
    const message: APIMessage = {
      id: snowflake(),
      channel_id: channelId,
      author,
      content: input.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: input.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: input.embeds ?? [],
      components: input.components ?? [],
      pinned: false,
      type: MessageType.Default,
      flags: input.flags ?? 0,
      ...extra,
    };
    this.all.push(message);
    return message;
  }

  get(channelId: string, messageId: string): APIMessage | undefined {
    return this.all.find((m) => m.id === messageId && m.channel_id === channelId);
  }

  /** The message this author already created with this nonce within the window, if any. */
  byNonce(authorId: string, nonce: string | number): APIMessage | undefined {
    const seen = this.nonces.get(`${authorId}:${nonce}`);
    if (!seen || Date.now() - seen.at > NONCE_WINDOW_MS) return undefined;
    return this.all.find((m) => m.id === seen.messageId);
  }

  rememberNonce(message: APIMessage, nonce: string | number): void {
    this.nonces.set(`${message.author.id}:${nonce}`, { messageId: message.id, at: Date.now() });
  }

  /** Applies an edit in place; null clears a field, absent keeps it. */
  edit(message: APIMessage, input: MessageInput): APIMessage {
    const next = {
      content: input.content === undefined ? message.content : (input.content ?? ''),
      embeds: input.embeds === undefined ? message.embeds : (input.embeds ?? []),
      components: input.components === undefined ? message.components : (input.components ?? []),
    };
    if (isEmptyMessage({ ...next, poll: message.poll })) throw errors.emptyMessage();
    const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    Object.assign(message, next);
    if (input.flags != null) message.flags = ((message.flags ?? 0) & MessageFlags.Ephemeral) | input.flags;
    // Editing a deferred response fills the placeholder; only later edits show as edited.
    if (wasLoading) message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    else message.edited_timestamp = new Date().toISOString();
    return message;
  }

  delete(message: APIMessage): void {
    this.all.splice(this.all.indexOf(message), 1);
  }
}
