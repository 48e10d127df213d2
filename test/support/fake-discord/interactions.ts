// Interactions: building INTERACTION_CREATE payloads the way Discord would, and the callback / webhook side of answering them.
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandInteractionDataSubcommandOption,
  type APIApplicationCommandOption,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIInteractionResponse,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type ChannelType,
  type Locale,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import type { CommandStore } from './commands.ts';
import { checkLength, errors, FormErrors } from './errors.ts';
import { isEmptyMessage, validateMessage, type MessageInput, type MessageStore } from './messages.ts';
import { noContent, ok, type RouteResult } from './router.ts';
import { snowflake, type GuildChannel, type GuildState, type World } from './world.ts';

export type OptionValues = Record<string, string | number | boolean>;

/** Where and by whom an interaction happens; defaults: the first guild, its first text channel, the tester user. */
export interface InteractionPlace {
  guildId?: string;
  channelId?: string;
  userId?: string;
  locale?: Locale;
}

interface CommandPath {
  /** Subcommand group, for `/command group subcommand`. */
  group?: string;
  subcommand?: string;
  /** Option values by name; their types come from the registered command. */
  options?: OptionValues;
}

export type InteractionInit =
  | ({ kind: 'chatInput'; command: string } & CommandPath & InteractionPlace)
  | ({ kind: 'autocomplete'; command: string; focused: string } & CommandPath & InteractionPlace)
  | ({ kind: 'button'; customId: string; messageId?: string } & InteractionPlace)
  | ({ kind: 'messageCommand'; command: string; targetMessageId: string } & InteractionPlace);

/** `/command` as a user would submit it. The command must be registered and the values must fit its options. */
export const chatInputCommand = (command: string, init: CommandPath & InteractionPlace = {}): InteractionInit => ({
  kind: 'chatInput',
  command,
  ...init,
});

/** The user is typing into option `focused`; its value in `options` is the partial text (default ''). */
export const autocomplete = (command: string, focused: string, init: CommandPath & InteractionPlace = {}): InteractionInit => ({
  kind: 'autocomplete',
  command,
  focused,
  ...init,
});

/** A click on the button with this custom_id; by default on the newest message that carries it. */
export const button = (customId: string, init: { messageId?: string } & InteractionPlace = {}): InteractionInit => ({
  kind: 'button',
  customId,
  ...init,
});

/** A message context-menu command (Apps > command) used on an existing message. */
export const messageCommand = (command: string, targetMessageId: string, init: InteractionPlace = {}): InteractionInit => ({
  kind: 'messageCommand',
  command,
  targetMessageId,
  ...init,
});

const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** Which callback types Discord accepts for which interaction type. */
const ALLOWED_CALLBACKS: Partial<Record<InteractionType, InteractionResponseType[]>> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
};

function fail(message: string): never {
  throw new Error(`fake-discord: ${message}`);
}

/** The component with this custom_id anywhere in a message (action rows, v2 containers, section accessories). */
function findComponent(nodes: readonly unknown[] | undefined, customId: string): Record<string, unknown> | undefined {
  for (const node of nodes ?? []) {
    if (typeof node !== 'object' || node === null) continue;
    const c = node as Record<string, unknown>;
    if (c.custom_id === customId) return c;
    const nested = [...(Array.isArray(c.components) ? c.components : []), ...(c.accessory ? [c.accessory] : [])];
    const found = findComponent(nested, customId);
    if (found) return found;
  }
  return undefined;
}

/** Looks up what user, role, mentionable and channel options refer to, filling data.resolved as Discord does. */
interface Resolver {
  resolved: APIInteractionDataResolved;
  /** Adds the user (and their member, if in the guild) to `resolved`; false if unknown. */
  user(id: string): boolean;
  /** Adds the role to `resolved`; false if unknown. */
  role(id: string): boolean;
  /** Adds the channel of this guild to `resolved` and returns its type; undefined if unknown. */
  channel(id: string): ChannelType | undefined;
}

