import { PermissionFlagsBits } from 'discord.js';
import { ApplicationIntegrationType, InteractionContextType, Locale, type APIApplicationCommandSubcommandOption } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestCommand } from '../src/commands/digest.ts';
import type { CommandRequest, CommandServices, ReplyData } from '../src/commands/types.ts';
import type { ChannelAccess } from '../src/digest/poster.ts';
import { createEngine } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { replyProblems } from '../src/reply/limits.ts';
import { openDatabase, type Db } from '../src/store/db.ts';
import { DigestStore } from '../src/store/digest.ts';
import { FeedbackStore } from '../src/store/feedback.ts';

const GUILD = '100000000000000001';
const CHANNEL = '100000000000000002';
const NOW = new Date('2026-11-25T12:00:00Z');
const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString();
const engine = createEngine(loadKnowledgeBase());

let db: Db;
let store: DigestStore;
let access: ChannelAccess;
let services: CommandServices;

beforeEach(() => {
  db = openDatabase(':memory:');
  store = new DigestStore(db, () => NOW);
  access = { guildId: GUILD, name: 'news', missing: [] };
  services = { engine, feedback: new FeedbackStore(db), now: () => NOW, digest: { store, inspectChannel: async () => access } };
});
afterEach(() => db.close());

function request(subcommand: string, options: CommandRequest['options'] = {}, overrides: Partial<CommandRequest> = {}): CommandRequest {
  return { subcommand, options, userId: '1', guildId: GUILD, channelId: CHANNEL, memberPermissions: MANAGE_GUILD, ...overrides };
}

async function run(req: CommandRequest): Promise<ReplyData> {
  const reply = await digestCommand.execute(req, services);
  expect(replyProblems(reply)).toEqual([]);
  expect(reply.ephemeral).toBe(true);
  return reply;
}

const text = (reply: ReplyData) => [reply.content ?? '', ...(reply.embeds ?? []).flatMap((embed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])])].join('\n');

