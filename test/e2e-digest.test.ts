// /digest through the real discord.js client, logged in to the local fake Discord, with the digest services
// wired as the entry point wires them: what a server admin (and a member who is not one) sees, and what the
// bot stores.
import { PermissionFlagsBits } from 'discord.js';
import { InteractionResponseType, MessageFlags, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DigestStore } from '../src/store/digest.ts';
import { startBotOnFakeDiscord, type BotOnFakeDiscord } from './support/bot-harness.ts';
import { chatInputCommand, type DispatchedInteraction, type InteractionInit } from './support/fake-discord.ts';

const ADMIN_ID = '310000000000000001';
const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString();

function messageOf(dispatched: DispatchedInteraction): APIInteractionResponseCallbackData {
  const { callback } = dispatched;
  if (callback.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error(`expected a message, got callback type ${callback.type}`);
  return callback.data ?? {};
}

const isEphemeral = (message: APIInteractionResponseCallbackData) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe('/digest over the gateway', () => {
  let bot: BotOnFakeDiscord;
  let store: DigestStore;
  /** A read-only channel: @everyone, the bot included, may read but not post. */
  let readOnlyChannelId: string;

  beforeAll(async () => {
    bot = await startBotOnFakeDiscord({
      members: [{ user: { id: ADMIN_ID, username: 'server-admin' }, roles: ['admins'] }],
      guild: {
        roles: [{ name: 'admins', permissions: PermissionFlagsBits.ManageGuild }],
        channels: [{ name: 'general' }, { name: 'announcements', overwrites: [{ role: '@everyone', deny: PermissionFlagsBits.SendMessages }] }],
      },
    });
    store = new DigestStore(bot.db);
    readOnlyChannelId = [...bot.fake.guilds.get(bot.fake.guildId)!.channels.values()].find((channel) => channel.name === 'announcements')!.id;
  });
  afterAll(async () => {
    await bot?.stop();
  });
  beforeEach(() => {
    for (const subscription of store.subscriptionsForGuild(bot.fake.guildId)) store.removeSubscription(subscription.channelId, bot.fake.guildId);
  });

  const digest = (subcommand: string, init: Omit<Extract<InteractionInit, { kind: 'chatInput' }>, 'kind' | 'command' | 'subcommand'> = {}) =>
    bot.fake.dispatchInteraction(chatInputCommand('digest', { subcommand, userId: ADMIN_ID, ...init }));

  it('subscribes a channel for a member with Manage Server, privately and without pings, and stores it', async () => {
    const message = messageOf(await digest('subscribe', { options: { channel: bot.fake.channelId, schedule: 'daily' } }));
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toMatch(/^Subscribed: #general gets a digest/);
    expect(message.allowed_mentions?.parse).toEqual([]);
    expect(store.subscriptionForChannel(bot.fake.channelId)).toMatchObject({
      guildId: bot.fake.guildId,
      channelName: 'general',
      schedule: { kind: 'daily' },
      source: 'command',
    });
  });

  it('lists the subscription in /digest status, with its next run as a Discord timestamp', async () => {
    await digest('subscribe', { options: { channel: bot.fake.channelId, schedule: 'daily' } });
    const message = messageOf(await digest('status'));
    expect(isEphemeral(message)).toBe(true);
    const [embed] = message.embeds ?? [];
    expect(embed?.title).toBe('Digests in this server (1)');
    const field = embed?.fields?.find((candidate) => candidate.name === '#general');
    expect(field?.value).toMatch(/\*\*Next run:\*\* .*<t:\d+:F> \(<t:\d+:R>\)/);
  });

  it('refuses a member without Manage Server, even where the server lets them use the command, and stores nothing', async () => {
    const asTester = { userId: bot.fake.user.id, options: { channel: bot.fake.channelId, schedule: 'daily' } };
    // Discord itself hides /digest from them while its default permission stands...
    await expect(digest('subscribe', asTester)).rejects.toThrow(/lacks the default_member_permissions/);
    // ...but a server can widen it in its integration settings, so the command checks again.
    const registered = bot.fake.commands.forGuild(bot.fake.guildId).find((command) => command.name === 'digest')!;
    bot.fake.commands.edit(bot.fake.guildId, registered.id, { default_member_permissions: null });
    try {
      const message = messageOf(await digest('subscribe', asTester));
      expect(isEphemeral(message)).toBe(true);
      expect(message.content).toContain('/digest is for members with the **Manage Server** permission.');
    } finally {
      bot.fake.commands.edit(bot.fake.guildId, registered.id, { default_member_permissions: MANAGE_GUILD });
    }
    expect(store.subscriptionsForGuild(bot.fake.guildId)).toEqual([]);
  });

  it('says what the bot is missing in a channel it cannot post in, and stores nothing', async () => {
    const message = messageOf(await digest('subscribe', { options: { channel: readOnlyChannelId, schedule: 'daily' } }));
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toContain("I can't post digests in #announcements: I'm missing **Send Messages** there.");
    expect(message.content).not.toContain('View Channel');
    expect(store.subscriptionForChannel(readOnlyChannelId)).toBeUndefined();
  });
});
