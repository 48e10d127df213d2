import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestPoster } from '../src/digest/poster.ts';
import { restFor } from './digest-support.ts';
import { startFakeDiscord, type FakeDiscord } from './support/fake-discord.ts';

const BOT = '424242424242424242';
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const channelId = (name: string) => [...fake!.guilds.get(fake!.guildId)!.channels.values()].find((channel) => channel.name === name)!.id;

describe('the REST poster’s channel check', () => {
  it('names exactly the permissions the bot lacks, following Discord’s overwrite rules', async () => {
    fake = await startFakeDiscord({
      botUserId: BOT,
      guilds: [
        {
          channels: [
            { name: 'open' },
            { name: 'read-only', overwrites: [{ role: '@everyone', deny: PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks }] },
            { name: 'hidden', overwrites: [{ role: '@everyone', deny: PermissionFlagsBits.ViewChannel }] },
            // The bot's own overwrite beats the @everyone one.
            {
              name: 'bot-allowed',
              overwrites: [
                { role: '@everyone', deny: PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks },
                { user: BOT, allow: PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks },
              ],
            },
          ],
        },
      ],
    });
    const poster = createRestPoster(restFor(fake));
    expect(await poster.inspectChannel(channelId('open'))).toEqual({ guildId: fake.guildId, name: 'open', missing: [] });
    expect((await poster.inspectChannel(channelId('read-only'))).missing).toEqual(['Send Messages', 'Embed Links']);
    expect((await poster.inspectChannel(channelId('hidden'))).missing).toEqual(['View Channel', 'Send Messages', 'Embed Links']);
    expect((await poster.inspectChannel(channelId('bot-allowed'))).missing).toEqual([]);
    expect((await poster.inspectChannel('999999999999999999')).missing).toEqual(['View Channel', 'Send Messages', 'Embed Links']);
  });
});
