import { once } from 'node:events';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationFlags,
  ApplicationIntegrationType,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GuildMember,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  Status,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { GatewayCloseCodes, GatewayOpcodes, InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import {
  autocomplete,
  button,
  chatInputCommand,
  messageCommand,
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
} from './support/fake-discord.ts';

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeDiscordOptions = {}): Promise<{ fake: FakeDiscord; client: Client }> {
  fake = await startFakeDiscord(options);
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return { fake, client };
}

/** Answers interactions with `handler`, reporting its failures to the test instead of swallowing them. */
function onInteraction(c: Client, handler: (interaction: Interaction) => Promise<unknown>): { errors: unknown[] } {
  const errors: unknown[] = [];
  c.on(Events.InteractionCreate, (interaction) => void handler(interaction).catch((e: unknown) => errors.push(e)));
  return { errors };
}

const ASK = {
  name: 'ask',
  description: 'Ask about the article',
  name_localizations: { fr: 'demander' },
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: null,
  options: [
    { type: ApplicationCommandOptionType.String, name: 'question', description: 'Your question', required: true, autocomplete: true },
    { type: ApplicationCommandOptionType.Integer, name: 'count', description: 'How many', min_value: 1, max_value: 5 },
  ],
} as const;

describe('fake Discord with the real discord.js client', () => {
  it('logs in through GET /gateway/bot and the gateway, and fills the caches from READY + GUILD_CREATE', async () => {
    const { fake, client } = await start();

    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(fake.channelId)?.name).toBe('general');
    expect(guild?.members.me?.id).toBe(fake.botUser.id);

    const gatewayBot = fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot).toMatchObject({ method: 'GET', auth: 'bot', status: 200 });
    expect(fake.requests.filter((r) => r.route === null)).toEqual([]);
    // The log is safe to print: the token appears nowhere in it.
    expect(JSON.stringify(fake.requests)).not.toContain(fake.token);
  });

  it('rejects a wrong token on REST (login fails) and on IDENTIFY (close 4004)', async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    await expect(client.login('not-the-token')).rejects.toThrow(/invalid token/i);
    expect(fake.requests.at(-1)).toMatchObject({ path: '/gateway/bot', auth: 'invalid', status: 401 });

    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const [hello] = (await once(ws, 'message')) as [Buffer];
    expect(JSON.parse(hello.toString())).toMatchObject({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41_250 } });
    ws.send(JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: 'nope', intents: 1, properties: {} } }));
    const [code] = (await once(ws, 'close')) as [number];
    expect(code).toBe(GatewayCloseCodes.AuthenticationFailed);
  });

  it('refuses privileged intents the application has not enabled (close 4014)', async () => {
    const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent];
    fake = await startFakeDiscord();
    client = new Client({ intents, rest: { api: fake.apiUrl } });
    await expect(client.login(fake.token)).rejects.toThrow(/disallowed intents/i);
    await client.destroy();
    await fake.close();

    fake = await startFakeDiscord({ privilegedIntents: GatewayIntentBits.MessageContent });
    client = new Client({ intents, rest: { api: fake.apiUrl } });
    await client.login(fake.token);
    expect(client.application?.flags.has(ApplicationFlags.GatewayMessageContentLimited)).toBe(true);
  });

  it('answers RESUME of an unknown session with INVALID_SESSION(false)', async () => {
    fake = await startFakeDiscord();
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    await once(ws, 'message');
    ws.send(JSON.stringify({ op: GatewayOpcodes.Resume, d: { token: fake.token, session_id: 'gone', seq: 3 } }));
    const [reply] = (await once(ws, 'message')) as [Buffer];
    expect(JSON.parse(reply.toString())).toMatchObject({ op: GatewayOpcodes.InvalidSession, d: false });
    ws.close();
  });

  it('acknowledges heartbeats, so discord.js measures a ping', async () => {
    // ping stays -1 until a HEARTBEAT_ACK arrives; without ACKs discord.js would also drop the "zombie" connection.
    const { client } = await start({ heartbeatIntervalMs: 50 });
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(client.ws.status).toBe(Status.Ready);
  });

  it('registers global and guild commands as sent, keeps ids on re-PUT, and rejects invalid ones', async () => {
    const { fake, client } = await start();
    const app = client.application!;

    const registered = await app.commands.set([ASK, { type: ApplicationCommandType.Message, name: 'Explain this' }]);
    expect(registered.size).toBe(2);
    expect(fake.commands.global.map((c) => c.name)).toEqual(['ask', 'Explain this']);
    const ask = fake.commands.global[0]!;
    expect(ask).toMatchObject({
      id: expect.any(String),
      application_id: fake.applicationId,
      type: ApplicationCommandType.ChatInput,
      name_localizations: { fr: 'demander' },
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      default_member_permissions: null,
      options: [
        expect.objectContaining({ name: 'question', required: true, autocomplete: true }),
        expect.objectContaining({ name: 'count', min_value: 1, max_value: 5 }),
      ],
    });

    await app.commands.set([ASK]);
    expect(fake.commands.global.map((c) => [c.name, c.id])).toEqual([['ask', ask.id]]);

    await app.commands.set([{ name: 'ping', description: 'Pong' }], fake.guildId);
    expect(fake.commands.forGuild(fake.guildId).map((c) => c.guild_id)).toEqual([fake.guildId]);

    const invalid = app.commands.set([{ name: 'Ask', description: 'Capitals are not allowed' }]);
    await expect(invalid).rejects.toMatchObject({ code: 50035, status: 400 });
    const misordered = app.commands.set([
      { name: 'x', description: 'x', options: [
        { type: ApplicationCommandOptionType.String, name: 'a', description: 'a' },
        { type: ApplicationCommandOptionType.String, name: 'b', description: 'b', required: true },
      ] },
    ]);
    await expect(misordered).rejects.toBeInstanceOf(DiscordAPIError);
    expect(fake.commands.global.map((c) => c.name)).toEqual(['ask']);
  });

  it('delivers a chat-input command and records the reply callback', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([ASK]);
    const replyIds: (string | undefined)[] = [];
    const seen = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const question = interaction.options.getString('question', true);
      const count = interaction.options.getInteger('count');
      const content = `hi: ${question} x${count}`;
      const response = await interaction.reply({ content, allowedMentions: { parse: [] }, withResponse: true });
      replyIds.push(response.resource?.message?.id);
    });

    const res = await fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'Who?', count: 2 } }));
    await vi.waitFor(() => expect(replyIds).toEqual([res.original()?.id]));

    expect(res.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(res.callback).toMatchObject({ data: { content: 'hi: Who? x2', allowed_mentions: { parse: [] } } });
    expect(res.original()).toMatchObject({ content: 'hi: Who? x2', channel_id: fake.channelId, author: { id: fake.botUser.id } });
    expect(res.interaction).toMatchObject({ version: 1, guild_id: fake.guildId, member: { user: { id: fake.user.id } }, entitlements: [] });
    expect(seen.errors).toEqual([]);
  });

  it('builds subcommand options from the registered definition and refuses what the Discord client would', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([
      {
        name: 'kb',
        description: 'Knowledge base',
        options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'search', description: 'Search', options: [
          { type: ApplicationCommandOptionType.String, name: 'query', description: 'Words', required: true },
        ] }],
      },
    ]);
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply(`${interaction.options.getSubcommand()}: ${interaction.options.getString('query')}`);
    });

    const res = await fake.dispatchInteraction(chatInputCommand('kb', { subcommand: 'search', options: { query: 'mayor' } }));
    expect(res.callback).toMatchObject({ data: { content: 'search: mayor' } });

    await expect(fake.dispatchInteraction(chatInputCommand('kb', { options: { query: 'x' } }))).rejects.toThrow(/subcommand/);
    await expect(fake.dispatchInteraction(chatInputCommand('nope'))).rejects.toThrow(/not registered/);
  });

  it('resolves user and role options the way Discord sends them (data.resolved)', async () => {
    const { fake, client } = await start({
      guilds: [{ roles: [{ name: 'editors' }], members: [{ user: { id: '1100000000000000002', username: 'ann' }, roles: ['editors'] }] }],
    });
    const editors = [...fake.guilds.get(fake.guildId)!.guild.roles].find((r) => r.name === 'editors')!;
    await client.application!.commands.set([
      {
        name: 'notify',
        description: 'Notify someone',
        options: [
          { type: ApplicationCommandOptionType.User, name: 'who', description: 'Member', required: true },
          { type: ApplicationCommandOptionType.Role, name: 'team', description: 'Role' },
        ],
      },
    ]);
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const member = interaction.options.getMember('who');
      const isEditor = member instanceof GuildMember && member.roles.cache.has(editors.id);
      await interaction.reply(`${interaction.options.getUser('who')?.username} ${isEditor} ${interaction.options.getRole('team')?.name}`);
    });

    const res = await fake.dispatchInteraction(
      chatInputCommand('notify', { options: { who: '1100000000000000002', team: editors.id } }),
    );

    expect(res.callback).toMatchObject({ data: { content: 'ann true editors' } });
    await expect(fake.dispatchInteraction(chatInputCommand('notify', { options: { who: '42' } }))).rejects.toThrow(/no such user/);
  });

  it("resolves channel options with the member's permissions there, and refuses channels the option does not accept", async () => {
    const { fake, client } = await start({
      guilds: [{ channels: [{ name: 'general' }, { name: 'news', type: ChannelType.GuildAnnouncement }, { name: 'topics', type: ChannelType.GuildCategory }] }],
    });
    const channelNamed = (name: string) => [...fake.guilds.get(fake.guildId)!.channels.values()].find((c) => c.name === name)!.id;
    await client.application!.commands.set([
      {
        name: 'post',
        description: 'Post somewhere',
        options: [{ type: ApplicationCommandOptionType.Channel, name: 'where', description: 'Channel', required: true, channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] }],
      },
    ]);
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(`#${interaction.options.getChannel('where')?.name}`);
    });

    const res = await fake.dispatchInteraction(chatInputCommand('post', { options: { where: channelNamed('news') } }));

    expect(res.callback).toMatchObject({ data: { content: '#news' } });
    const data = res.interaction.data as { resolved?: { channels?: Record<string, unknown> } };
    expect(data.resolved?.channels?.[channelNamed('news')]).toMatchObject({ name: 'news', type: ChannelType.GuildAnnouncement, permissions: expect.any(String) });
    await expect(fake.dispatchInteraction(chatInputCommand('post', { options: { where: channelNamed('topics') } }))).rejects.toThrow(/not one it accepts/);
    await expect(fake.dispatchInteraction(chatInputCommand('post', { options: { where: '42' } }))).rejects.toThrow(/no channel 42/);
  });

  it('delivers autocomplete with the focused option and records the choices', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([ASK]);
    onInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused(true);
      await interaction.respond([{ name: `${focused.name}=${focused.value}`, value: 'first' }]);
    });

    const res = await fake.dispatchInteraction(autocomplete('ask', 'question', { options: { question: 'Wh' } }));

    expect(res.callback).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'question=Wh', value: 'first' }] },
    });
  });

  it('delivers a button click on the message that carries it, and records the update', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([ASK]);
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: 'answer', components: [row] });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `more for ${interaction.message.id}`, components: [] });
      }
    });
    const first = await fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'Q' } }));
    const messageId = first.original()!.id;

    const click = await fake.dispatchInteraction(button('more'));

    expect(click.interaction).toMatchObject({ data: { custom_id: 'more' }, message: { id: messageId } });
    expect(click.callback).toMatchObject({ type: InteractionResponseType.UpdateMessage, data: { content: `more for ${messageId}` } });
    expect(fake.messages.find((m) => m.id === messageId)).toMatchObject({ content: `more for ${messageId}`, components: [] });
    // The button is gone now, as a user would see it.
    await expect(fake.dispatchInteraction(button('more'))).rejects.toThrow(/no message has a button/);
  });

  it('supports deferReply then editReply and followUp through the interaction webhook', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([ASK]);
    const seen = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done', allowedMentions: { parse: [] } });
      await interaction.followUp('and one more thing');
    });

    const res = await fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'Q' } }));
    expect(res.callback).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });

    const edit = await res.waitForEdit();
    expect(edit).toMatchObject({ status: 200, auth: 'none', body: { content: 'done', allowed_mentions: { parse: [] } } });
    const followUp = await res.waitForFollowUp();
    expect(followUp).toMatchObject({ status: 200, body: { content: 'and one more thing' } });
    expect(res.original()).toMatchObject({ content: 'done', flags: MessageFlags.Ephemeral });
    expect(seen.errors).toEqual([]);
  });

  it('lets the first followUp after a deferral fill the "thinking" message instead of adding one', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([ASK]);
    const followUpIds: string[] = [];
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      followUpIds.push((await interaction.followUp('first')).id, (await interaction.followUp('second')).id);
    });

    const res = await fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'Q' } }));
    await vi.waitFor(() => expect(followUpIds).toHaveLength(2));

    expect(followUpIds[0]).toBe(res.original()?.id);
    expect(fake.messages.map((m) => [m.id, m.content, m.flags])).toEqual([
      [followUpIds[0], 'first', 0],
      [followUpIds[1], 'second', 0],
    ]);
  });

  it('drops interactions not answered in the response window, like Discord (10062 for late answers)', async () => {
    const { fake, client } = await start({ interactionResponseWindowMs: 200 });
    await client.application!.commands.set([ASK]);
    const late = new Promise<unknown>((resolve) => {
      client.on(Events.InteractionCreate, async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        await new Promise((r) => setTimeout(r, 300));
        resolve(await interaction.reply('too late').catch((e: unknown) => e));
      });
    });

    const dispatched = fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'Q' } }));
    await expect(dispatched).rejects.toThrow(/not answered within 200 ms/);
    expect(await late).toMatchObject({ code: 10062, status: 404 });
  });

  it('delivers a message context-menu command with the target message resolved', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([{ type: ApplicationCommandType.Message, name: 'Explain this' }]);
    const target = fake.postUserMessage('The council voted 7-2.');
    onInteraction(client, async (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) return;
      await interaction.reply(`explaining: ${interaction.targetMessage.content} by ${interaction.targetMessage.author.username}`);
    });

    const res = await fake.dispatchInteraction(messageCommand('Explain this', target.id));

    expect(res.interaction).toMatchObject({ data: { type: ApplicationCommandType.Message, target_id: target.id } });
    expect(res.callback).toMatchObject({ data: { content: 'explaining: The council voted 7-2. by tester' } });
  });

  it('de-duplicates channel.send with the same nonce when enforceNonce is set', async () => {
    const { fake, client } = await start();
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;

    const first = await channel.send({ content: 'once', nonce: 'n-1', enforceNonce: true });
    const again = await channel.send({ content: 'once', nonce: 'n-1', enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(fake.messages.filter((m) => m.content === 'once')).toHaveLength(1);
    expect(fake.requests.filter((r) => r.route === 'POST /channels/:channelId/messages').map((r) => r.body)).toEqual([
      expect.objectContaining({ nonce: 'n-1', enforce_nonce: true }),
      expect.objectContaining({ nonce: 'n-1', enforce_nonce: true }),
    ]);

    // Without enforce_nonce Discord creates a new message even for a repeated nonce.
    const unenforced = await channel.send({ content: 'once', nonce: 'n-1' });
    expect(unenforced.id).not.toBe(first.id);
  });

  it('fetches, edits and deletes its own channel messages', async () => {
    const { fake, client } = await start();
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;
    const sent = await channel.send('draft');

    const fetched = await channel.messages.fetch({ message: sent.id, force: true });
    expect(fetched.content).toBe('draft');
    const edited = await fetched.edit('final');
    expect(edited.editedTimestamp).not.toBeNull();
    expect(fake.messages.map((m) => m.content)).toEqual(['final']);
    await edited.delete();
    expect(fake.messages).toEqual([]);
    await expect(channel.messages.fetch({ message: sent.id, force: true })).rejects.toMatchObject({ code: 10008 });
  });

  it('serves the guild, member, role, user and application lookups discord.js makes', async () => {
    const { fake, client } = await start();
    const guild = await client.guilds.fetch({ guild: fake.guildId, force: true });
    expect(guild.name).toBe('Test Guild');
    const me = await guild.members.fetch({ user: fake.botUser.id, force: true });
    expect(me.roles.cache.some((r) => r.managed)).toBe(true);
    expect(me.permissions.has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect((await guild.roles.fetch()).size).toBe(2);
    expect((await client.users.fetch(fake.user.id, { force: true })).username).toBe('tester');
    expect((await client.application!.fetch()).owner?.id).toBeDefined();
    await expect(guild.members.fetch({ user: '1', force: true })).rejects.toMatchObject({ code: 10007 });
    expect(fake.requests.filter((r) => r.route === null)).toEqual([]);
  });

  it('makes discord.js wait and retry after an injected 429', async () => {
    const { fake, client } = await start();
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;
    fake.failNext({ method: 'POST', pathPattern: /^\/channels\/\d+\/messages$/, status: 429, retryAfter: 0.1 });

    const message = await channel.send('after the limit');

    const posts = fake.requests.filter((r) => r.route === 'POST /channels/:channelId/messages' || r.injected);
    expect(posts.map((r) => [r.status, r.injected])).toEqual([[429, true], [200, false]]);
    expect(posts[0]!.response).toEqual({ message: 'You are being rate limited.', retry_after: 0.1, global: false });
    // discord.js waits Retry-After (plus its 50 ms offset) before retrying.
    expect(posts[1]!.answeredAt - posts[0]!.answeredAt).toBeGreaterThanOrEqual(100);
    expect(fake.messages.map((m) => m.id)).toEqual([message.id]);
  });

  it("rejects with Discord's 50013 error for an injected 403", async () => {
    const { fake, client } = await start();
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;
    fake.failNext({ method: 'POST', pathPattern: /\/messages$/, status: 403 });

    const error = await channel.send('nope').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50013, status: 403, message: 'Missing Permissions' });
    expect(fake.messages).toEqual([]);
  });

  it('enforces channel overwrites the same way discord.js computes them', async () => {
    const botId = '1100000000000000001';
    const { fake, client } = await start({
      botUserId: botId,
      guilds: [
        {
          channels: [
            { name: 'general' },
            { name: 'read-only', overwrites: [{ user: botId, deny: PermissionFlagsBits.SendMessages }] },
          ],
        },
      ],
    });
    const guild = client.guilds.cache.get(fake.guildId)!;
    const readOnly = guild.channels.cache.find((c) => c.name === 'read-only') as TextChannel;
    const general = guild.channels.cache.get(fake.channelId) as TextChannel;

    expect(general.permissionsFor(guild.members.me!).has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(readOnly.permissionsFor(guild.members.me!).has(PermissionFlagsBits.SendMessages)).toBe(false);
    await expect(readOnly.send('hello')).rejects.toMatchObject({ code: 50013 });
    await expect(general.send('hello')).resolves.toBeDefined();
  });

  it('rejects messages over 2000 characters with 50035 Invalid Form Body', async () => {
    const { fake, client } = await start();
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;
    const error = await channel.send('x'.repeat(2001)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 50035,
      rawError: { errors: { content: { _errors: [expect.objectContaining({ code: 'BASE_TYPE_MAX_LENGTH' })] } } },
    });
  });

  it('answers unknown routes with 404 and records them', async () => {
    const { fake, client } = await start();
    await expect(client.rest.get('/nothing/here')).rejects.toMatchObject({ status: 404, code: 0 });
    expect(fake.requests.filter((r) => r.route === null).map((r) => r.path)).toEqual(['/nothing/here']);
  });

  it('lets discord.js RESUME after a server-side disconnect and replays what it missed', async () => {
    const { fake, client } = await start();
    await client.application!.commands.set([ASK]);
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    });

    fake.disconnectClients();
    // Sent while the client is away: it must arrive through the RESUME replay.
    const res = await fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'Q' } }));

    await fake.waitForResume();
    expect(res.callback).toMatchObject({ data: { content: 'still here' } });
    expect(client.isReady()).toBe(true);
  });
});
