// The real commands through the real discord.js client, logged in to the local fake Discord: what
// deploy-commands registers, and what a member sees when they ask, click and check.
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  InteractionResponseType,
  Locale,
  MessageFlags,
  type APIEmbed,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../src/deploy-commands.ts';
import { describePublished, loadArticle } from '../src/knowledge/article.ts';
import { DEFAULT_REGISTRY } from '../src/transports/gateway.ts';
import { memberSeeds, startBotOnFakeDiscord, TEST_TOKEN, type BotOnFakeDiscord } from './support/bot-harness.ts';
import { autocomplete, button, chatInputCommand, messageCommand, type DispatchedInteraction } from './support/fake-discord.ts';

const article = loadArticle();
/** Discord's pattern for chat-input names (lower case). */
const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function messageOf(dispatched: DispatchedInteraction): APIInteractionResponseCallbackData {
  const { callback } = dispatched;
  if (callback.type !== InteractionResponseType.ChannelMessageWithSource && callback.type !== InteractionResponseType.UpdateMessage) {
    throw new Error(`expected a message, got callback type ${callback.type}`);
  }
  return callback.data ?? {};
}

const isEphemeral = (message: APIInteractionResponseCallbackData) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** The article's words as a reply shows them: markdown escaped, mentions broken by a zero-width space. */
function unescape(text: string): string {
  return text.replace(/\\([\\*_~`|>#\-[\]()])/g, '$1').replaceAll('\u200b', '');
}

/** Every quote a reply cites: a field named "Paragraph N" holding "> quote", or a line "> quote — *paragraph N*". */
function citedQuotes(embeds: readonly APIEmbed[] | undefined): Array<{ paragraph: number; quote: string }> {
  return (embeds ?? []).flatMap((embed) =>
    (embed.fields ?? []).flatMap((field) => {
      const paragraph = /Paragraph (\d+)/.exec(field.name)?.[1];
      if (paragraph) return [{ paragraph: Number(paragraph), quote: unescape(field.value.replace(/^> /, '')) }];
      return [...field.value.matchAll(/^> (.*) — \*paragraph (\d+)\*$/gm)].map((line) => ({ paragraph: Number(line[2]), quote: unescape(line[1]!) }));
    }),
  );
}

/** What a reader sees in the embeds, with the escaping undone. */
function embedText(embeds: readonly APIEmbed[] | undefined): string {
  return unescape((embeds ?? []).flatMap((embed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])]).join('\n'));
}

function customIds(message: APIInteractionResponseCallbackData): string[] {
  return (message.components ?? []).flatMap((row) =>
    'components' in row ? row.components.flatMap((component) => ('custom_id' in component ? [component.custom_id] : [])) : [],
  );
}

describe('deploy-commands against the fake Discord', () => {
  let bot: BotOnFakeDiscord;
  beforeAll(async () => {
    bot = await startBotOnFakeDiscord();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('registers every command of the registry, valid and complete', () => {
    const registered = bot.fake.commands.forGuild(bot.fake.guildId);
    const expected = DEFAULT_REGISTRY.COMMAND_DATA.map((command) => command.name);
    expect(registered.map((command) => command.name).sort()).toEqual([...expected].sort());
    for (const command of registered) {
      // Declared on every command (a server-only one, like a channel digest, may leave out user installs).
      expect(command.integration_types?.length).toBeGreaterThan(0);
      expect(command.contexts?.length).toBeGreaterThan(0);
      expect(command.integration_types).toContain(ApplicationIntegrationType.GuildInstall);
      expect(command.contexts).toContain(InteractionContextType.Guild);
      expect(command.name_localizations?.[Locale.ChineseTW]).toBeTruthy();
      if (command.type === ApplicationCommandType.ChatInput) {
        expect(command.name).toMatch(CHAT_NAME);
        expect(command.description.length).toBeGreaterThan(0);
        expect(command.description.length).toBeLessThanOrEqual(100);
        expect(command.description_localizations?.[Locale.ChineseTW]).toBeTruthy();
      }
    }
    const ask = registered.find((command) => command.name === 'ask');
    expect(ask?.integration_types).toContain(ApplicationIntegrationType.UserInstall);
    expect(ask?.contexts).toEqual(expect.arrayContaining([InteractionContextType.BotDM, InteractionContextType.PrivateChannel]));
  });

  it('changes nothing when run again (a bulk overwrite), and registers globally without a server id', async () => {
    const before = bot.fake.commands.forGuild(bot.fake.guildId);
    await registerCommands(bot.config);
    expect(bot.fake.commands.forGuild(bot.fake.guildId)).toEqual(before);

    const registration = await registerCommands({ ...bot.config, DISCORD_GUILD_ID: undefined });
    expect(registration.scope).toMatch(/^globally/);
    expect(bot.fake.commands.global.map((command) => command.name).sort()).toEqual(before.map((command) => command.name).sort());
    const puts = bot.fake.requests.filter((request) => request.method === 'PUT');
    expect(puts.every((request) => request.auth === 'bot' && request.status === 200)).toBe(true);
  });
});

describe('the commands as a member meets them', () => {
  let bot: BotOnFakeDiscord;
  const members = memberSeeds(2);
  const addressee = members[0]!.user.id!;

  beforeAll(async () => {
    // The cooldown has its own test; here one member asks many questions in a row.
    bot = await startBotOnFakeDiscord({ members, commandCooldown: { limit: 1000, windowMs: 10_000 } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const ask = (options: Record<string, string | boolean>) => bot.fake.dispatchInteraction(chatInputCommand('ask', { options }));

  it('answers /ask publicly with the passage quoted verbatim from the paragraph it names, pinging nobody', async () => {
    const message = messageOf(await ask({ question: 'how big is the delegation' }));
    expect(isEphemeral(message)).toBe(false);
    expect(message.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    const quotes = citedQuotes(message.embeds);
    expect(quotes.length).toBeGreaterThan(0);
    for (const { paragraph, quote } of quotes) expect(article.paragraphs[paragraph - 1]).toContain(quote);
    expect(JSON.stringify(message.embeds)).toContain('32');
    // The article's title and its (inferred) date, as the issue asks of every /ask reply.
    expect(message.embeds?.[0]?.footer?.text).toContain(article.title);
    expect(message.embeds?.[0]?.footer?.text).toContain(describePublished(article));
  });

  it('shows a private answer to the asker alone', async () => {
    expect(isEphemeral(messageOf(await ask({ question: 'how big is the delegation', private: true })))).toBe(true);
  });

  it('pings nobody for a question containing @everyone or a role', async () => {
    const role = bot.fake.guilds.get(bot.fake.guildId)!.guild.roles[0]!.id;
    const message = messageOf(await ask({ question: `@everyone <@&${role}> how long is the trip` }));
    expect(message.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    expect(message.content).not.toMatch(/@everyone|<@&\d+>/);
  });

  it('lets `mention` ping the named member and nobody else', async () => {
    const message = messageOf(await ask({ question: 'how big is the delegation', mention: addressee }));
    expect(message.allowed_mentions).toEqual({ parse: [], users: [addressee], replied_user: false });
    expect(message.content).toContain(`<@${addressee}>`);
  });

  it('suggests at most 25 choices of at most 100 characters while the user types', async () => {
    for (const typed of ['', 'del', 'budget']) {
      const dispatched = await bot.fake.dispatchInteraction(autocomplete('ask', 'question', { options: { question: typed } }));
      expect(dispatched.callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      const choices = (dispatched.callback as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
      if (typed === 'del') expect(choices.length).toBeGreaterThan(0);
    }
  });

  it('serves the paragraph, related and 👍 buttons under an answer', async () => {
    const answer = messageOf(await ask({ question: 'how big is the delegation' }));
    const ids = customIds(answer);
    const paragraphId = ids.find((id) => id.startsWith('ask:para:'))!;
    const paragraph = Number(paragraphId.split(':').at(-1));

    const shown = messageOf(await bot.fake.dispatchInteraction(button(paragraphId)));
    expect(isEphemeral(shown)).toBe(true);
    expect(embedText(shown.embeds)).toContain(article.paragraphs[paragraph - 1]!.slice(0, 80));

    const related = messageOf(await bot.fake.dispatchInteraction(button(ids.find((id) => id.startsWith('ask:rel:'))!)));
    expect(isEphemeral(related)).toBe(true);
    expect(related.embeds?.[0]?.fields?.length).toBeGreaterThan(0);

    const thanks = messageOf(await bot.fake.dispatchInteraction(button(ids.find((id) => id.startsWith('ask:fb:up:'))!)));
    expect(isEphemeral(thanks)).toBe(true);
    expect(thanks.content).toContain('👍');
    // The vote keeps the question from the message the button sits on, and no user id.
    expect(bot.db.prepare('SELECT fact_id AS factId, vote, question FROM feedback').all()).toEqual([
      { factId: 'delegation-size', vote: 'up', question: 'how big is the delegation' },
    ]);
  });

  it('pages /facts by updating the same message', async () => {
    const first = await bot.fake.dispatchInteraction(chatInputCommand('facts', { options: { topic: 'dialogues' } }));
    const next = customIds(messageOf(first)).find((id) => id.startsWith('facts:page:') && !id.endsWith(':0'));
    expect(next).toBeDefined();
    const paged = await bot.fake.dispatchInteraction(button(next!, { messageId: first.original()!.id }));
    expect(paged.callback.type).toBe(InteractionResponseType.UpdateMessage);
    expect(messageOf(paged).embeds?.[0]?.title).toMatch(/page 2 of/);
    expect(paged.original()?.id).toBe(first.original()?.id);
  });

  it('checks a message against the article from the context menu, for the clicker alone', async () => {
    const target = bot.fake.postUserMessage('Taiwan is sending 50 officers for a month');
    const name = DEFAULT_REGISTRY.COMMAND_DATA.find((command) => command.type === ApplicationCommandType.Message)!.name;
    const message = messageOf(await bot.fake.dispatchInteraction(messageCommand(name, target.id)));
    expect(isEphemeral(message)).toBe(true);
    const text = JSON.stringify(message);
    expect(text).toMatch(/contradict/i);
    const quotes = citedQuotes(message.embeds);
    expect(quotes.map((quote) => quote.paragraph)).toEqual(expect.arrayContaining([1, 7]));
    for (const { paragraph, quote } of quotes) expect(article.paragraphs[paragraph - 1]).toContain(quote);
  });

  it('never lets the token reach a log line', () => {
    expect(bot.rawLogs.length).toBeGreaterThan(0);
    expect(bot.rawLogs.join('')).not.toContain(TEST_TOKEN);
    expect(bot.logs.filter((line) => line.event === 'interaction').map((line) => line.kind)).toEqual(
      expect.arrayContaining(['chat', 'component', 'autocomplete']),
    );
  });
});
