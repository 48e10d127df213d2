import type { APIMessage, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestPoster, type DigestPoster } from '../src/digest/poster.ts';
import { startDigestScheduler, type DigestScheduler, type DigestSchedulerOptions } from '../src/digest/scheduler.ts';
import type { Schedule } from '../src/digest/schedule.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { openDatabase, type Db } from '../src/store/db.ts';
import { DigestStore, type DigestSubscription } from '../src/store/digest.ts';
import { captureLog, ManualClock, restFor, type CapturedLog } from './digest-support.ts';
import { startBotOnFakeDiscord } from './support/bot-harness.ts';
import { chatInputCommand, startFakeDiscord, type FakeDiscord } from './support/fake-discord.ts';

const kb = loadKnowledgeBase();
const DAILY_NINE: Schedule = { kind: 'daily', time: '09:00', timezone: 'Asia/Taipei' };
/** 09:00 in Taipei on 26 November 2026. */
const RUN = '2026-11-26T01:00:00.000Z';
const at = (offsetMs: number) => new Date(new Date(RUN).getTime() + offsetMs);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

let fake: FakeDiscord;
let db: Db;
let clock: ManualClock;
let log: CapturedLog;
let poster: DigestPoster;
const running: DigestScheduler[] = [];

beforeEach(async () => {
  fake = await startFakeDiscord({
    guilds: [{ channels: [{ name: 'general' }, { name: 'digest' }, { name: 'news' }] }],
  });
  db = openDatabase(':memory:');
  clock = new ManualClock(at(-10 * MINUTE));
  log = captureLog();
  poster = createRestPoster(restFor(fake));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((scheduler) => scheduler.stop()));
  db.close();
  await fake.close();
});

const store = () => new DigestStore(db, () => clock.now());
const channel = (name: string) => [...fake.guilds.get(fake.guildId)!.channels.values()].find((c) => c.name === name)!.id;

function subscribe(name = 'digest', schedule: Schedule = DAILY_NINE): DigestSubscription {
  return store().upsertSubscription({ guildId: fake.guildId, channelId: channel(name), schedule, skipWhenNothingNew: false, source: 'command' });
}

async function start(options: Partial<DigestSchedulerOptions> = {}): Promise<DigestScheduler> {
  const scheduler = startDigestScheduler({ db, kb, poster, clock, log: log.logger, ...options });
  running.push(scheduler);
  await scheduler.tick();
  return scheduler;
}

const posts = (channelId: string) => fake.messages.filter((message) => message.channel_id === channelId);
const postRequests = () => fake.requests.filter((request) => request.method === 'POST' && /^\/channels\/\d+\/messages$/.test(request.path));

/** Every quote in a posted digest is verbatim in the paragraph it names. */
function expectVerbatimCitations(message: APIMessage): void {
  const text = message.embeds.flatMap((embed) => [embed.description ?? '', ...(embed.fields ?? []).map((field) => `${field.name}\n${field.value}`)]).join('\n');
  const quotes = [...text.matchAll(/^> (.+) — \*paragraph (\d+)\*$/gm)];
  expect(quotes.length).toBeGreaterThanOrEqual(6);
  for (const [, quote, paragraph] of quotes) {
    expect(kb.article.paragraphs[Number(paragraph) - 1]).toContain(quote!.replace(/\\(.)/g, '$1'));
  }
}

