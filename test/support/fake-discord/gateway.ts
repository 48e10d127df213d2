// The gateway: HELLO, heartbeats, IDENTIFY -> READY + GUILD_CREATE, RESUME with replay, and dispatching events.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type APIApplication,
  type GatewayDispatchPayload,
  type GatewayGuildCreateDispatchData,
  type GatewayIdentifyData,
  type GatewayReceivePayload,
  type GatewayResumeData,
} from 'discord-api-types/v10';
import type { WebSocket } from 'ws';
import type { World } from './world.ts';

const PRIVILEGED_INTENTS = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

/** Client-sent close codes that end the session for good, per the gateway docs. */
const SESSION_ENDING_CLOSE_CODES = new Set([1000, 1001]);

/** Opcodes a client may send that the fake accepts but does not act on. */
const IGNORED_OPCODES = new Set<number>([
  GatewayOpcodes.PresenceUpdate,
  GatewayOpcodes.VoiceStateUpdate,
  GatewayOpcodes.RequestGuildMembers,
]);

interface Session {
  id: string;
  seq: number;
  intents: number;
  /** Every dispatch sent in this session, for replay on RESUME. */
  sent: GatewayDispatchPayload[];
  socket: WebSocket | null;
  ended: boolean;
}

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** Privileged intents the application is allowed (Developer Portal toggles); others close with 4014. */
  privilegedIntents: number;
  /** Called after each IDENTIFY or RESUME completes. */
  onSessionEvent(kind: 'identify' | 'resume'): void;
}

export class Gateway {
  private readonly sessions = new Map<string, Session>();
  private readonly sockets = new Set<WebSocket>();
  /** The session dispatches go to: the most recently identified one still alive. */
  private current: Session | undefined;

  constructor(
    private readonly world: World,
    private readonly application: Pick<APIApplication, 'id' | 'flags'>,
    private readonly url: () => string,
    private readonly options: GatewayOptions,
  ) {}

  accept(socket: WebSocket, request: IncomingMessage): void {
    this.sockets.add(socket);
    const params = new URL(request.url ?? '/', 'ws://localhost').searchParams;
    // discord.js asks for v=10&encoding=json and adds compress=zlib-stream only when zlib-sync is installed;
    // the fake speaks plain JSON only, so anything else is refused loudly (4012 is not retried by discord.js).
    if (params.get('v') !== '10' || params.get('encoding') !== 'json' || params.has('compress')) {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'fake-discord speaks only v=10, encoding=json, no compress');
      return;
    }

    let session: Session | undefined;
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      if (session?.socket !== socket) return;
      session.socket = null;
      if (SESSION_ENDING_CLOSE_CODES.has(code)) session.ended = true;
    });
    socket.on('message', (raw) => {
      let payload: { op?: unknown; d?: unknown };
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          this.send(socket, { op: GatewayOpcodes.HeartbeatAck, d: undefined, s: null, t: null });
          return;
        case GatewayOpcodes.Identify:
          if (session) socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          else session = this.identify(socket, payload.d as GatewayIdentifyData);
          return;
        case GatewayOpcodes.Resume:
          if (session) socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          else session = this.resume(socket, payload.d as GatewayResumeData);
          return;
        default:
          if (typeof payload.op !== 'number' || !IGNORED_OPCODES.has(payload.op)) {
            socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
          } else if (!session) {
            socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
          }
      }
    });
    this.send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
  }

  private identify(socket: WebSocket, d: GatewayIdentifyData): Session | undefined {
    if (d?.token !== this.options.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return undefined;
    }
    if (typeof d.intents !== 'number') {
      socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return undefined;
    }
    if (d.intents & PRIVILEGED_INTENTS & ~this.options.privilegedIntents) {
      socket.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return undefined;
    }
    if (d.shard && (d.shard[0] !== 0 || d.shard[1] !== 1)) {
      socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return undefined;
    }
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, intents: d.intents, sent: [], socket, ended: false };
    this.sessions.set(session.id, session);
    this.current = session;
    const guilds = [...this.world.guilds.values()];
    this.dispatch(session, {
      t: GatewayDispatchEvents.Ready,
      d: {
        v: 10,
        user: this.world.bot,
        guilds: guilds.map((g) => ({ id: g.guild.id, unavailable: true })),
        session_id: session.id,
        resume_gateway_url: this.url(),
        shard: [0, 1],
        application: { id: this.application.id, flags: this.application.flags, flags_new: String(this.application.flags) },
      },
    });
    // discord.js only emits clientReady once every guild announced in READY has arrived.
    for (const state of guilds) {
      const data: GatewayGuildCreateDispatchData = {
        ...state.guild,
        joined_at: state.joinedAt,
        large: false,
        unavailable: false,
        member_count: state.members.size,
        voice_states: [],
        // Without the privileged GuildMembers intent Discord sends just the bot's own member.
        members: [state.members.get(this.world.bot.id)!],
        channels: [...state.channels.values()].map(({ guild_id: _guildId, ...channel }) => channel),
        threads: [],
        presences: [],
        stage_instances: [],
        guild_scheduled_events: [],
        soundboard_sounds: [],
      };
      this.dispatch(session, { t: GatewayDispatchEvents.GuildCreate, d: data });
    }
    this.options.onSessionEvent('identify');
    return session;
  }

  private resume(socket: WebSocket, d: GatewayResumeData): Session | undefined {
    if (d?.token !== this.options.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return undefined;
    }
    const session = this.sessions.get(d.session_id);
    if (!session || session.ended || session.socket) {
      // d: false tells the client to start over with IDENTIFY.
      this.send(socket, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return undefined;
    }
    if (d.seq > session.seq) {
      socket.close(GatewayCloseCodes.InvalidSeq, 'Invalid seq.');
      return undefined;
    }
    session.socket = socket;
    for (const missed of session.sent.filter((p) => p.s > d.seq)) this.send(socket, missed);
    this.dispatch(session, { t: GatewayDispatchEvents.Resumed, d: undefined });
    this.options.onSessionEvent('resume');
    return session;
  }

  /** Sends to the current session; while it is disconnected but resumable, the event waits for the RESUME replay. */
  dispatchToClient(event: Pick<GatewayDispatchPayload, 't' | 'd'>): void {
    const session = this.current;
    if (!session || session.ended) throw new Error('fake-discord: no gateway client has identified (or its session ended)');
    this.dispatch(session, event);
  }

  private dispatch(session: Session, event: Pick<GatewayDispatchPayload, 't' | 'd'>): void {
    const payload = { op: GatewayOpcodes.Dispatch, s: ++session.seq, ...event } as GatewayDispatchPayload;
    session.sent.push(payload);
    if (session.socket) this.send(session.socket, payload);
  }

  private send(socket: WebSocket, payload: GatewayReceivePayload): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  /** Server-side disconnect. discord.js resumes after most codes (e.g. 4000) and re-identifies after 1000. */
  disconnectAll(code: number, reason: string): void {
    for (const socket of this.sockets) socket.close(code, reason);
  }

  closeAll(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }
}
