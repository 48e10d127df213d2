// A local Discord (REST + gateway on one port) that the real discord.js client can log in to, for end-to-end tests.
//
//   const fake = await startFakeDiscord();
//   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
//   await client.login(fake.token);
//   const res = await fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'Who?' } }));
//   await client.destroy(); await fake.close();
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationFlags,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type APIApplication,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';
import { WebSocketServer } from 'ws';
import { CommandStore } from './fake-discord/commands.ts';
import { DiscordHttpError, errors } from './fake-discord/errors.ts';
import { Gateway } from './fake-discord/gateway.ts';
import { InteractionTracker, type InteractionInit } from './fake-discord/interactions.ts';
import { MessageStore } from './fake-discord/messages.ts';
import { restRoutes } from './fake-discord/rest.ts';
import type { Method, Route } from './fake-discord/router.ts';
import { makeUser, snowflake, World, type GuildSeed, type GuildState } from './fake-discord/world.ts';

export { autocomplete, button, chatInputCommand, messageCommand, type InteractionInit } from './fake-discord/interactions.ts';
export type { ChannelSeed, GuildSeed, MemberSeed, OverwriteSeed, RoleSeed, UserSeed } from './fake-discord/world.ts';

/** discord.js appends /v10 to the `api` option. */
const API_PREFIX = '/api/v10';

export interface FakeDiscordOptions {
  /** The only bot token REST and IDENTIFY accept. */
  token?: string;
  /** Defaults to the bot user's id, as for applications created today. */
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  /** Defaults to one guild, "Test Guild", with one text channel, #general. */
  guilds?: GuildSeed[];
  /** HELLO's heartbeat_interval; Discord uses 41250. Lower it to see heartbeats in a test. */
  heartbeatIntervalMs?: number;
  /** How long an interaction may go unanswered before Discord drops it (3 s). */
  interactionResponseWindowMs?: number;
  /** Privileged intents enabled for the application (bits of GatewayIntentBits); others close the gateway with 4014. */
  privilegedIntents?: number;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path below /api/v10, without the query string, e.g. '/channels/123/messages'. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or null when there was none. */
  body: unknown;
  /** Lower-cased request headers, without `authorization`. */
  headers: Record<string, string>;
  /** Whether the request carried the fake's bot token, another one, or none (interaction webhooks use none). */
  auth: 'bot' | 'invalid' | 'none';
  /** The route that handled it, e.g. 'POST /channels/:channelId/messages'; null when nothing matched (answered 404). */
  route: string | null;
  status: number;
  response: unknown;
  /** Answered by failNext() instead of the route. */
  injected: boolean;
  /** When it was answered (Date.now()), e.g. to check that a retry waited. */
  answeredAt: number;
}

export interface FailureSpec {
  method?: Method;
  /** Tested against RecordedRequest.path. */
  pathPattern: RegExp;
  status: number;
  /** Defaults to Discord's body for the status (403: 50013 Missing Permissions, 429: rate limit body, ...). */
  body?: unknown;
  /** Seconds, for 429 (default 0.05). Sent as Retry-After and retry_after; Discord itself rounds the header up to whole seconds. */
  retryAfter?: number;
  /** A 429 on the global limit rather than the route's. */
  global?: boolean;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface DispatchedInteraction {
  /** The INTERACTION_CREATE payload that was sent. */
  interaction: APIInteraction;
  /** The body the bot POSTed to /interactions/:id/:token/callback. */
  callback: APIInteractionResponse;
  /** The message '@original' refers to now (reply, deferred placeholder, or the updated component message). */
  original(): APIMessage | undefined;
  /** The first PATCH of @original (editReply). */
  waitForEdit(timeoutMs?: number): Promise<RecordedRequest>;
  /** The first follow-up POST (followUp). */
  waitForFollowUp(timeoutMs?: number): Promise<RecordedRequest>;
}

const DEFAULT_FAILURE_BODIES: Record<number, { code: number; message: string }> = {
  400: { code: 50035, message: 'Invalid Form Body' },
  401: { code: 0, message: '401: Unauthorized' },
  403: { code: 50013, message: 'Missing Permissions' },
  404: { code: 0, message: '404: Not Found' },
  500: { code: 0, message: '500: Internal Server Error' },
  502: { code: 0, message: '502: Bad Gateway' },
};

interface Watcher {
  check(): void;
  fail(error: Error): void;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** The member that interactions come from unless told otherwise (plain @everyone permissions). */
  readonly user: APIUser;
  /** Every REST request, in the order they were answered. */
  readonly requests: RecordedRequest[] = [];
  /** Registered application commands: `.global`, `.forGuild(id)`; `.overwrite(guildId | null, defs)` seeds them directly. */
  readonly commands: CommandStore;

