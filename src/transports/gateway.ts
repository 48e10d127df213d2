/**
 * The Discord transport: a discord.js client on the gateway (Guilds intent only) that turns each
 * interaction into a CommandRequest, runs the command from the registry and delivers its ReplyData.
 * What it guarantees whatever the command does: every message parses no mentions (only `pingUserId` may
 * be pinged); Discord's 3-second window is met (a slow handler gets a deferral); a throwing handler or a
 * refused reply never takes the bot down; one log line per interaction.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  ApplicationCommandOptionType,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type APIApplicationCommandOptionChoice,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import * as commandIndex from '../commands/index.ts';
import type { CommandRequest, CommandServices, OptionValue, ReplyData } from '../commands/types.ts';
import type { Config } from '../config.ts';
import { LIMITS, truncate } from '../reply/limits.ts';
import { createLogger, logInteraction, type InteractionKind, type InteractionOutcome, type Logger } from '../log.ts';
import { createCooldown, type Cooldown, type CooldownOptions } from './cooldown.ts';

/** Discord drops an interaction not answered within 3 s; deferring at half of that leaves room for the network. */
export const DEFER_AFTER_MS = 1_500;
/** "A few questions per 10 seconds". Buttons (paging, votes) get more room: clicking through pages is quick. */
export const COMMAND_COOLDOWN: CooldownOptions = { limit: 4, windowMs: 10_000 };
export const BUTTON_COOLDOWN: CooldownOptions = { limit: 12, windowMs: 10_000 };

/** What the transport needs of src/commands/index.ts: its lookups and the commands' data (tests pass their own). */
export type CommandRegistry = Pick<typeof commandIndex, 'findChatCommand' | 'findMessageCommand' | 'findComponentHandler' | 'COMMAND_DATA'>;

export const DEFAULT_REGISTRY: CommandRegistry = commandIndex;

export interface GatewayOptions {
  /** The commands to serve (tests inject their own); all of src/commands by default. */
  registry?: CommandRegistry;
  logger?: Logger;
  commandCooldown?: CooldownOptions;
  buttonCooldown?: CooldownOptions;
  /** How long a handler may run before the interaction is deferred (tests shorten it). */
  deferAfterMs?: number;
}

export interface GatewayHandle {
  client: Client;
  /** Disconnects from Discord; the caller owns (and closes) the services. */
  stop(): Promise<void>;
}

/** Interactions that get a message reply (autocomplete answers with choices instead). */
type ReplyingInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

/** How the interaction was acknowledged before the reply was ready, which decides how the reply is sent. */
type Deferral = 'none' | 'update' | 'public' | 'ephemeral';

interface Invocation {
  kind: InteractionKind;
  /** For the logs: the command's name or the button's prefix. */
  name: string;
  request: CommandRequest;
  /** The command says its reply is for the asker alone, so a deferral is private too. */
  privately: boolean;
  cooldown: Cooldown;
  run(): ReplyData | Promise<ReplyData>;
}

/** Milliseconds since `started`, to a tenth. */
function since(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function newReference(): string {
  return randomBytes(4).toString('hex');
}

function apology(reference: string): ReplyData {
  return {
    content: `Sorry, something went wrong on my side. If it keeps happening, tell the server's admins this reference: \`${reference}\`.`,
    ephemeral: true,
  };
}

function cooldownReply(retryAfterMs: number): ReplyData {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return { content: `You're asking faster than I can keep up: try again in ${seconds} s.`, ephemeral: true };
}

/** Every message: nobody is pinged unless the reply names the one member it may ping. */
function messagePayload(reply: ReplyData) {
  return {
    content: reply.content,
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: { parse: [], users: reply.pingUserId ? [reply.pingUserId] : [], repliedUser: false },
  };
}

/** The options the handler sees: those of the subcommand when there is one. */
function leafOptions(options: readonly CommandInteractionOption[]): readonly CommandInteractionOption[] {
  const nested = options.find(
    (option) => option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup,
  );
  return nested ? leafOptions(nested.options ?? []) : options;
}

function requestFrom(interaction: ReplyingInteraction | AutocompleteInteraction): CommandRequest {
  const base = {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions?.bitfield.toString(),
    locale: interaction.locale,
  };
  if (interaction.isButton()) return { ...base, options: {}, message: { content: interaction.message.content } };
  const options: Record<string, OptionValue | undefined> = {};
  for (const option of leafOptions(interaction.options.data)) options[option.name] = option.value;
  const subcommand = interaction.isChatInputCommand() || interaction.isAutocomplete() ? interaction.options.getSubcommand(false) : null;
  return { ...base, options, ...(subcommand ? { subcommand } : {}) };
}

/** Resolves a promise's outcome without ever rejecting, so an abandoned one cannot become unhandled. */
function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

/** The promise's value if it comes within `ms`, else undefined. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps Discord's limits whatever a command suggests. */
function fitChoices(choices: readonly APIApplicationCommandOptionChoice[]): APIApplicationCommandOptionChoice[] {
  return choices.slice(0, LIMITS.choices).map((choice) => ({
    ...choice,
    name: truncate(choice.name, LIMITS.choiceName),
    value: typeof choice.value === 'string' ? choice.value.slice(0, LIMITS.choiceValue) : choice.value,
  })) as APIApplicationCommandOptionChoice[];
}

async function defer(interaction: ReplyingInteraction, privately: boolean): Promise<Deferral> {
  if (interaction.isButton()) {
    await interaction.deferUpdate();
    return 'update';
  }
  await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
  return privately ? 'ephemeral' : 'public';
}

async function deliver(interaction: ReplyingInteraction, reply: ReplyData, deferral: Deferral): Promise<void> {
  const payload = messagePayload(reply);
  const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.isButton() && reply.updateMessage) {
    await (deferral === 'none' ? interaction.update(payload) : interaction.editReply(payload));
    return;
  }
  if (deferral === 'none') {
    await interaction.reply({ ...payload, flags });
  } else if (deferral === 'update') {
    await interaction.followUp({ ...payload, flags });
  } else if ((deferral === 'ephemeral') === Boolean(reply.ephemeral)) {
    await interaction.editReply(payload);
  } else {
    // A deferred placeholder cannot change who sees it: send the reply on its own and drop the placeholder.
    await interaction.followUp({ ...payload, flags });
    await interaction.deleteReply();
  }
}

