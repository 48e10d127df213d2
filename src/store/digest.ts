/**
 * Scheduled digests in SQLite: subscriptions (one per channel), runs (one per subscription and scheduled
 * time, under a UNIQUE key, so a run can be claimed once however many processes try), what each channel
 * has been shown, and the leader lock that lets one process schedule. Nothing lives only in memory, so a
 * restart resumes exactly where the last process stopped. Times are ISO strings in UTC (they sort as text),
 * except the lock's expiry, in epoch milliseconds.
 */
import type { ChannelDigestState } from '../digest/compose.ts';
import { initialChannelState } from '../digest/compose.ts';
import type { Schedule, Weekday } from '../digest/schedule.ts';
import type { Db } from './db.ts';

export type SubscriptionSource = 'command' | 'env';

export interface DigestSubscription {
  id: number;
  guildId: string | null;
  channelId: string;
  /** As it was when subscribed, for display; null when unknown (env subscription, channel not visible). */
  channelName: string | null;
  schedule: Schedule;
  skipWhenNothingNew: boolean;
  source: SubscriptionSource;
  /** Set when Discord refused the channel for good (deleted, access lost): no runs until resubscribed. */
  pausedReason: string | null;
  lastError: string | null;
  /** Runs before this are not owed: set at creation and whenever the subscription is (re)activated. */
  activeSince: string;
  createdAt: string;
}

export type RunStatus = 'pending' | 'posted' | 'skipped' | 'failed';

export interface DigestRun {
  id: number;
  subscriptionId: number;
  scheduledFor: string;
  status: RunStatus;
  nonce: string;
  messageId: string | null;
  /** Why it was skipped or failed, or the last transient error of a pending run. */
  error: string | null;
  attempts: number;
  firstAttemptAt: string | null;
  nextAttemptAt: string | null;
}

export interface SubscriptionInput {
  guildId: string | null;
  channelId: string;
  channelName?: string | null;
  schedule: Schedule;
  skipWhenNothingNew: boolean;
  source: SubscriptionSource;
}

interface SubscriptionRow {
  id: number;
  guild_id: string | null;
  channel_id: string;
  channel_name: string | null;
  schedule_kind: Schedule['kind'];
  cron_expression: string | null;
  time: string | null;
  day: string | null;
  timezone: string;
  skip_when_nothing_new: number;
  source: SubscriptionSource;
  paused_reason: string | null;
  last_error: string | null;
  active_since: string;
  created_at: string;
}


function toSchedule(row: SubscriptionRow): Schedule {
  const timezone = row.timezone;
  if (row.schedule_kind === 'cron') return { kind: 'cron', expression: row.cron_expression!, timezone };
  if (row.schedule_kind === 'weekly') return { kind: 'weekly', day: row.day as Weekday, time: row.time!, timezone };
  return { kind: 'daily', time: row.time!, timezone };
}

function scheduleColumns(schedule: Schedule) {
  return {
    schedule_kind: schedule.kind,
    cron_expression: schedule.kind === 'cron' ? schedule.expression : null,
    time: schedule.kind === 'cron' ? null : schedule.time,
    day: schedule.kind === 'weekly' ? schedule.day : null,
    timezone: schedule.timezone,
  };
}

function toSubscription(row: SubscriptionRow): DigestSubscription {
  return {
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    channelName: row.channel_name,
    schedule: toSchedule(row),
    skipWhenNothingNew: row.skip_when_nothing_new === 1,
    source: row.source,
    pausedReason: row.paused_reason,
    lastError: row.last_error,
    activeSince: row.active_since,
    createdAt: row.created_at,
  };
}

/** Runs are read straight into DigestRun's shape. */
const RUN_COLUMNS = `id, subscription_id AS subscriptionId, scheduled_for AS scheduledFor, status, nonce, message_id AS messageId,
  error, attempts, first_attempt_at AS firstAttemptAt, next_attempt_at AS nextAttemptAt`;

const sameSchedule = (a: Schedule, b: Schedule) => JSON.stringify(scheduleColumns(a)) === JSON.stringify(scheduleColumns(b));

export class DigestStore {
  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {}

  private stamp(): string {
    return this.now().toISOString();
  }