  private readonly world: World;
  private readonly messageStore = new MessageStore();
  private readonly application: APIApplication;
  private readonly interactions: InteractionTracker;
  private readonly gateway: Gateway;
  private readonly routes: Route[];
  private readonly failures: FailureSpec[] = [];
  private readonly watchers = new Set<Watcher>();
  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private port = 0;
  private identifies = 0;
  private resumes = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.botUser = makeUser({ id: options.botUserId ?? snowflake(), username: options.botUsername ?? 'article-bot' }, true);
    this.applicationId = options.applicationId ?? this.botUser.id;
    this.token = options.token ?? `${Buffer.from(this.botUser.id).toString('base64url')}.fake.${snowflake()}`;
    this.world = new World(this.botUser, options.guilds ?? [{}]);
    this.user = this.world.tester;
    this.commands = new CommandStore(this.applicationId);
    const privilegedIntents = options.privilegedIntents ?? 0;
    // The "limited" flags are what the Developer Portal toggles set for apps in under 100 servers.
    const flags =
      (privilegedIntents & GatewayIntentBits.GuildPresences ? ApplicationFlags.GatewayPresenceLimited : 0) |
      (privilegedIntents & GatewayIntentBits.GuildMembers ? ApplicationFlags.GatewayGuildMembersLimited : 0) |
      (privilegedIntents & GatewayIntentBits.MessageContent ? ApplicationFlags.GatewayMessageContentLimited : 0);
    this.application = {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      bot_public: true,
      bot_require_code_grant: false,
      bot: this.botUser,
      owner: this.world.owner,
      verify_key: '0'.repeat(64),
      team: null,
      flags,
      flags_new: String(flags),
    };
    this.interactions = new InteractionTracker(
      this.world,
      this.commands,
      this.messageStore,
      this.applicationId,
      options.interactionResponseWindowMs ?? 3000,
    );
    this.gateway = new Gateway(this.world, this.application, () => this.gatewayUrl, {
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      privilegedIntents,
      onSessionEvent: (kind) => {
        if (kind === 'identify') this.identifies++;
        else this.resumes++;
        this.notify();
      },
    });
    this.routes = restRoutes({
      world: this.world,
      application: this.application,
      commands: this.commands,
      messages: this.messageStore,
      interactions: this.interactions,
      gatewayUrl: () => this.gatewayUrl,
    });
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway.accept(ws, req));
    });
  }

  /** What goes into discord.js's `rest.api` option (and DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Handed out by GET /gateway/bot and as READY's resume_gateway_url. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Live list of messages in channels (bot posts, interaction responses, follow-ups, simulated user posts), oldest first. */
  get messages(): readonly APIMessage[] {
    return this.messageStore.all;
  }

  get guilds(): ReadonlyMap<string, GuildState> {
    return this.world.guilds;
  }

  /** The first guild: where interactions happen by default. */
  get guildId(): string {
    return [...this.world.guilds.keys()][0]!;
  }

  /** The first guild's first text channel: where interactions happen by default. */
  get channelId(): string {
    return this.world.defaultChannel();
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', resolve);
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Sends INTERACTION_CREATE to the connected client and resolves once the bot has answered the callback. */
  async dispatchInteraction(init: InteractionInit): Promise<DispatchedInteraction> {
    const { interaction, callback } = this.interactions.create(init);
    try {
      this.gateway.dispatchToClient({ t: GatewayDispatchEvents.InteractionCreate, d: interaction });
    } catch (error) {
      this.interactions.forget(interaction.id);
      throw error;
    }
    const response = await callback;
    const webhook = `/webhooks/${this.applicationId}/${interaction.token}`;
    return {
      interaction,
      callback: response,
      original: () => this.interactions.original(interaction.id),
      waitForEdit: (timeoutMs) =>
        this.waitForRequest((r) => r.method === 'PATCH' && r.path === `${webhook}/messages/@original`, timeoutMs),
      waitForFollowUp: (timeoutMs) => this.waitForRequest((r) => r.method === 'POST' && r.path === webhook, timeoutMs),
    };
  }

  /** A message from a (non-bot) member, e.g. as the target of a message context-menu command. Not sent over the gateway. */
  postUserMessage(content: string, place: { channelId?: string; userId?: string } = {}): APIMessage {
    const channelId = place.channelId ?? this.channelId;
    const found = this.world.channel(channelId);
    const author = this.world.users.get(place.userId ?? this.user.id);
    if (!found || !author || !found.state.members.has(author.id)) throw new Error('fake-discord: unknown channel or non-member author');
    return this.messageStore.create(channelId, author, { content });
  }

  /** Makes the next matching REST request(s) fail with this status instead of reaching the route. */
  failNext(spec: FailureSpec): void {
    this.failures.push({ ...spec });
  }

  /** Drops every gateway connection from the server side; code 4000 lets discord.js RESUME, 1000 makes it IDENTIFY again. */
  disconnectClients(code: number = GatewayCloseCodes.UnknownError): void {
    this.gateway.disconnectAll(code, 'fake-discord disconnect');
  }

  /** Resolves once `count` IDENTIFYs in total have been answered with READY and the GUILD_CREATEs. */
  waitForIdentify(count = 1, timeoutMs = 5000): Promise<void> {
    return this.waitFor(() => this.identifies >= count || undefined, timeoutMs, `${count} IDENTIFY`).then(() => {});
  }

  /** Resolves once `count` RESUMEs in total have been answered with the replay and RESUMED. */
  waitForResume(count = 1, timeoutMs = 5000): Promise<void> {
    return this.waitFor(() => this.resumes >= count || undefined, timeoutMs, `${count} RESUME`).then(() => {});
  }

  /** The first recorded request matching `predicate`, already made or still to come. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 2000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, 'a matching request');
  }

  /** Re-evaluates `probe` after every request and gateway session change until it returns a value (undefined = not yet). */
  waitFor<T>(probe: () => T | undefined, timeoutMs = 2000, what = 'condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const watcher: Watcher = {
        check: () => {
          try {
            const value = probe();
            if (value === undefined) return;
            done();
            resolve(value);
          } catch (error) {
            watcher.fail(error as Error);
          }
        },
        fail: (error) => {
          done();
          reject(error);
        },
      };
      const timeout = new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}`);
      const timer = setTimeout(() => watcher.fail(timeout), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.watchers.delete(watcher);
      };
      this.watchers.add(watcher);
      watcher.check();
    });
  }

  async close(): Promise<void> {
    for (const watcher of [...this.watchers]) watcher.fail(new Error('fake-discord: closed'));
    this.interactions.close();
    this.gateway.closeAll();
    this.wss.close();
    // discord.js's REST agent keeps connections alive; without this, close() would wait for them to time out.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const watcher of [...this.watchers]) watcher.check();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    // Decoded, so '@original' reads as such (discord.js sends %40original).
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname;
    const { authorization, ...headers } = req.headers;
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: null,
      headers: flattenHeaders(headers),
      auth: authorization === undefined ? 'none' : authorization === `Bot ${this.token}` ? 'bot' : 'invalid',
      route: null,
      status: 0,
      response: undefined,
      injected: false,
      answeredAt: 0,
    };

    let reply: Reply;
    try {
      record.body = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      reply = this.injectedFailure(record) ?? this.route(record, url.searchParams);
    } catch (error) {
      if (error instanceof DiscordHttpError) {
        reply = { status: error.status, body: error.body, headers: error.headers };
      } else {
        // A bug in the fake or a misuse of it; surface it rather than let discord.js silently retry.
        console.error('fake-discord: error while handling', method, path, error);
        reply = { status: 500, body: { code: 0, message: `500: fake-discord error: ${(error as Error).message}` } };
      }
    }

    record.status = reply.status;
    record.response = reply.body;
    record.answeredAt = Date.now();
    res.writeHead(reply.status, {
      ...(reply.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...reply.headers,
    });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    this.requests.push(record);
    this.notify();
  }

  private route(record: RecordedRequest, query: URLSearchParams): Reply {
    for (const route of this.routes) {
      if (route.method !== record.method) continue;
      const params = route.match(record.path);
      if (!params) continue;
      record.route = route.name;
      if (route.auth && record.auth !== 'bot') throw errors.unauthorized();
      return route.handle({ params, query, body: record.body });
    }
    throw errors.notFound();
  }

  private injectedFailure(record: RecordedRequest): Reply | undefined {
    const index = this.failures.findIndex((f) => (f.method === undefined || f.method === record.method) && f.pathPattern.test(record.path));
    const spec = this.failures[index];
    if (!spec) return undefined;
    if ((spec.times ?? 1) <= 1) this.failures.splice(index, 1);
    else spec.times = (spec.times ?? 1) - 1;
    record.injected = true;

    if (spec.status === 429) {
      const retryAfter = spec.retryAfter ?? 0.05;
      return {
        status: 429,
        body: spec.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global: spec.global ?? false },
        headers: {
          'retry-after': String(retryAfter),
          'x-ratelimit-scope': spec.global ? 'global' : 'user',
          ...(spec.global ? { 'x-ratelimit-global': 'true' } : {}),
        },
      };
    }
    return { status: spec.status, body: spec.body ?? DEFAULT_FAILURE_BODIES[spec.status] ?? { code: 0, message: `${spec.status}` } };
  }
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return null;
  if (!contentType?.startsWith('application/json')) throw errors.unsupportedBody(contentType ?? 'no content-type');
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw errors.invalidJson();
  }
}

/** Starts the fake on 127.0.0.1 with a free port. */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
