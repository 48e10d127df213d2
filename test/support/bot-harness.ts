// The whole bot as it runs in production (config, deploy-commands, the discord.js gateway transport, the
// real commands with the digest services, and an in-memory database), logged in to the local fake Discord.
// For the end-to-end tests and the bench. The digest scheduler is not started: its tests drive their own.
import { parseConfig, type Config } from '../../src/config.ts';
import type { ChatCommand, ComponentHandler, MessageCommand } from '../../src/commands/types.ts';
import { registerCommands } from '../../src/deploy-commands.ts';
import { createDigestRuntime } from '../../src/digest/runtime.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/log.ts';
import { createServices } from '../../src/services.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { DEFAULT_REGISTRY, startGateway, type CommandRegistry, type GatewayHandle, type GatewayOptions } from '../../src/transports/gateway.ts';
import { startFakeDiscord, type FakeDiscord, type GuildSeed, type MemberSeed } from './fake-discord.ts';

/** Shaped like a real token (three dot-separated parts), so config accepts it and redaction is tested on the real thing. */
export const TEST_TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5MA.GbOtTk.s3cr3t-t0k3n_4b1d3s-w1th1n-l0gs';

export interface BotOnFakeDiscord {
  fake: FakeDiscord;
  gateway: GatewayHandle;
  config: Config;
  /** The bot's (in-memory) database, to see what a click recorded. */
  db: Db;
  /** Every log line the bot wrote (already redacted, as it would reach stdout), parsed. */
  logs: Array<Record<string, unknown>>;
  /** The same lines as written. */
  rawLogs: string[];
  /** The first log line matching, written already or still to come (the interaction line follows the reply). */
  waitForLog(predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export interface BotOptions extends Omit<GatewayOptions, 'logger'> {
  logLevel?: string;
  /** Members of the test guild besides the default tester. */
  members?: MemberSeed[];
  /** The test guild's roles, channels and the like (default: the fake's, one channel #general). */
  guild?: Omit<GuildSeed, 'members'>;
}

/** `count` ordinary members with fixed ids, so a test can ask as someone whose cooldown is untouched. */
export function memberSeeds(count: number): MemberSeed[] {
  return Array.from({ length: count }, (_, index) => ({ user: { id: String(300_000_000_000_000_000n + BigInt(index)), username: `member${index}` } }));
}

export interface ExtraCommands {
  chat?: ChatCommand[];
  message?: MessageCommand[];
  components?: ComponentHandler[];
}

/** The real registry plus test-only commands (one that throws, say); a test command wins a name clash. */
export function withExtraCommands(extra: ExtraCommands): CommandRegistry {
  const chat = extra.chat ?? [];
  const message = extra.message ?? [];
  const components = extra.components ?? [];
  return {
    COMMAND_DATA: [...DEFAULT_REGISTRY.COMMAND_DATA, ...[...chat, ...message].map((command) => command.data)],
    findChatCommand: (name) => chat.find((command) => command.data.name === name) ?? DEFAULT_REGISTRY.findChatCommand(name),
    findMessageCommand: (name) => message.find((command) => command.data.name === name) ?? DEFAULT_REGISTRY.findMessageCommand(name),
    findComponentHandler(customId) {
      const [prefix, ...args] = customId.split(':');
      const handler = components.find((candidate) => candidate.prefix === prefix);
      return handler ? { handler, args } : DEFAULT_REGISTRY.findComponentHandler(customId);
    },
  };
}

export async function startBotOnFakeDiscord(options: BotOptions = {}): Promise<BotOnFakeDiscord> {
  const fake = await startFakeDiscord({ token: TEST_TOKEN, guilds: [{ ...options.guild, members: options.members ?? [] }] });
  const parsed = parseConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: options.logLevel ?? 'info',
    DATA_DIR: ':memory:',
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { config } = parsed;
  const registry = options.registry ?? DEFAULT_REGISTRY;
  await registerCommands(config, registry.COMMAND_DATA);

  const rawLogs: string[] = [];
  const logs: Array<Record<string, unknown>> = [];
  const logWatchers = new Set<() => void>();
  const waitForLog = (predicate: (line: Record<string, unknown>) => boolean, timeoutMs = 2000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = logs.find(predicate);
        if (!found) return;
        clearTimeout(timer);
        logWatchers.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        logWatchers.delete(check);
        reject(new Error(`no matching log line within ${timeoutMs} ms`));
      }, timeoutMs);
      logWatchers.add(check);
      check();
    });
  const logger = createLogger({
    level: config.LOG_LEVEL,
    secrets: [config.DISCORD_TOKEN],
    destination: {
      write(line: string) {
        rawLogs.push(line);
        logs.push(JSON.parse(line) as Record<string, unknown>);
        for (const check of [...logWatchers]) check();
      },
    },
  });
  const db = openDatabase(':memory:');
  const kb = loadKnowledgeBase();
  // As src/index.ts wires them.
  const digests = createDigestRuntime({ db, kb, token: fake.token, config });
  const { logLevel: _logLevel, members: _members, guild: _guild, ...gatewayOptions } = options;
  const gateway = await startGateway(config, { ...createServices(kb, db), digest: digests.services }, { ...gatewayOptions, registry, logger });
  return {
    fake,
    gateway,
    config,
    db,
    logs,
    rawLogs,
    waitForLog,
    async stop() {
      await gateway.stop();
      db.close();
      await fake.close();
    },
  };
}
