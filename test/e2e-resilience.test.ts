// The gateway transport's guarantees, whatever a command does: a throwing handler, a slow one, a refused or
// rate-limited callback, a user who asks too fast. Real discord.js client, local fake Discord.
import { setTimeout as sleep } from 'node:timers/promises';
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCommand, ComponentHandler } from '../src/commands/types.ts';
import { actionRows, button } from '../src/reply/components.ts';
import { memberSeeds, startBotOnFakeDiscord, TEST_TOKEN, withExtraCommands, type BotOnFakeDiscord } from './support/bot-harness.ts';
import { autocomplete, button as buttonClick, chatInputCommand, type DispatchedInteraction } from './support/fake-discord.ts';

const boom: ChatCommand = {
  kind: 'chat',
  data: {
    name: 'boom',
    description: 'Always fails',
    type: ApplicationCommandType.ChatInput,
    options: [{ name: 'text', description: 'Suggestions fail too', type: ApplicationCommandOptionType.String, autocomplete: true }],
  },
  execute() {
    // The token in an error message must not survive into the logs.
    throw new Error(`exploded while holding ${TEST_TOKEN}`);
  },
  autocomplete() {
    throw new Error('suggestions exploded');
  },
};

/** Answers after a pause longer than the (shortened) deferral threshold. */
const slow: ChatCommand = {
  kind: 'chat',
  data: {
    name: 'slow',
    description: 'Answers late',
    type: ApplicationCommandType.ChatInput,
    options: [
      { name: 'private', description: 'Defer privately', type: ApplicationCommandOptionType.Boolean },
      { name: 'secret', description: 'Answer privately after a public deferral', type: ApplicationCommandOptionType.Boolean },
    ],
  },
  // `secret` is not declared private in advance: the transport must still keep the answer private.
  repliesPrivately: (request) => request.options.private === true,
  async execute(request) {
    await sleep(150);
    return { content: 'a late answer', ephemeral: request.options.private === true || request.options.secret === true };
  },
};

/** A message with two buttons whose handler answers late: one replaces the message, one answers the clicker alone. */
const panel: ChatCommand = {
  kind: 'chat',
  data: { name: 'panel', description: 'Shows slow buttons', type: ApplicationCommandType.ChatInput },
  execute: () => ({
    content: 'a panel',
    components: actionRows([button({ customId: 'slowbutton:replace', label: 'Replace' }), button({ customId: 'slowbutton:note', label: 'Note' })]),
  }),
};

const slowButtons: ComponentHandler = {
  prefix: 'slowbutton',
  async handle([action]) {
    await sleep(150);
    return action === 'replace' ? { content: 'replaced @everyone', updateMessage: true } : { content: 'a late note', ephemeral: true };
  },
};

const echo: ChatCommand = {
  kind: 'chat',
  data: {
    name: 'echo',
    description: 'Says it back',
    type: ApplicationCommandType.ChatInput,
    options: [{ name: 'text', description: 'What to say', type: ApplicationCommandOptionType.String, required: true }],
  },
  execute: (request) => ({ content: `you said: ${String(request.options.text)}` }),
};