  /**
   * Creates the channel's subscription or replaces its settings. It is (re)activated, meaning runs are owed
   * from now, when it is new, was paused or changes schedule; otherwise an unchanged upsert (the env
   * subscription at every start) keeps its place, so a run missed while the bot was down is still owed.
   */
  upsertSubscription(input: SubscriptionInput): DigestSubscription {
    const stamp = this.stamp();
    const existing = this.subscriptionForChannel(input.channelId);
    const reactivate = !existing || existing.pausedReason !== null || !sameSchedule(existing.schedule, input.schedule);
    const columns = {
      guild_id: input.guildId ?? existing?.guildId ?? null,
      channel_id: input.channelId,
      channel_name: input.channelName ?? existing?.channelName ?? null,
      ...scheduleColumns(input.schedule),
      skip_when_nothing_new: input.skipWhenNothingNew ? 1 : 0,
      source: input.source,
      active_since: reactivate ? stamp : existing!.activeSince,
      stamp,
    };
    this.db
      .prepare(
        `INSERT INTO digest_subscriptions
           (guild_id, channel_id, channel_name, schedule_kind, cron_expression, time, day, timezone, skip_when_nothing_new, source,
            active_since, created_at, updated_at)
         VALUES (@guild_id, @channel_id, @channel_name, @schedule_kind, @cron_expression, @time, @day, @timezone, @skip_when_nothing_new,
            @source, @active_since, @stamp, @stamp)
         ON CONFLICT (channel_id) DO UPDATE SET
           guild_id = excluded.guild_id, channel_name = excluded.channel_name, schedule_kind = excluded.schedule_kind, cron_expression = excluded.cron_expression,
           time = excluded.time, day = excluded.day, timezone = excluded.timezone,
           skip_when_nothing_new = excluded.skip_when_nothing_new, source = excluded.source,
           active_since = excluded.active_since, updated_at = excluded.updated_at,
           paused_reason = NULL,
           last_error = CASE WHEN excluded.active_since = digest_subscriptions.active_since THEN last_error ELSE NULL END`,
      )
      .run(columns);
    return this.subscriptionForChannel(input.channelId)!;
  }

  /** Removes the subscription and its run history; the channel's rotation state is kept for a return. */
  removeSubscription(channelId: string, guildId?: string): boolean {
    const result = guildId
      ? this.db.prepare('DELETE FROM digest_subscriptions WHERE channel_id = ? AND guild_id = ?').run(channelId, guildId)
      : this.db.prepare('DELETE FROM digest_subscriptions WHERE channel_id = ?').run(channelId);
    return result.changes > 0;
  }

  /** Env subscriptions other than `keepChannelId` (the variable changed or was removed). */
  removeEnvSubscriptionsExcept(keepChannelId: string | null): number {
    return this.db
      .prepare("DELETE FROM digest_subscriptions WHERE source = 'env' AND channel_id IS NOT ?")
      .run(keepChannelId).changes;
  }

  subscriptionForChannel(channelId: string): DigestSubscription | undefined {
    const row = this.db.prepare('SELECT * FROM digest_subscriptions WHERE channel_id = ?').get(channelId) as SubscriptionRow | undefined;
    return row && toSubscription(row);
  }

  subscriptionsForGuild(guildId: string): DigestSubscription[] {
    const rows = this.db.prepare('SELECT * FROM digest_subscriptions WHERE guild_id = ? ORDER BY id').all(guildId) as SubscriptionRow[];
    return rows.map(toSubscription);
  }

  activeSubscriptions(): DigestSubscription[] {
    const rows = this.db.prepare('SELECT * FROM digest_subscriptions WHERE paused_reason IS NULL ORDER BY id').all() as SubscriptionRow[];
    return rows.map(toSubscription);
  }

  pause(subscriptionId: number, reason: string): void {
    this.db
      .prepare('UPDATE digest_subscriptions SET paused_reason = ?, last_error = ?, updated_at = ? WHERE id = ?')
      .run(reason, reason, this.stamp(), subscriptionId);
  }

  setLastError(subscriptionId: number, error: string | null): void {
    this.db.prepare('UPDATE digest_subscriptions SET last_error = ?, updated_at = ? WHERE id = ?').run(error, this.stamp(), subscriptionId);
  }

  /** The latest scheduled time this subscription has a run for, in any status. */
  latestRunTime(subscriptionId: number): string | null {
    const row = this.db.prepare('SELECT MAX(scheduled_for) AS latest FROM digest_runs WHERE subscription_id = ?').get(subscriptionId) as {
      latest: string | null;
    };
    return row.latest;
  }

  /**
   * Claims a run under its unique key. Returns false when the run already exists (another process or an
   * earlier tick claimed it), which is how a run is never made twice.
   */
  claimRun(subscriptionId: number, scheduledFor: string, nonce: string, skipReason?: string): boolean {
    const stamp = this.stamp();
    const result = this.db
      .prepare(
        `INSERT INTO digest_runs (subscription_id, scheduled_for, status, nonce, error, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (subscription_id, scheduled_for) DO NOTHING`,
      )
      .run(subscriptionId, scheduledFor, skipReason ? 'skipped' : 'pending', nonce, skipReason ?? null, stamp, stamp);
    return result.changes === 1;
  }

