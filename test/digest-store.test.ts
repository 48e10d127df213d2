import { afterEach, describe, expect, it } from 'vitest';
import { initialChannelState } from '../src/digest/compose.ts';
import type { Schedule } from '../src/digest/schedule.ts';
import { MIGRATIONS, openDatabase, type Db } from '../src/store/db.ts';
import { DigestStore } from '../src/store/digest.ts';

const DAILY: Schedule = { kind: 'daily', time: '09:00', timezone: 'Asia/Taipei' };
let db: Db;
let time = new Date('2026-11-25T00:00:00Z');
const store = () => new DigestStore(db, () => time);

afterEach(() => db?.close());

function subscribe(channelId = '1001', schedule: Schedule = DAILY) {
  return store().upsertSubscription({ guildId: '900', channelId, schedule, skipWhenNothingNew: false, source: 'command' });
}

describe('DigestStore', () => {
  it('is created by the appended migration', () => {
    db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'digest_%'").all() as Array<{ name: string }>).map((row) => row.name);
    expect(tables.sort()).toEqual(['digest_channel_state', 'digest_leader', 'digest_runs', 'digest_subscriptions']);
  });

  it('claims a run once per (subscription, scheduled time), and the database itself enforces it', () => {
    db = openDatabase(':memory:');
    const { id } = subscribe();
    const at = '2026-11-26T01:00:00.000Z';
    expect(store().claimRun(id, at, 'nonce-1')).toBe(true);
    expect(store().claimRun(id, at, 'nonce-2')).toBe(false);
    expect(store().runs(id)).toMatchObject([{ scheduledFor: at, status: 'pending', nonce: 'nonce-1' }]);
    expect(() =>
      db.prepare("INSERT INTO digest_runs (subscription_id, scheduled_for, status, nonce, created_at, updated_at) VALUES (?, ?, 'pending', 'x', '', '')").run(id, at),
    ).toThrow(/UNIQUE/);
  });

  it('keeps one subscription per channel; an unchanged upsert keeps its place, a paused one is reactivated', () => {
    db = openDatabase(':memory:');
    const first = subscribe();
    time = new Date('2026-11-25T06:00:00Z');
    expect(subscribe().activeSince).toBe(first.activeSince);
    store().pause(first.id, 'Missing Permissions');
    expect(store().activeSubscriptions()).toEqual([]);
    const resumed = subscribe();
    expect(resumed).toMatchObject({ id: first.id, pausedReason: null, lastError: null, activeSince: time.toISOString() });
    expect(store().subscriptionsForGuild('900')).toHaveLength(1);
  });

  it('records a post and the channel state together', () => {
    db = openDatabase(':memory:');
    const { id } = subscribe();
    store().claimRun(id, '2026-11-26T01:00:00.000Z', 'n');
    const [run] = store().pendingRuns(id);
    store().startAttempt(run!.id);
    const state = { ...initialChannelState('1001'), lastDigestAt: '2026-11-26T01:00:00.000Z', featuredShown: ['jfd-rarity'], seenVersions: { 'jfd-rarity': '2026-11-25' } };
    store().recordPosted(run!.id, 'm-1', state);
    expect(store().lastPostedRun(id)).toMatchObject({ messageId: 'm-1', attempts: 1, status: 'posted' });
    expect(store().channelState('1001')).toEqual(state);
    expect(store().pendingRuns(id)).toEqual([]);
  });

  it('gives the leader lock to one owner at a time until its lease runs out', () => {
    db = openDatabase(':memory:');
    time = new Date('2026-11-25T00:00:00Z');
    expect(store().acquireLeadership('a', 60_000)).toBe(true);
    expect(store().acquireLeadership('b', 60_000)).toBe(false);
    time = new Date('2026-11-25T00:00:30Z');
    expect(store().acquireLeadership('a', 60_000)).toBe(true); // renewed until 00:01:30
    time = new Date('2026-11-25T00:01:00Z');
    expect(store().acquireLeadership('b', 60_000)).toBe(false);
    time = new Date('2026-11-25T00:01:30Z');
    expect(store().acquireLeadership('b', 60_000)).toBe(true);
    expect(store().acquireLeadership('a', 60_000)).toBe(false);
    store().releaseLeadership('b');
    expect(store().acquireLeadership('a', 60_000)).toBe(true);
  });
});