describe('/digest declaration', () => {
  it('is for server admins, in servers only, with zh-TW names', () => {
    const { data } = digestCommand;
    expect(data.default_member_permissions).toBe(MANAGE_GUILD);
    expect(data.contexts).toEqual([InteractionContextType.Guild]);
    expect(data.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
    expect(data.name_localizations?.[Locale.ChineseTW]).toBeTruthy();
    const subcommands = (data as { options: APIApplicationCommandSubcommandOption[] }).options;
    expect(subcommands.map((sub) => sub.name)).toEqual(['subscribe', 'status', 'preview', 'unsubscribe']);
    for (const sub of subcommands) {
      expect(sub.name_localizations?.[Locale.ChineseTW]).toBeTruthy();
      for (const option of sub.options ?? []) expect(option.name_localizations?.[Locale.ChineseTW]).toBeTruthy();
    }
  });
});

describe('/digest', () => {
  it('checks Manage Server itself, since a server can override the default', async () => {
    const reply = await run(request('status', {}, { memberPermissions: PermissionFlagsBits.SendMessages.toString() }));
    expect(reply.content).toContain('Manage Server');
    expect(text(await run(request('status', {}, { memberPermissions: PermissionFlagsBits.Administrator.toString() })))).not.toContain('Manage Server');
    expect((await run(request('status', {}, { guildId: null }))).content).toContain('in a server only');
  });

  it('subscribes a channel, answering with the schedule and the first run in both forms', async () => {
    const reply = await run(request('subscribe', { channel: CHANNEL, schedule: 'weekly', day: 'friday', time: '18:30', skip_when_nothing_new: true }));
    // Friday 27 November, 18:30 in Taipei = 10:30 UTC.
    const unix = Date.parse('2026-11-27T10:30:00Z') / 1000;
    expect(reply.content).toContain('#news gets a digest every Friday at 18:30 (Asia/Taipei)');
    expect(reply.content).toContain(`Fri, 27 Nov 2026, 18:30 (Asia/Taipei) · <t:${unix}:F>`);
    expect(store.subscriptionForChannel(CHANNEL)).toMatchObject({ guildId: GUILD, channelName: 'news', skipWhenNothingNew: true, source: 'command' });
  });

  it('says which permissions the bot lacks in the channel, and subscribes nothing', async () => {
    access = { guildId: GUILD, name: 'news', missing: ['Send Messages', 'Embed Links'] };
    const reply = await run(request('subscribe', { channel: CHANNEL, schedule: 'daily' }));
    expect(reply.content).toContain("I'm missing **Send Messages**, **Embed Links** there");
    expect(store.subscriptionForChannel(CHANNEL)).toBeUndefined();
  });

  it('refuses a bad schedule with the reason', async () => {
    expect((await run(request('subscribe', { channel: CHANNEL, schedule: '*/5 * * * *' }))).content).toContain('runs more often than once an hour');
    expect((await run(request('subscribe', { channel: CHANNEL, schedule: 'daily', timezone: 'Taipei' }))).content).toContain('is not an IANA timezone');
    expect(store.subscriptionsForGuild(GUILD)).toEqual([]);
  });

  it('shows status: next run in the timezone and as a Discord timestamp, last post link, pause reason', async () => {
    await run(request('subscribe', { channel: CHANNEL, schedule: 'daily', time: '09:00', timezone: 'America/New_York' }));
    const subscription = store.subscriptionForChannel(CHANNEL)!;
    let reply = await run(request('status'));
    const unix = Date.parse('2026-11-25T14:00:00Z') / 1000; // 09:00 in New York (EST)
    expect(text(reply)).toContain(`**Next run:** Wed, 25 Nov 2026, 09:00 (America/New_York) · <t:${unix}:F>`);
    expect(text(reply)).toContain('**Last post:** none yet');

    store.claimRun(subscription.id, '2026-11-24T14:00:00.000Z', 'n');
    store.recordPosted(store.pendingRuns(subscription.id)[0]!.id, '555', store.channelState(CHANNEL));
    store.pause(subscription.id, 'the bot may not post there (Discord: Missing Permissions)');
    reply = await run(request('status'));
    expect(text(reply)).toContain(`https://discord.com/channels/${GUILD}/${CHANNEL}/555`);
    expect(text(reply)).toContain('**Paused:** the bot may not post there (Discord: Missing Permissions)');
    expect(text(reply)).not.toContain('**Next run:**');
  });

  it('previews the next digest to the asker alone without touching the channel state', async () => {
    await run(request('subscribe', { channel: CHANNEL, schedule: 'daily' }));
    const reply = await run(request('preview'));
    expect(reply.content).toContain('Preview of the next digest in #news');
    expect(reply.embeds?.[0]?.title).toBe('Article digest');
    expect(store.channelState(CHANNEL).lastDigestAt).toBeNull();
  });

  it("neither previews nor removes another server's digest", async () => {
    await run(request('subscribe', { channel: CHANNEL, schedule: 'daily' }));
    const elsewhere = { guildId: '100000000000000009' };
    const reply = await run(request('preview', { channel: CHANNEL }, elsewhere));
    expect(reply.content).toContain('this channel has no digest subscription');
    expect(reply.content).not.toContain('#news');
    expect((await run(request('unsubscribe', { channel: CHANNEL }, elsewhere))).content).toContain('There is no digest in that channel');
    expect(store.subscriptionsForGuild(GUILD)).toHaveLength(1);
  });

  it('unsubscribes a channel', async () => {
    await run(request('subscribe', { channel: CHANNEL, schedule: 'daily' }));
    expect((await run(request('unsubscribe', { channel: CHANNEL }))).content).toContain('Stopped the digest in #news');
    expect(store.subscriptionsForGuild(GUILD)).toEqual([]);
    expect((await run(request('unsubscribe', { channel: CHANNEL }))).content).toContain('There is no digest in that channel');
  });

  it('suggests timezones and schedules within Discord limits', () => {
    const zones = digestCommand.autocomplete!({ name: 'timezone', value: 'taipei' }, request('subscribe'), services);
    expect(zones).toEqual([{ name: 'Asia/Taipei', value: 'Asia/Taipei' }]);
    expect(digestCommand.autocomplete!({ name: 'timezone', value: 'a' }, request('subscribe'), services).length).toBeLessThanOrEqual(25);
    const schedules = digestCommand.autocomplete!({ name: 'schedule', value: '0 7 * * *' }, request('subscribe'), services);
    expect(schedules[0]).toEqual({ name: '0 7 * * *', value: '0 7 * * *' });
  });
});