/** Checks a value against its option definition the way the Discord client does before it lets the user submit. */
function optionValue(
  command: string,
  def: APIApplicationCommandOption,
  value: string | number | boolean,
  resolver: Resolver,
): APIApplicationCommandInteractionDataBasicOption {
  const where = `/${command} option "${def.name}"`;
  const checkChoices = (v: string | number) => {
    const choices: readonly { value: string | number }[] = 'choices' in def ? (def.choices ?? []) : [];
    if (choices.length > 0 && !choices.some((c) => c.value === v)) fail(`${where}: ${v} is not one of its choices`);
  };
  switch (def.type) {
    case ApplicationCommandOptionType.String:
      if (typeof value !== 'string') return fail(`${where} expects a string`);
      if (value.length < (def.min_length ?? 0) || value.length > (def.max_length ?? 6000)) {
        fail(`${where}: length ${value.length} is out of range`);
      }
      checkChoices(value);
      return { name: def.name, type: def.type, value };
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const integer = def.type === ApplicationCommandOptionType.Integer;
      if (typeof value !== 'number' || (integer && !Number.isInteger(value))) {
        return fail(`${where} expects ${integer ? 'an integer' : 'a number'}`);
      }
      if (value < (def.min_value ?? -Infinity) || value > (def.max_value ?? Infinity)) fail(`${where}: ${value} is out of range`);
      checkChoices(value);
      return { name: def.name, type: def.type, value };
    }
    case ApplicationCommandOptionType.Boolean:
      if (typeof value !== 'boolean') return fail(`${where} expects a boolean`);
      return { name: def.name, type: def.type, value };
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Role:
    case ApplicationCommandOptionType.Mentionable: {
      const id = String(value);
      const found =
        (def.type !== ApplicationCommandOptionType.Role && resolver.user(id)) ||
        (def.type !== ApplicationCommandOptionType.User && resolver.role(id));
      if (!found) fail(`${where}: no such ${def.type === ApplicationCommandOptionType.Role ? 'role' : 'user'} ${id}`);
      return { name: def.name, type: def.type, value: id };
    }
    case ApplicationCommandOptionType.Channel: {
      const id = String(value);
      const type = resolver.channel(id) ?? fail(`${where}: no channel ${id} in this server`);
      // The Discord client only offers channels of the option's channel_types.
      if (def.channel_types?.length && !def.channel_types.some((accepted) => accepted === type)) fail(`${where}: channel ${id} is of type ${type}, not one it accepts`);
      return { name: def.name, type: def.type, value: id };
    }
    default:
      return fail(`${where}: option type ${def.type} is not supported by the builders`);
  }
}

/** data.options for a command invocation, nested under the subcommand (and group) as Discord sends them. */
function commandOptions(
  cmd: APIApplicationCommand,
  path: CommandPath,
  resolver: Resolver,
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  let defs = cmd.options ?? [];
  const descend = (type: ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup, name: string) => {
    const found = defs.find((d) => d.type === type && d.name === name);
    if (!found || !('options' in found)) {
      return fail(`/${cmd.name} has no ${type === ApplicationCommandOptionType.Subcommand ? 'subcommand' : 'group'} "${name}"`);
    }
    return (found.options ?? []) as APIApplicationCommandOption[];
  };
  if (path.group !== undefined) defs = descend(ApplicationCommandOptionType.SubcommandGroup, path.group);
  if (path.subcommand !== undefined) defs = descend(ApplicationCommandOptionType.Subcommand, path.subcommand);
  const isSub = (d: APIApplicationCommandOption) =>
    d.type === ApplicationCommandOptionType.Subcommand || d.type === ApplicationCommandOptionType.SubcommandGroup;
  if (defs.some(isSub)) fail(`/${[cmd.name, path.group].filter(Boolean).join(' ')} must be invoked with a subcommand`);

  const values: OptionValues = { ...path.options };
  if (focused !== undefined) values[focused] ??= '';
  const basic = Object.entries(values).map(([name, value]): APIApplicationCommandInteractionDataBasicOption => {
    const def = defs.find((d) => d.name === name) ?? fail(`/${cmd.name} has no option "${name}"`);
    // Autocomplete sends the focused option's raw text, even for number options.
    if (name === focused) {
      return { name, type: def.type, value: String(value), focused: true } as APIApplicationCommandInteractionDataBasicOption;
    }
    return optionValue(cmd.name, def, value, resolver);
  });
  if (focused === undefined) {
    const missing = defs.filter((d) => 'required' in d && d.required && !(d.name in values)).map((d) => d.name);
    if (missing.length) fail(`/${cmd.name} is missing required options: ${missing.join(', ')}`);
  }

  if (path.subcommand === undefined) return basic;
  const sub: APIApplicationCommandInteractionDataSubcommandOption = {
    name: path.subcommand,
    type: ApplicationCommandOptionType.Subcommand,
    options: basic,
  };
  if (path.group === undefined) return [sub];
  return [{ name: path.group, type: ApplicationCommandOptionType.SubcommandGroup, options: [sub] }];
}