describe('the digest scheduler against the local Discord', () => {
  it('posts at the scheduled minute, with citations, a nonce and no pings, exactly once', async () => {
    const subscription = subscribe();
    clock.set(at(-10 * SECOND));
    const scheduler = await start();
    expect(posts(subscription.channelId)).toHaveLength(0);
    // The scheduler sleeps until exactly 09:00.
    expect(clock.nextTimerAt()?.toISOString()).toBe(RUN);

    clock.set(RUN);
    await scheduler.tick();
    const [message] = posts(subscription.channelId);
    expect(message).toBeDefined();
    expect(message!.embeds[0]!.title).toBe('Article digest');
    expectVerbatimCitations(message!);
    const body = postRequests()[0]!.body as RESTPostAPIChannelMessageJSONBody;
    expect(body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(String(body.nonce).length).toBeLessThanOrEqual(25);
    expect(store().runFor(subscription.id, RUN)).toMatchObject({ status: 'posted', messageId: message!.id, nonce: body.nonce });

    clock.set(at(30 * SECOND));
    await scheduler.tick();
    expect(posts(subscription.channelId)).toHaveLength(1);
  });

  it('makes one post when restarted just before the run', async () => {
    const subscription = subscribe();
    clock.set(at(-20 * SECOND));
    await (await start()).stop();
    clock.set(at(10 * SECOND));
    await start();
    expect(posts(subscription.channelId)).toHaveLength(1);
  });

  it('makes one post when restarted just after the run', async () => {
    const subscription = subscribe();
    clock.set(RUN);
    await (await start()).stop();
    expect(posts(subscription.channelId)).toHaveLength(1);
    clock.set(at(30 * SECOND));
    await start();
    expect(posts(subscription.channelId)).toHaveLength(1);
  });

  it('makes one post when the process dies between posting and recording: the nonce returns the same message', async () => {
    const subscription = subscribe();
    let posted!: () => void;
    const postedOnce = new Promise<void>((resolve) => (posted = resolve));
    // Posts for real, then never returns: the process "dies" before it records the message id.
    const dying: DigestPoster = {
      inspectChannel: (id) => poster.inspectChannel(id),
      post: async (channelId, message, nonce) => {
        await poster.post(channelId, message, nonce);
        posted();
        return new Promise<never>(() => {});
      },
    };
    clock.set(RUN);
    const first = startDigestScheduler({ db, kb, poster: dying, clock, log: log.logger, owner: 'dies' });
    await postedOnce;
    expect(posts(subscription.channelId)).toHaveLength(1);
    expect(store().runFor(subscription.id, RUN)).toMatchObject({ status: 'pending', messageId: null, attempts: 1 });
    void first.stop(); // stops its timer; the post it waits on never returns, as after a crash

    // The dead process's lock runs out; the next one retries the pending run with the same nonce.
    clock.set(at(61 * SECOND));
    await start({ owner: 'restarted' });
    const messages = posts(subscription.channelId);
    expect(messages).toHaveLength(1);
    expect(postRequests()).toHaveLength(2);
    expect(store().runFor(subscription.id, RUN)).toMatchObject({ status: 'posted', messageId: messages[0]!.id, attempts: 2 });
  });

  it('skips a run missed by two hours instead of posting it late, then posts the next one', async () => {
    const subscription = subscribe();
    clock.set(at(2 * 60 * MINUTE));
    const scheduler = await start();
    expect(posts(subscription.channelId)).toHaveLength(0);
    const run = store().runFor(subscription.id, RUN)!;
    expect(run.status).toBe('skipped');
    expect(run.error).toContain('missed by 2 hours');

    clock.set(at(24 * 60 * MINUTE));
    await scheduler.tick();
    expect(posts(subscription.channelId)).toHaveLength(1);
  });

  it('posts a run missed by less than the grace period once, and only the latest of several', async () => {
    clock.set(at(-3 * 60 * MINUTE - 30 * MINUTE)); // created at 05:30 Taipei; the bot is down until 09:20
    const hourly = subscribe('digest', { kind: 'cron', expression: '0 * * * *', timezone: 'Asia/Taipei' });
    clock.set(at(20 * MINUTE));
    await start();
    expect(posts(hourly.channelId)).toHaveLength(1);
    const runs = store().runs(hourly.id);
    // 06:00, 07:00 and 08:00 are over an hour late; 09:00 is the latest and within the grace period.
    expect(runs.map((run) => run.status)).toEqual(['skipped', 'skipped', 'skipped', 'posted']);
    expect(runs[2]!.error).toContain('missed by');
    expect(runs.at(-1)!.scheduledFor).toBe(RUN);
  });

  it('pauses a subscription on 403 with the reason, and keeps posting to the others', async () => {
    const refused = subscribe('digest');
    const other = subscribe('news');
    fake.failNext({ method: 'POST', pathPattern: new RegExp(`^/channels/${refused.channelId}/messages$`), status: 403 });
    clock.set(RUN);
    const scheduler = await start();
    const paused = store().subscriptionForChannel(refused.channelId)!;
    expect(paused.pausedReason).toContain('Missing Permissions');
    expect(paused.lastError).toBe(paused.pausedReason);
    expect(store().runFor(refused.id, RUN)).toMatchObject({ status: 'failed' });
    expect(posts(other.channelId)).toHaveLength(1);

    // Paused: the next day's run is not attempted; the other channel still gets its digest.
    clock.set(at(24 * 60 * MINUTE));
    await scheduler.tick();
    expect(posts(refused.channelId)).toHaveLength(0);
    expect(posts(other.channelId)).toHaveLength(2);
    expect(log.lines.some((line) => line.msg === 'digest subscription paused')).toBe(true);
  });

  it('retries a server error inside the nonce window and posts once', async () => {
    const subscription = subscribe();
    // discord.js retries a 5xx three times itself: four failures exhaust one attempt.
    fake.failNext({ method: 'POST', pathPattern: /\/messages$/, status: 500, times: 4 });
    clock.set(RUN);
    const scheduler = await start();
    expect(posts(subscription.channelId)).toHaveLength(0);
    expect(store().runFor(subscription.id, RUN)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(store().subscriptionForChannel(subscription.channelId)!.lastError).toContain('retrying');
    expect(clock.nextTimerAt()?.toISOString()).toBe(at(15 * SECOND).toISOString());

    clock.set(at(15 * SECOND));
    await scheduler.tick();
    expect(posts(subscription.channelId)).toHaveLength(1);
    expect(store().runFor(subscription.id, RUN)).toMatchObject({ status: 'posted', attempts: 2 });
    expect(store().subscriptionForChannel(subscription.channelId)!.lastError).toBeNull();
  });

  it('with two processes, only the leader posts', async () => {
    const subscription = subscribe();
    clock.set(RUN);
    const [a, b] = [await start({ owner: 'a' }), await start({ owner: 'b' })];
    await Promise.all([a.tick(), b.tick(), a.tick()]);
    expect(posts(subscription.channelId)).toHaveLength(1);
    // When the leader stops, the other takes over.
    await a.stop();
    clock.set(at(24 * 60 * MINUTE));
    await b.tick();
    expect(posts(subscription.channelId)).toHaveLength(2);
  });

  it('upserts the env subscription at start and posts to it', async () => {
    clock.set(at(-1 * MINUTE));
    const channelId = channel('news');
    const scheduler = await start({ env: { channelId, schedule: { kind: 'cron', expression: '0 9 * * *', timezone: 'Asia/Taipei' } } });
    expect(store().subscriptionForChannel(channelId)).toMatchObject({ source: 'env', guildId: fake.guildId });
    clock.set(RUN);
    await scheduler.tick();
    expect(posts(channelId)).toHaveLength(1);
  });

  it('survives a poster that throws anything, retrying a few times inside the nonce window, then failing visibly', async () => {
    const subscription = subscribe();
    clock.set(RUN);
    const broken: DigestPoster = {
      inspectChannel: () => Promise.reject(new Error('boom')),
      post: () => Promise.reject(new TypeError('socket hang up')),
    };
    const scheduler = await start({ poster: broken });
    for (let retry = 0; retry < 3; retry += 1) {
      const run = store().runFor(subscription.id, RUN)!;
      expect(run).toMatchObject({ status: 'pending', attempts: retry + 1 });
      clock.set(run.nextAttemptAt!);
      await expect(scheduler.tick()).resolves.toBeUndefined();
    }
    expect(clock.now().getTime() - new Date(RUN).getTime()).toBeLessThan(2 * MINUTE);
    expect(store().runFor(subscription.id, RUN)).toMatchObject({ status: 'failed', error: 'socket hang up', attempts: 4 });
    expect(store().subscriptionForChannel(subscription.channelId)).toMatchObject({ pausedReason: null, lastError: 'socket hang up' });
  });
});

describe('the digest scheduler beside the running bot', () => {
  it('pauses on a 403 while the bot keeps answering /ask', async () => {
    const bot = await startBotOnFakeDiscord();
    const digestDb = openDatabase(':memory:');
    const digestClock = new ManualClock(at(-MINUTE));
    try {
      const digestStore = new DigestStore(digestDb, () => digestClock.now());
      digestStore.upsertSubscription({ guildId: bot.fake.guildId, channelId: bot.fake.channelId, schedule: DAILY_NINE, skipWhenNothingNew: false, source: 'command' });
      bot.fake.failNext({ method: 'POST', pathPattern: /^\/channels\/\d+\/messages$/, status: 403 });
      const scheduler = startDigestScheduler({ db: digestDb, kb, poster: createRestPoster(restFor(bot.fake)), clock: digestClock, log: captureLog().logger });
      digestClock.set(RUN);
      await scheduler.tick();
      await scheduler.stop();
      expect(digestStore.subscriptionForChannel(bot.fake.channelId)!.pausedReason).toContain('Missing Permissions');

      const answered = await bot.fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'how big is the delegation' } }));
      expect(JSON.stringify(answered.original()?.embeds)).toContain('32');
    } finally {
      digestDb.close();
      await bot.stop();
    }
  });
});