  runFor(subscriptionId: number, scheduledFor: string): DigestRun | undefined {
    return this.db.prepare(`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE subscription_id = ? AND scheduled_for = ?`).get(subscriptionId, scheduledFor) as
      | DigestRun
      | undefined;
  }

  pendingRuns(subscriptionId: number): DigestRun[] {
    return this.db
      .prepare(`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE subscription_id = ? AND status = 'pending' ORDER BY scheduled_for`)
      .all(subscriptionId) as DigestRun[];
  }

  runs(subscriptionId: number): DigestRun[] {
    return this.db.prepare(`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE subscription_id = ? ORDER BY scheduled_for`).all(subscriptionId) as DigestRun[];
  }

  lastPostedRun(subscriptionId: number): DigestRun | undefined {
    return this.db
      .prepare(`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE subscription_id = ? AND status = 'posted' ORDER BY scheduled_for DESC LIMIT 1`)
      .get(subscriptionId) as DigestRun | undefined;
  }

  /** Recorded before posting, so that a crash mid-post is known at the next start. */
  startAttempt(runId: number): void {
    const stamp = this.stamp();
    this.db
      .prepare(
        `UPDATE digest_runs SET attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, ?),
           next_attempt_at = NULL, updated_at = ? WHERE id = ? AND status = 'pending'`,
      )
      .run(stamp, stamp, runId);
  }

  /** The run is posted and the channel has now seen this digest: one transaction, so both or neither. */
  recordPosted(runId: number, messageId: string, channelState: ChannelDigestState): void {
    const stamp = this.stamp();
    this.db.transaction(() => {
      const run = this.db
        .prepare("UPDATE digest_runs SET status = 'posted', message_id = ?, error = NULL, updated_at = ? WHERE id = ? RETURNING subscription_id")
        .get(messageId, stamp, runId) as { subscription_id: number } | undefined;
      if (run) this.setLastError(run.subscription_id, null);
      this.saveChannelState(channelState);
    })();
  }

  /** A transient failure: the run stays pending and is tried again at `nextAttemptAt`. */
  recordRetry(runId: number, error: string, nextAttemptAt: Date): void {
    this.db
      .prepare('UPDATE digest_runs SET error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?')
      .run(error, nextAttemptAt.toISOString(), this.stamp(), runId);
  }

  finishRun(runId: number, status: 'skipped' | 'failed', reason: string): void {
    this.db.prepare('UPDATE digest_runs SET status = ?, error = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?').run(status, reason, this.stamp(), runId);
  }

  channelState(channelId: string): ChannelDigestState {
    const row = this.db.prepare('SELECT * FROM digest_channel_state WHERE channel_id = ?').get(channelId) as
      | { last_digest_at: string | null; featured_shown: string; seen_versions: string }
      | undefined;
    if (!row) return initialChannelState(channelId);
    return {
      channelId,
      lastDigestAt: row.last_digest_at,
      featuredShown: JSON.parse(row.featured_shown) as string[],
      seenVersions: JSON.parse(row.seen_versions) as Record<string, string>,
    };
  }

  private saveChannelState(state: ChannelDigestState): void {
    this.db
      .prepare(
        `INSERT INTO digest_channel_state (channel_id, last_digest_at, featured_shown, seen_versions) VALUES (?, ?, ?, ?)
         ON CONFLICT (channel_id) DO UPDATE SET last_digest_at = excluded.last_digest_at,
           featured_shown = excluded.featured_shown, seen_versions = excluded.seen_versions`,
      )
      .run(state.channelId, state.lastDigestAt, JSON.stringify(state.featuredShown), JSON.stringify(state.seenVersions));
  }

  /**
   * Takes or renews the leader lock in one statement (so two processes cannot both win): it succeeds when
   * nobody holds it, when `owner` already does, or when the holder's lease has expired.
   */
  acquireLeadership(owner: string, leaseMs: number): boolean {
    const now = this.now().getTime();
    const result = this.db
      .prepare(
        `INSERT INTO digest_leader (id, owner, expires_at) VALUES (1, @owner, @expires)
         ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
         WHERE digest_leader.owner = excluded.owner OR digest_leader.expires_at <= @now`,
      )
      .run({ owner, expires: now + leaseMs, now });
    return result.changes === 1;
  }

  releaseLeadership(owner: string): void {
    this.db.prepare('DELETE FROM digest_leader WHERE owner = ?').run(owner);
  }
}