interface Tracked {
  interaction: APIInteraction;
  createdAt: number;
  callback?: APIInteractionResponse;
  /** The message that '@original' currently refers to. */
  originalId?: string;
  followUpIds: string[];
  settle: (response: APIInteractionResponse) => void;
  /** Clears the timeout; with a reason, also rejects the dispatch promise. */
  cancel: (reason?: Error) => void;
}

export class InteractionTracker {
  private readonly byId = new Map<string, Tracked>();
  private readonly byToken = new Map<string, Tracked>();

  constructor(
    private readonly world: World,
    private readonly commands: CommandStore,
    private readonly messages: MessageStore,
    private readonly applicationId: string,
    /** Discord drops interactions that were not answered in 3 seconds. */
    private readonly responseWindowMs: number,
  ) {}

  /** Builds the payload and starts tracking it; the promise settles with the callback body or rejects when the window passes. */
  create(init: InteractionInit): { interaction: APIInteraction; callback: Promise<APIInteractionResponse> } {
    const interaction = this.build(init);
    let tracked!: Tracked;
    const callback = new Promise<APIInteractionResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`fake-discord: ${describe(init)} was not answered within ${this.responseWindowMs} ms`));
      }, this.responseWindowMs);
      tracked = {
        interaction,
        createdAt: Date.now(),
        followUpIds: [],
        settle: (response) => {
          clearTimeout(timer);
          resolve(response);
        },
        cancel: (reason) => {
          clearTimeout(timer);
          if (reason) reject(reason);
        },
      };
    });
    this.byId.set(interaction.id, tracked);
    this.byToken.set(interaction.token, tracked);
    return { interaction, callback };
  }

  /** Stops waiting for an interaction that never reached a client; its promise stays pending. */
  forget(interactionId: string): void {
    const t = this.byId.get(interactionId);
    t?.cancel();
    this.byId.delete(interactionId);
    if (t) this.byToken.delete(t.interaction.token);
  }

  /** Rejects every interaction still waiting for its callback, so nothing keeps a timer alive after close. */
  close(): void {
    for (const t of this.byId.values()) {
      if (!t.callback) t.cancel(new Error('fake-discord: closed before the interaction was answered'));
    }
  }

  /** The message '@original' refers to now, if the response created or adopted one. */
  original(interactionId: string): APIMessage | undefined {
    const id = this.byId.get(interactionId)?.originalId;
    return id === undefined ? undefined : this.messages.all.find((m) => m.id === id);
  }

  private build(init: InteractionInit): APIInteraction {
    const message =
      init.kind === 'button'
        ? this.findButtonMessage(init.customId, init.messageId)
        : init.kind === 'messageCommand'
          ? (this.messages.all.find((m) => m.id === init.targetMessageId) ?? fail(`unknown message ${init.targetMessageId}`))
          : undefined;
    const channelId = init.channelId ?? message?.channel_id ?? this.world.defaultChannel(init.guildId);
    const place = this.world.channel(channelId) ?? fail(`unknown channel ${channelId}`);
    const { state, channel } = place;
    if (init.guildId !== undefined && state.guild.id !== init.guildId) fail(`channel ${channelId} is not in guild ${init.guildId}`);
    if (message && message.channel_id !== channelId) fail(`message ${message.id} is not in channel ${channelId}`);
    const userId = init.userId ?? this.world.tester.id;
    const member = state.members.get(userId) ?? fail(`user ${userId} is not a member of guild ${state.guild.id}`);
    const userPerms = this.world.permissions(state, userId, channel);
    const commandPerms = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.UseApplicationCommands;
    if (init.kind !== 'button' && (userPerms & commandPerms) !== commandPerms) {
      fail(`user ${userId} cannot use application commands in channel ${channelId}`);
    }

    const { permission_overwrites: _overwrites, ...partialChannel } = channel;
    const base = {
      id: snowflake(),
      application_id: this.applicationId,
      token: `fake-interaction-${randomBytes(24).toString('base64url')}`,
      version: 1 as const,
      guild_id: state.guild.id,
      guild: { id: state.guild.id, features: state.guild.features, locale: state.guild.preferred_locale },
      channel: partialChannel,
      channel_id: channelId,
      member: { ...member, permissions: userPerms.toString() },
      app_permissions: this.world.permissions(state, this.world.bot.id, channel).toString(),
      locale: init.locale ?? state.guild.preferred_locale,
      guild_locale: state.guild.preferred_locale,
      entitlements: [],
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: state.guild.id },
      context: InteractionContextType.Guild,
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    };

    if (init.kind === 'button') {
      return {
        ...base,
        type: InteractionType.MessageComponent,
        data: { component_type: ComponentType.Button, custom_id: init.customId },
        message: structuredClone(message!),
      };
    }
    const type = init.kind === 'messageCommand' ? ApplicationCommandType.Message : ApplicationCommandType.ChatInput;
    const cmd =
      this.commands.resolve(state.guild.id, init.command, type) ?? fail(`command "${init.command}" (type ${type}) is not registered`);
    if (cmd.contexts && !cmd.contexts.includes(InteractionContextType.Guild)) fail(`command "${cmd.name}" is not available in guilds`);
    // Discord hides commands whose default_member_permissions the user lacks; '0' leaves them to administrators.
    const dmp = cmd.default_member_permissions;
    const required = dmp === '0' ? PermissionFlagsBits.Administrator : BigInt(dmp ?? 0);
    if ((userPerms & required) !== required) fail(`user ${userId} lacks the default_member_permissions of "${cmd.name}"`);
    const commandData = { id: cmd.id, name: cmd.name, ...(cmd.guild_id ? { guild_id: cmd.guild_id } : {}) };
    const resolver = this.resolver(state, channel, userId);
    // Discord includes `resolved` only when an option referred to something.
    const withResolved = <T extends object>(data: T) =>
      Object.keys(resolver.resolved).length > 0 ? { ...data, resolved: resolver.resolved } : data;

    if (init.kind === 'messageCommand') {
      return {
        ...base,
        type: InteractionType.ApplicationCommand,
        data: {
          ...commandData,
          type: ApplicationCommandType.Message,
          target_id: message!.id,
          resolved: { messages: { [message!.id]: structuredClone(message!) } },
        },
      };
    }
    if (init.kind === 'autocomplete') {
      return {
        ...base,
        type: InteractionType.ApplicationCommandAutocomplete,
        data: withResolved({
          ...commandData,
          type: ApplicationCommandType.ChatInput,
          options: commandOptions(cmd, init, resolver, init.focused),
        }),
      };
    }
    return {
      ...base,
      type: InteractionType.ApplicationCommand,
      data: withResolved({ ...commandData, type: ApplicationCommandType.ChatInput, options: commandOptions(cmd, init, resolver) }),
    };
  }

  private resolver(state: GuildState, channel: GuildChannel, userId: string): Resolver {
    const resolved: APIInteractionDataResolved = {};
    return {
      resolved,
      user: (id) => {
        const user = this.world.users.get(id);
        if (!user) return false;
        (resolved.users ??= {})[id] = user;
        const member = state.members.get(id);
        if (member) {
          const { user: _user, deaf: _deaf, mute: _mute, ...rest } = member;
          (resolved.members ??= {})[id] = { ...rest, permissions: this.world.permissions(state, id, channel).toString() };
        }
        return true;
      },
      role: (id) => {
        const role = state.guild.roles.find((r) => r.id === id);
        if (role) (resolved.roles ??= {})[id] = role;
        return role !== undefined;
      },
      channel: (id) => {
        const target = state.channels.get(id);
        if (!target) return undefined;
        // The invoking member's permissions there, as Discord computes them.
        const permissions = this.world.permissions(state, userId, target).toString();
        (resolved.channels ??= {})[id] = { id, type: target.type, name: target.name, permissions };
        return target.type;
      },
    };
  }

  private findButtonMessage(customId: string, messageId?: string): APIMessage {
    const candidates =
      messageId === undefined ? [...this.messages.all].reverse() : this.messages.all.filter((m) => m.id === messageId);
    for (const message of candidates) {
      const component = findComponent(message.components, customId);
      if (!component) continue;
      if (component.type !== ComponentType.Button) fail(`component "${customId}" is not a button`);
      if (component.disabled === true) fail(`button "${customId}" is disabled and cannot be clicked`);
      return message;
    }
    return fail(`no ${messageId === undefined ? 'message' : `message ${messageId}`} has a button "${customId}"`);
  }

  /** POST /interactions/:id/:token/callback */
  respond(interactionId: string, token: string, body: unknown, withResponse: boolean): RouteResult {
    const t = this.byId.get(interactionId);
    if (!t || t.interaction.token !== token) throw errors.unknownInteraction();
    if (t.callback) throw errors.alreadyAcknowledged();
    if (Date.now() - t.createdAt > this.responseWindowMs) throw errors.unknownInteraction();
    const response = body as APIInteractionResponse;
    const errs = new FormErrors();
    if (!ALLOWED_CALLBACKS[t.interaction.type]?.includes(response?.type)) {
      const message = `Interaction response type ${response?.type} is not valid for this interaction`;
      errs.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', message);
    }
    errs.throwIfAny();

    const message = this.applyCallback(t, response);
    t.callback = response;
    t.settle(response);
    if (!withResponse) return noContent();
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: t.interaction.id,
        type: t.interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type: response.type, ...(message ? { message } : {}) },
    };
    return ok(result);
  }

  private applyCallback(t: Tracked, response: APIInteractionResponse): APIMessage | undefined {
    switch (response.type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const data = response.data ?? {};
        validateMessage(data, ['data']);
        if (isEmptyMessage(data)) throw errors.emptyMessage();
        return this.setOriginal(t, this.createResponseMessage(t.interaction, data, (data.flags ?? 0) & KEPT_FLAGS));
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = MessageFlags.Loading | ((response.data?.flags ?? 0) & MessageFlags.Ephemeral);
        return this.setOriginal(t, this.createResponseMessage(t.interaction, {}, flags));
      }
      case InteractionResponseType.DeferredMessageUpdate:
        t.originalId = t.interaction.message?.id;
        return undefined;
      case InteractionResponseType.UpdateMessage: {
        const target = this.messages.all.find((m) => m.id === t.interaction.message?.id) ?? fail('the component message is gone');
        validateMessage(response.data ?? {}, ['data']);
        return this.setOriginal(t, this.messages.edit(target, response.data ?? {}));
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const errs = new FormErrors();
        const choices = response.data.choices ?? [];
        checkLength(errs, ['data', 'choices'], choices, 0, 25);
        choices.forEach((c, i) => {
          checkLength(errs, ['data', 'choices', i, 'name'], c.name, 1, 100);
          if (typeof c.value === 'string') checkLength(errs, ['data', 'choices', i, 'value'], c.value, 0, 100);
        });
        errs.throwIfAny();
        return undefined;
      }
      default:
        // A modal is only recorded; submitting it is not simulated.
        return undefined;
    }
  }

  private setOriginal(t: Tracked, message: APIMessage): APIMessage {
    t.originalId = message.id;
    return message;
  }

  /** Interaction responses are webhook messages authored by the bot user. */
  private createResponseMessage(interaction: APIInteraction, input: MessageInput, flags: number): APIMessage {
    const type =
      interaction.type !== InteractionType.ApplicationCommand
        ? MessageType.Default
        : interaction.data.type === ApplicationCommandType.ChatInput
          ? MessageType.ChatInputCommand
          : MessageType.ContextMenuCommand;
    return this.messages.create(interaction.channel?.id ?? fail('interaction has no channel'), this.world.bot, { ...input, flags }, {
      type,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: this.metadata(interaction),
    });
  }

  private metadata(interaction: APIInteraction): APIMessageInteractionMetadata {
    const common = {
      id: interaction.id,
      user: interaction.member?.user ?? interaction.user ?? fail('interaction has no user'),
      authorizing_integration_owners: interaction.authorizing_integration_owners,
    };
    if (interaction.type === InteractionType.MessageComponent) {
      return { ...common, type: InteractionType.MessageComponent, interacted_message_id: interaction.message.id };
    }
    return { ...common, type: InteractionType.ApplicationCommand };
  }

  /** The interaction behind a webhook token; Discord only accepts it once the interaction was acknowledged. */
  private byWebhook(applicationId: string, token: string): Tracked {
    const t = this.byToken.get(token);
    if (applicationId !== this.applicationId || !t?.callback) throw errors.unknownWebhook();
    return t;
  }

  private webhookMessage(t: Tracked, messageId: string): APIMessage {
    const id = messageId === '@original' ? t.originalId : messageId;
    if (id === undefined || (id !== t.originalId && !t.followUpIds.includes(id))) throw errors.unknownMessage();
    const message = this.messages.all.find((m) => m.id === id);
    if (!message) throw errors.unknownMessage();
    return message;
  }

  /** GET /webhooks/:app/:token/messages/:id */
  getMessage(applicationId: string, token: string, messageId: string): RouteResult {
    return ok(this.webhookMessage(this.byWebhook(applicationId, token), messageId));
  }

  /** PATCH /webhooks/:app/:token/messages/:id */
  editMessage(applicationId: string, token: string, messageId: string, body: unknown): RouteResult {
    const message = this.webhookMessage(this.byWebhook(applicationId, token), messageId);
    const input = body as MessageInput;
    validateMessage(input);
    return ok(this.messages.edit(message, input));
  }

  /** DELETE /webhooks/:app/:token/messages/:id */
  deleteMessage(applicationId: string, token: string, messageId: string): RouteResult {
    this.messages.delete(this.webhookMessage(this.byWebhook(applicationId, token), messageId));
    return noContent();
  }

  /** POST /webhooks/:app/:token: a follow-up. The first one after a deferral fills the "thinking" message instead. */
  followUp(applicationId: string, token: string, body: unknown, wait: boolean): RouteResult {
    const t = this.byWebhook(applicationId, token);
    const input = body as MessageInput;
    validateMessage(input);
    if (isEmptyMessage(input)) throw errors.emptyMessage();
    const original = this.original(t.interaction.id);
    let message: APIMessage;
    if (original && (original.flags ?? 0) & MessageFlags.Loading) {
      message = this.messages.edit(original, { ...input, flags: null });
    } else {
      message = this.createResponseMessage(t.interaction, input, (input.flags ?? 0) & KEPT_FLAGS);
      t.followUpIds.push(message.id);
    }
    return wait ? ok(message) : noContent();
  }
}

/** Flags a response may set; Discord ignores the rest. */
const KEPT_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;

function describe(init: InteractionInit): string {
  switch (init.kind) {
    case 'button':
      return `button "${init.customId}"`;
    case 'messageCommand':
      return `message command "${init.command}"`;
    default:
      const command = `/${[init.command, init.group, init.subcommand].filter(Boolean).join(' ')}`;
      return init.kind === 'autocomplete' ? `autocomplete for ${command}` : command;
  }
}
