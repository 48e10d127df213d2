/**
 * The digest runner. Every tick (at each due run, and at least every `pollMs`) the leader process:
 * 1. claims each subscription's due runs under their unique key (subscription, scheduled time): the latest
 *    due run as pending if it is less than `graceMs` late, every other one as skipped, so a bot that was
 *    down posts at most one catch-up digest per channel, never a burst;
 * 2. posts each pending run with a nonce derived from that key and `enforce_nonce`, then records the
 *    message id. A crash between posting and recording leaves the run pending; the retry (within Discord's
 *    nonce window) gets the same message back instead of making a second one.
 * Discord refusing the channel for good (403/404: deleted channel, lost access or permission) pauses the
 * subscription with the reason; 429 is waited out by discord.js' REST client; 5xx and network errors are
 * retried a few times inside the nonce window. Nothing here throws out: every failure is logged and stored.
 * Only the process holding the SQLite leader lock schedules, so several shards or processes post once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { DigestStore, type DigestRun, type DigestSubscription } from '../store/digest.ts';
import { composeDigest } from './compose.ts';
import { discordErrorOf, type DigestPoster } from './poster.ts';
import { DEFAULT_TIMEZONE, runsBetween, type Schedule } from './schedule.ts';

/** Time as the scheduler sees it; tests pass a clock they move by hand. */
export interface Clock {
  now(): Date;
  /** Calls `callback` once after `ms`; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref(); // the bot's connection keeps the process alive, not the digest timer
    return () => clearTimeout(timer);
  },
};

export type DigestLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

/** The one-server setup from the environment (DIGEST_CHANNEL_ID, DIGEST_SCHEDULE, DIGEST_TIMEZONE). */
export interface EnvDigest {
  channelId: string;
  schedule: Schedule;
}

export const DEFAULT_ENV_CRON = '0 9 * * *';

/** The env subscription, or null when DIGEST_CHANNEL_ID is unset (the other two are then ignored). */
export function envDigest(config: { DIGEST_CHANNEL_ID?: string; DIGEST_SCHEDULE?: string; DIGEST_TIMEZONE?: string }): EnvDigest | null {
  if (!config.DIGEST_CHANNEL_ID) return null;
  const expression = config.DIGEST_SCHEDULE ?? DEFAULT_ENV_CRON;
  return { channelId: config.DIGEST_CHANNEL_ID, schedule: { kind: 'cron', expression, timezone: config.DIGEST_TIMEZONE ?? DEFAULT_TIMEZONE } };
}

export interface DigestSchedulerOptions {
  db: Db;
  kb: KnowledgeBase;
  poster: DigestPoster;
  log: DigestLogger;
  clock?: Clock;
  env?: EnvDigest | null;
  /** A run later than this is skipped rather than posted late. */
  graceMs?: number;
  /** How long the leader lock lasts without renewal (a crashed leader is replaced after this). */
  leaseMs?: number;
  /** The longest wait between ticks: renews the lock and picks up subscriptions other processes made. */
  pollMs?: number;
  /** How long Discord recognises a nonce ("a few minutes"); no retry is made after it. */
  nonceWindowMs?: number;
  /** Identifies this process in the leader lock. */
  owner?: string;
}

export interface DigestScheduler {
  readonly owner: string;
  /** Runs one tick now (after any tick in progress); never rejects. */
  tick(): Promise<void>;
  /** Stops scheduling, waits for the tick in progress, and gives up the leader lock. */
  stop(): Promise<void>;
}

const MINUTE = 60_000;
const DEFAULTS = { graceMs: 60 * MINUTE, leaseMs: MINUTE, pollMs: 20_000, nonceWindowMs: 2 * MINUTE };
/** After a 5xx or network error (discord.js has already retried it): waits before the next attempts. */
const RETRY_DELAYS_MS = [15_000, 30_000, 45_000];
/** Runs older than this are not looked at: after a week down, one skipped run stands for the rest. */
const LOOKBACK_MS = 8 * 24 * 60 * MINUTE;
const MAX_RUNS_PER_PLAN = 500;

/** Discord's answers that will not change by retrying: the channel is gone or closed to the bot. */
const PERMANENT_CODES: Readonly<Record<number, string>> = {
  10003: 'the channel no longer exists (Discord: Unknown Channel)',
  50001: 'the bot can no longer see the channel (Discord: Missing Access)',
  50013: 'the bot may not post there (Discord: Missing Permissions); it needs View Channel, Send Messages and Embed Links',
};

/** At most 25 characters (Discord's limit), the same for the same run in every process. */
export function digestNonce(subscriptionId: number, scheduledFor: string): string {
  return `dg${createHash('sha256').update(`${subscriptionId}@${scheduledFor}`).digest('base64url').slice(0, 22)}`;
}

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`;
}

function errorText(error: unknown): string {
  const { status, code } = discordErrorOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const detail = [status && `HTTP ${status}`, code && `code ${code}`].filter(Boolean).join(', ');
  return detail ? `${message} (${detail})` : message;
}

function permanentReason(error: unknown): string | null {
  const { status, code } = discordErrorOf(error);
  if (code !== undefined && PERMANENT_CODES[code]) return PERMANENT_CODES[code];
  if (status === 403) return `Discord refused the post: ${errorText(error)}`;
  if (status === 404) return `Discord does not know the channel: ${errorText(error)}`;
  return null;
}

function isTransient(error: unknown): boolean {
  const { status } = discordErrorOf(error);
  return status === undefined || status === 429 || status >= 500;
}

class Scheduler implements DigestScheduler {
  readonly owner: string;
  private readonly store: DigestStore;
  private readonly clock: Clock;
  private readonly settings: typeof DEFAULTS;
  private queue: Promise<void> = Promise.resolve();
  private cancelTimer: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: DigestSchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.store = new DigestStore(options.db, () => this.clock.now());
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.settings = {
      graceMs: options.graceMs ?? DEFAULTS.graceMs,
      leaseMs: options.leaseMs ?? DEFAULTS.leaseMs,
      pollMs: options.pollMs ?? DEFAULTS.pollMs,
      nonceWindowMs: options.nonceWindowMs ?? DEFAULTS.nonceWindowMs,
    };
  }

  start(): void {
    this.queue = this.guard('env subscription', () => this.syncEnvSubscription());
    void this.tick();
  }

  tick(): Promise<void> {
    this.queue = this.queue.then(() => this.runTick());
    return this.queue;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer?.();
    await this.queue;
    await this.guard('release leadership', () => this.store.releaseLeadership(this.owner));
  }

  /** Runs `work`, logging instead of throwing. */
  private async guard(what: string, work: () => unknown): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.options.log.error({ err: error }, `digest scheduler: ${what} failed`);
    }
  }

  private async runTick(): Promise<void> {
    if (this.stopped) return;
    let leader = false;
    await this.guard('tick', async () => {
      leader = this.store.acquireLeadership(this.owner, this.settings.leaseMs);
      if (!leader) return;
      const now = this.clock.now();
      const subscriptions = this.store.activeSubscriptions();
      // Channels are independent: one waiting out a rate limit does not hold up the others.
      await Promise.all(subscriptions.map((subscription) => this.guard(`subscription ${subscription.id}`, () => this.process(subscription, now))));
    });
    await this.guard('arm timer', () => this.arm(leader));
  }

  /** Sleeps until the next due run or retry, or `pollMs`, whichever comes first. */
  private arm(leader: boolean): void {
    if (this.stopped) return;
    this.cancelTimer?.();
    const now = this.clock.now().getTime();
    let wake = now + this.settings.pollMs;
    if (leader) {
      for (const subscription of this.store.activeSubscriptions()) {
        const [next] = runsBetween(subscription.schedule, new Date(now), new Date(wake), 1);
        if (next) wake = Math.min(wake, next.getTime());
        for (const run of this.store.pendingRuns(subscription.id)) {
          if (run.nextAttemptAt) wake = Math.min(wake, new Date(run.nextAttemptAt).getTime());
        }
      }
    }
    this.cancelTimer = this.clock.setTimer(() => void this.tick(), Math.max(wake - now, 0));
  }

  private async process(subscription: DigestSubscription, now: Date): Promise<void> {
    this.claimDueRuns(subscription, now);
    for (const run of this.store.pendingRuns(subscription.id)) {
      const paused = await this.attempt(subscription, run, now);
      if (paused) return;
    }
  }

  /** Claims the runs due since the last one (or since the subscription became active). */
  private claimDueRuns(subscription: DigestSubscription, now: Date): void {
    const latest = this.store.latestRunTime(subscription.id);
    const anchor = Math.max(
      new Date(subscription.activeSince).getTime(),
      latest ? new Date(latest).getTime() : 0,
      now.getTime() - LOOKBACK_MS,
    );
    const due = runsBetween(subscription.schedule, new Date(anchor), now, MAX_RUNS_PER_PLAN);
    const newest = due.at(-1);
    for (const time of due) {
      const scheduledFor = time.toISOString();
      const late = now.getTime() - time.getTime();
      const skipReason =
        late > this.settings.graceMs
          ? this.missedReason(late)
          : time !== newest
            ? `superseded by the run at ${newest!.toISOString()}: only the latest missed run is posted`
            : undefined;
      if (this.store.claimRun(subscription.id, scheduledFor, digestNonce(subscription.id, scheduledFor), skipReason) && skipReason) {
        this.options.log.warn({ subscriptionId: subscription.id, channelId: subscription.channelId, scheduledFor, reason: skipReason }, 'digest run skipped');
      }
    }
  }

  private missedReason(lateMs: number): string {
    return `missed by ${formatDuration(lateMs)} (the bot was not running); runs more than ${formatDuration(this.settings.graceMs)} late are skipped, not posted late`;
  }

  /** One attempt at a pending run. Returns true when the subscription got paused. */
  private async attempt(subscription: DigestSubscription, run: DigestRun, now: Date): Promise<boolean> {
    const { log } = this.options;
    const context = { subscriptionId: subscription.id, channelId: subscription.channelId, scheduledFor: run.scheduledFor };
    if (run.nextAttemptAt && new Date(run.nextAttemptAt) > now) return false;
    const scheduledFor = new Date(run.scheduledFor);
    if (run.firstAttemptAt === null && now.getTime() - scheduledFor.getTime() > this.settings.graceMs) {
      this.store.finishRun(run.id, 'skipped', this.missedReason(now.getTime() - scheduledFor.getTime()));
      return false;
    }
    if (run.firstAttemptAt !== null && now.getTime() - new Date(run.firstAttemptAt).getTime() > this.settings.nonceWindowMs) {
      // Past Discord's nonce window a retry could make a second message, so the run ends here, visibly.
      const reason = `gave up after ${run.attempts} attempt(s): ${run.error ?? 'the bot stopped while posting'}; not retried later, so as never to post twice`;
      this.store.finishRun(run.id, 'failed', reason);
      this.store.setLastError(subscription.id, reason);
      log.error({ ...context, reason }, 'digest run failed');
      return false;
    }

    const digest = composeDigest(this.options.kb, this.store.channelState(subscription.channelId), scheduledFor);
    if (subscription.skipWhenNothingNew && digest.nothingNew) {
      this.store.finishRun(run.id, 'skipped', 'nothing new since the last digest (this subscription skips such runs)');
      log.info(context, 'digest run skipped: nothing new');
      return false;
    }
    this.store.startAttempt(run.id);
    try {
      const { messageId } = await this.options.poster.post(subscription.channelId, digest.message, run.nonce);
      this.store.recordPosted(run.id, messageId, digest.nextState);
      log.info({ ...context, messageId, newFacts: digest.newFactIds.length, featured: digest.featuredFactId }, 'digest posted');
      return false;
    } catch (error) {
      return this.recordFailure(subscription, run, error, context);
    }
  }

  private recordFailure(subscription: DigestSubscription, run: DigestRun, error: unknown, context: object): boolean {
    const { log } = this.options;
    const permanent = permanentReason(error);
    if (permanent) {
      this.store.finishRun(run.id, 'failed', permanent);
      this.store.pause(subscription.id, permanent);
      log.warn({ ...context, reason: permanent }, 'digest subscription paused');
      return true;
    }
    const attempts = run.attempts + 1;
    const message = errorText(error);
    const delay = RETRY_DELAYS_MS[attempts - 1];
    if (isTransient(error) && delay !== undefined) {
      this.store.recordRetry(run.id, message, new Date(this.clock.now().getTime() + delay));
      this.store.setLastError(subscription.id, `${message} (retrying)`);
      log.warn({ ...context, err: error, attempts }, 'digest post failed; will retry');
    } else {
      this.store.finishRun(run.id, 'failed', message);
      this.store.setLastError(subscription.id, message);
      log.error({ ...context, err: error, attempts }, 'digest post failed');
    }
    return false;
  }

  /**
   * Makes the stored env subscription match the environment. A paused one stays paused while the bot
   * still lacks access; a restart after the admin fixed it resumes it.
   */
  private async syncEnvSubscription(): Promise<void> {
    const { env, poster, log } = this.options;
    const removed = this.store.removeEnvSubscriptionsExcept(env?.channelId ?? null);
    if (removed > 0) log.info({ removed }, 'digest: removed subscriptions no longer in the environment');
    if (!env) return;
    const access = await poster.inspectChannel(env.channelId).catch((error: unknown) => {
      log.warn({ err: error, channelId: env.channelId }, 'digest: could not check DIGEST_CHANNEL_ID');
      return null;
    });
    if (access && access.missing.length > 0) {
      log.warn({ channelId: env.channelId, missing: access.missing }, 'digest: the bot lacks permissions in DIGEST_CHANNEL_ID');
    }
    const existing = this.store.subscriptionForChannel(env.channelId);
    if (existing?.pausedReason && (!access || access.missing.length > 0)) return;
    this.store.upsertSubscription({
      guildId: access?.guildId ?? null,
      channelId: env.channelId,
      channelName: access?.name ?? null,
      schedule: env.schedule,
      skipWhenNothingNew: false,
      source: 'env',
    });
  }
}

/** Starts the runner (the first tick at once); `stop()` before closing the database. */
export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const scheduler = new Scheduler(options);
  scheduler.start();
  return scheduler;
}