export async function startGateway(config: Config, services: CommandServices, options: GatewayOptions = {}): Promise<GatewayHandle> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const registry = options.registry ?? DEFAULT_REGISTRY;
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const commandCooldown = createCooldown(options.commandCooldown ?? COMMAND_COOLDOWN);
  const buttonCooldown = createCooldown(options.buttonCooldown ?? BUTTON_COOLDOWN);
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;

  /** Logs a failure with a fresh reference, the one the user is shown. */
  function logFailure(error: unknown, message: string, command: string): string {
    const reference = newReference();
    logger.error({ err: error, reference, command }, message);
    return reference;
  }

  function invocationFor(interaction: ReplyingInteraction): Invocation {
    const request = requestFrom(interaction);
    const missing = (what: string) => () => {
      throw new Error(`no handler registered for ${what}`);
    };
    if (interaction.isChatInputCommand()) {
      const command = registry.findChatCommand(interaction.commandName);
      const run = command ? () => command.execute(request, services) : missing(`/${interaction.commandName}`);
      const privately = command?.repliesPrivately?.(request) ?? false;
      return { kind: 'chat', name: interaction.commandName, request, privately, cooldown: commandCooldown, run };
    }
    if (interaction.isMessageContextMenuCommand()) {
      const command = registry.findMessageCommand(interaction.commandName);
      const target = { ...request, targetMessage: { id: interaction.targetMessage.id, content: interaction.targetMessage.content } };
      const run = command ? () => command.execute(target, services) : missing(`"${interaction.commandName}"`);
      const privately = command?.repliesPrivately?.(target) ?? false;
      return { kind: 'message', name: interaction.commandName, request, privately, cooldown: commandCooldown, run };
    }
    const found = registry.findComponentHandler(interaction.customId);
    const run = found ? () => found.handler.handle(found.args, request, services) : missing(`button "${interaction.customId}"`);
    // The prefix alone names the button in logs: the rest of a custom_id is the handler's own data.
    return { kind: 'component', name: found?.handler.prefix ?? 'unknown-button', request, privately: false, cooldown: buttonCooldown, run };
  }

  async function serve(interaction: ReplyingInteraction): Promise<void> {
    const started = performance.now();
    const invocation = invocationFor(interaction);
    logger.debug({ command: invocation.name, options: invocation.request.options }, 'request');
    let outcome: InteractionOutcome = 'ok';
    let reference: string | undefined;
    let deferral: Deferral = 'none';
    try {
      let reply: ReplyData;
      const decision = invocation.cooldown.take(invocation.request.userId);
      if (!decision.allowed) {
        outcome = 'cooldown';
        reply = cooldownReply(decision.retryAfterMs);
      } else {
        const result = settle(Promise.resolve().then(invocation.run));
        const early = await within(result, deferAfterMs);
        if (!early) deferral = await defer(interaction, invocation.privately);
        const settled = early ?? (await result);
        if (settled.status === 'fulfilled') {
          reply = settled.value;
        } else {
          outcome = 'error';
          reference = logFailure(settled.reason, 'command failed', invocation.name);
          reply = apology(reference);
        }
      }
      await deliver(interaction, reply, deferral);
    } catch (error) {
      // Discord refused the reply (a payload it rejects, an expired interaction): say sorry if it still listens.
      outcome = 'unanswered';
      reference = logFailure(error, 'could not deliver the reply', invocation.name);
      try {
        await deliver(interaction, apology(reference), deferral);
        outcome = 'error';
      } catch (secondError) {
        logger.warn({ err: secondError, reference, command: invocation.name }, 'could not deliver the apology either');
      }
    }
    logInteraction(logger, { command: invocation.name, kind: invocation.kind, latencyMs: since(started), outcome, deferred: deferral !== 'none', reference });
  }

  async function suggest(interaction: AutocompleteInteraction): Promise<void> {
    const started = performance.now();
    const command = registry.findChatCommand(interaction.commandName);
    let outcome: InteractionOutcome = 'ok';
    let reference: string | undefined;
    let choices: APIApplicationCommandOptionChoice[] = [];
    try {
      const focused = interaction.options.getFocused(true);
      const suggested = command?.autocomplete?.({ name: focused.name, value: String(focused.value) }, requestFrom(interaction), services);
      choices = fitChoices(suggested ?? []);
    } catch (error) {
      outcome = 'error';
      reference = logFailure(error, 'autocomplete failed', interaction.commandName);
    }
    try {
      await interaction.respond(choices);
    } catch (error) {
      outcome = 'unanswered';
      reference = logFailure(error, 'could not deliver the suggestions', interaction.commandName);
    }
    logInteraction(logger, { command: interaction.commandName, kind: 'autocomplete', latencyMs: since(started), outcome, reference });
  }

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return suggest(interaction);
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand() || interaction.isButton()) return serve(interaction);
    logger.debug({ type: interaction.type }, 'ignored an interaction of a kind the bot does not use');
  }

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    route(interaction).catch((error: unknown) => logFailure(error, 'interaction handling failed', 'unknown'));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'gateway connection error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');
  return {
    client,
    async stop() {
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