function messageData(dispatched: DispatchedInteraction) {
  const { callback } = dispatched;
  if (callback.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error(`expected a message callback, got type ${callback.type}`);
  return callback.data ?? {};
}

const isEphemeral = (flags: number | undefined) => ((flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe('the gateway transport under failure', () => {
  let bot: BotOnFakeDiscord;
  /** Each test asks as a fresh member, so the cooldown of one test never touches another. */
  const members = memberSeeds(20);
  function newMember(): string {
    const member = members.shift();
    if (!member?.user.id) throw new Error('out of test members');
    return member.user.id;
  }

  beforeAll(async () => {
    bot = await startBotOnFakeDiscord({
      registry: withExtraCommands({ chat: [boom, slow, echo, panel], components: [slowButtons] }),
      deferAfterMs: 30,
      commandCooldown: { limit: 3, windowMs: 60_000 },
      members: [...members],
    });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('answers a throwing handler with a private apology and a reference, logs the stack under it, and keeps serving', async () => {
    const userId = newMember();
    const failed = await bot.fake.dispatchInteraction(chatInputCommand('boom', { userId }));
    const apology = messageData(failed);
    expect(isEphemeral(apology.flags)).toBe(true);
    const reference = /reference: `([0-9a-f]{8})`/.exec(apology.content ?? '')?.[1];
    expect(reference).toBeDefined();

    const errorLine = bot.logs.find((line) => line.msg === 'command failed' && line.reference === reference);
    expect(errorLine?.command).toBe('boom');
    expect((errorLine?.err as { stack?: string }).stack).toContain('exploded while holding [redacted]');
    await bot.waitForLog((line) => line.event === 'interaction' && line.command === 'boom' && line.outcome === 'error' && line.reference === reference);

    const next = await bot.fake.dispatchInteraction(chatInputCommand('echo', { userId, options: { text: 'still there?' } }));
    expect(messageData(next).content).toBe('you said: still there?');
  });

  it('answers failing suggestions with no choices instead of leaving the member waiting, and logs the failure', async () => {
    const dispatched = await bot.fake.dispatchInteraction(autocomplete('boom', 'text', { userId: newMember(), options: { text: 'x' } }));
    expect(dispatched.callback).toMatchObject({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
    const line = await bot.waitForLog((entry) => entry.event === 'interaction' && entry.kind === 'autocomplete' && entry.command === 'boom');
    expect(line.outcome).toBe('error');
    expect(bot.logs.some((entry) => entry.msg === 'autocomplete failed' && entry.reference === line.reference)).toBe(true);
  });

  it('defers a slow handler, then edits the placeholder with the answer', async () => {
    const dispatched = await bot.fake.dispatchInteraction(chatInputCommand('slow', { userId: newMember() }));
    expect(dispatched.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await dispatched.waitForEdit();
    expect(edit.body).toMatchObject({ content: 'a late answer', allowed_mentions: { parse: [] } });
    expect(dispatched.original()?.content).toBe('a late answer');
  });

  it('defers privately when the question is private', async () => {
    const dispatched = await bot.fake.dispatchInteraction(chatInputCommand('slow', { userId: newMember(), options: { private: true } }));
    expect(dispatched.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(isEphemeral((dispatched.callback as { data?: { flags?: number } }).data?.flags)).toBe(true);
    expect((await dispatched.waitForEdit()).body).toMatchObject({ content: 'a late answer' });
  });

  it('sends a private answer after a public deferral as a private follow-up and removes the placeholder', async () => {
    const dispatched = await bot.fake.dispatchInteraction(chatInputCommand('slow', { userId: newMember(), options: { secret: true } }));
    const followUp = await dispatched.waitForFollowUp();
    expect(followUp.body).toMatchObject({ content: 'a late answer', flags: MessageFlags.Ephemeral });
    const webhook = `/webhooks/${bot.fake.applicationId}/${dispatched.interaction.token}/messages/@original`;
    await bot.fake.waitForRequest((request) => request.method === 'DELETE' && request.path === webhook);
  });

  it('defers a slow button without a placeholder, then edits its message or answers the clicker alone', async () => {
    const shown = await bot.fake.dispatchInteraction(chatInputCommand('panel', { userId: newMember() }));
    const messageId = shown.original()!.id;

    const replaced = await bot.fake.dispatchInteraction(buttonClick('slowbutton:replace', { userId: newMember(), messageId }));
    expect(replaced.callback.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const edit = await replaced.waitForEdit();
    expect(edit.body).toMatchObject({ content: 'replaced @everyone', allowed_mentions: { parse: [], users: [], replied_user: false } });
    expect(replaced.original()?.id).toBe(messageId);

    const noted = await bot.fake.dispatchInteraction(buttonClick('slowbutton:note', { userId: newMember(), messageId }));
    expect(noted.callback.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const followUp = await noted.waitForFollowUp();
    expect(followUp.body).toMatchObject({ content: 'a late note', flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [], users: [], replied_user: false } });
  });

  it('retries a callback that Discord rate-limits', async () => {
    bot.fake.failNext({ method: 'POST', pathPattern: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 429, retryAfter: 0.02 });
    const dispatched = await bot.fake.dispatchInteraction(chatInputCommand('echo', { userId: newMember(), options: { text: 'again' } }));
    expect(messageData(dispatched).content).toBe('you said: again');
    const attempts = bot.fake.requests.filter((request) => request.path.startsWith(`/interactions/${dispatched.interaction.id}/`));
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
  });

  it('says sorry privately when Discord refuses the reply itself', async () => {
    bot.fake.failNext({ method: 'POST', pathPattern: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 400 });
    const dispatched = await bot.fake.dispatchInteraction(chatInputCommand('echo', { userId: newMember(), options: { text: 'refused' } }));
    const apology = messageData(dispatched);
    expect(isEphemeral(apology.flags)).toBe(true);
    expect(apology.content).toMatch(/reference: `[0-9a-f]{8}`/);
  });

  it('stops a member who asks too fast with a friendly private reply, and only that member', async () => {
    const eager = newMember();
    for (let asked = 0; asked < 3; asked += 1) {
      const answered = await bot.fake.dispatchInteraction(chatInputCommand('echo', { userId: eager, options: { text: `question ${asked}` } }));
      expect(messageData(answered).content).toBe(`you said: question ${asked}`);
    }
    const refused = messageData(await bot.fake.dispatchInteraction(chatInputCommand('echo', { userId: eager, options: { text: 'one more' } })));
    expect(isEphemeral(refused.flags)).toBe(true);
    expect(refused.content).toMatch(/try again in \d+ s/);
    await bot.waitForLog((line) => line.event === 'interaction' && line.command === 'echo' && line.outcome === 'cooldown');

    const other = await bot.fake.dispatchInteraction(chatInputCommand('echo', { userId: newMember(), options: { text: 'my turn' } }));
    expect(messageData(other).content).toBe('you said: my turn');
  });

  it('parses no mentions on any message, apologies and cooldown replies included', () => {
    const sent = bot.fake.requests.filter((request) => /\/callback$|^\/webhooks\//.test(request.path) && request.method !== 'DELETE');
    const messages = sent.map((request) => request.body as { data?: { allowed_mentions?: unknown }; allowed_mentions?: unknown; type?: number });
    // Webhook calls (edits, follow-ups) and the callbacks that carry a message; deferrals and choices carry none.
    const messageCallbacks = new Set<number>([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]);
    const withContent = messages.filter((body) => body.type === undefined || messageCallbacks.has(body.type));
    expect(withContent.length).toBeGreaterThan(5);
    for (const body of withContent) {
      expect(body.data?.allowed_mentions ?? body.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    }
  });

  it('logs one line per interaction with command, kind, latency and outcome, without the question or the token', () => {
    const lines = bot.logs.filter((line) => line.event === 'interaction');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).toMatchObject({ command: expect.any(String), kind: expect.stringMatching(/^(chat|component|autocomplete)$/), latencyMs: expect.any(Number), outcome: expect.any(String) });
    }
    const everything = bot.rawLogs.join('');
    expect(everything).not.toContain('question 1');
    expect(everything).not.toContain(TEST_TOKEN);
  });
});
