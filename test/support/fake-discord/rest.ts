// The REST routes discord.js uses for login, command registration, messages and interaction responses.
import {
  ChannelType,
  MessageFlags,
  PermissionFlagsBits,
  type APIApplication,
  type APIChannel,
  type APIGuild,
  type RESTGetAPIGatewayBotResult,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord-api-types/v10';
import type { CommandStore } from './commands.ts';
import { errors } from './errors.ts';
import type { InteractionTracker } from './interactions.ts';
import { isEmptyMessage, validateMessage, type MessageInput, type MessageStore } from './messages.ts';
import { noContent, ok, route, type Route } from './router.ts';
import type { GuildChannel, GuildState, World } from './world.ts';

export interface RestDeps {
  world: World;
  application: APIApplication;
  commands: CommandStore;
  messages: MessageStore;
  interactions: InteractionTracker;
  gatewayUrl: () => string;
}

const asObject = (body: unknown): Record<string, unknown> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw errors.invalidJson();
  return body as Record<string, unknown>;
};

export function restRoutes({ world, application, commands, messages, interactions, gatewayUrl }: RestDeps): Route[] {
  const botId = world.bot.id;

  const guild = (guildId: string): GuildState => {
    const state = world.guilds.get(guildId);
    if (!state) throw errors.unknownGuild();
    return state;
  };

  /** A channel the bot can see; Discord answers 403 Missing Access for ones it cannot. */
  const visibleChannel = (channelId: string): { state: GuildState; channel: GuildChannel } => {
    const found = world.channel(channelId);
    if (!found) throw errors.unknownChannel();
    if (!(world.permissions(found.state, botId, found.channel) & PermissionFlagsBits.ViewChannel)) throw errors.missingAccess();
    return found;
  };

  const guildJson = (state: GuildState, withCounts: boolean): APIGuild => ({
    ...state.guild,
    ...(withCounts ? { approximate_member_count: state.members.size, approximate_presence_count: 0 } : {}),
  });

  const ownApplication = (applicationId: string) => {
    if (applicationId !== application.id) throw errors.missingAccess();
  };
  /** Guild-scoped command routes need the bot in that guild. */
  const commandScope = (applicationId: string, guildId?: string): string | null => {
    ownApplication(applicationId);
    if (guildId === undefined) return null;
    if (!world.guilds.has(guildId)) throw errors.missingAccess();
    return guildId;
  };

  const commandRoutes = (prefix: '/applications/:applicationId' | '/applications/:applicationId/guilds/:guildId') => {
    const scopeOf = (p: { applicationId: string } | { applicationId: string; guildId: string }) =>
      commandScope(p.applicationId, 'guildId' in p ? p.guildId : undefined);
    return [
      route('GET', `${prefix}/commands`, ({ params }) => ok(commands.scope(scopeOf(params)))),
      route('PUT', `${prefix}/commands`, ({ params, body }) => ok(commands.overwrite(scopeOf(params), body))),
      route('POST', `${prefix}/commands`, ({ params, body }) => {
        const { command, created } = commands.upsert(scopeOf(params), body);
        return ok(command, created ? 201 : 200);
      }),
      route('GET', `${prefix}/commands/:commandId`, ({ params }) => {
        const command = commands.scope(scopeOf(params)).find((c) => c.id === params.commandId);
        if (!command) throw errors.unknownCommand();
        return ok(command);
      }),
      route('PATCH', `${prefix}/commands/:commandId`, ({ params, body }) => {
        const command = commands.edit(scopeOf(params), params.commandId, body);
        if (!command) throw errors.unknownCommand();
        return ok(command);
      }),
      route('DELETE', `${prefix}/commands/:commandId`, ({ params }) => {
        if (!commands.remove(scopeOf(params), params.commandId)) throw errors.unknownCommand();
        return noContent();
      }),
    ];
  };

  const channelMessage = (channelId: string, messageId: string) => {
    const found = visibleChannel(channelId);
    const message = messages.get(channelId, messageId);
    // Ephemeral messages exist only for their recipient; the bot cannot fetch them through the channel.
    if (!message || (message.flags ?? 0) & MessageFlags.Ephemeral) throw errors.unknownMessage();
    return { ...found, message };
  };

  return [
    route('GET', '/gateway', () => ok({ url: gatewayUrl() }), { auth: false }),
    route('GET', '/gateway/bot', () => {
      const info: RESTGetAPIGatewayBotResult = {
        url: gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      };
      return ok(info);
    }),

    route('GET', '/users/@me', () => ok(world.bot)),
    route('GET', '/users/:userId', ({ params }) => {
      const user = world.users.get(params.userId);
      if (!user) throw errors.unknownUser();
      return ok(user);
    }),
    route('GET', '/applications/@me', () => ok(application)),
    route('GET', '/oauth2/applications/@me', () => ok(application)),
    ...commandRoutes('/applications/:applicationId'),
    ...commandRoutes('/applications/:applicationId/guilds/:guildId'),

    route('GET', '/guilds/:guildId', ({ params, query }) => ok(guildJson(guild(params.guildId), query.get('with_counts') === 'true'))),
    route('GET', '/guilds/:guildId/roles', ({ params }) => ok(guild(params.guildId).guild.roles)),
    route('GET', '/guilds/:guildId/channels', ({ params }) => {
      const state = guild(params.guildId);
      return ok([...state.channels.values()].filter((c) => world.permissions(state, botId, c) & PermissionFlagsBits.ViewChannel));
    }),
    route('GET', '/guilds/:guildId/members/:userId', ({ params }) => {
      const member = guild(params.guildId).members.get(params.userId);
      if (!member) throw errors.unknownMember();
      return ok(member);
    }),

    route('GET', '/channels/:channelId', ({ params }) => ok(visibleChannel(params.channelId).channel satisfies APIChannel)),
    route('POST', '/channels/:channelId/messages', ({ params, body }) => {
      const { state, channel } = visibleChannel(params.channelId);
      if (channel.type === ChannelType.GuildCategory) throw errors.notTextChannel();
      if (!(world.permissions(state, botId, channel) & PermissionFlagsBits.SendMessages)) throw errors.missingPermissions();
      const input = asObject(body) as RESTPostAPIChannelMessageJSONBody;
      validateMessage(input);
      // enforce_nonce: the same author re-sending a nonce within the window gets the earlier message back.
      if (input.nonce !== undefined && input.enforce_nonce) {
        const existing = messages.byNonce(botId, input.nonce);
        if (existing) return ok(existing);
      }
      if (isEmptyMessage(input)) throw errors.emptyMessage();
      const message = messages.create(channel.id, world.bot, input as MessageInput, {
        ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
        ...(input.message_reference ? { message_reference: { ...input.message_reference, channel_id: channel.id } } : {}),
      });
      if (input.nonce !== undefined) messages.rememberNonce(message, input.nonce);
      return ok(message);
    }),
    route('GET', '/channels/:channelId/messages/:messageId', ({ params }) =>
      ok(channelMessage(params.channelId, params.messageId).message),
    ),
    route('PATCH', '/channels/:channelId/messages/:messageId', ({ params, body }) => {
      const { message } = channelMessage(params.channelId, params.messageId);
      if (message.author.id !== botId) throw errors.editOthersMessage();
      const input = asObject(body) as MessageInput;
      validateMessage(input);
      return ok(messages.edit(message, input));
    }),
    route('DELETE', '/channels/:channelId/messages/:messageId', ({ params }) => {
      const { message, state, channel } = channelMessage(params.channelId, params.messageId);
      if (message.author.id !== botId && !(world.permissions(state, botId, channel) & PermissionFlagsBits.ManageMessages)) {
        throw errors.missingPermissions();
      }
      messages.delete(message);
      return noContent();
    }),

    route(
      'POST',
      '/interactions/:interactionId/:interactionToken/callback',
      ({ params, body, query }) =>
        interactions.respond(params.interactionId, params.interactionToken, body, query.get('with_response') === 'true'),
      { auth: false },
    ),
    route(
      'POST',
      '/webhooks/:applicationId/:interactionToken',
      ({ params, body, query }) =>
        interactions.followUp(params.applicationId, params.interactionToken, asObject(body), query.get('wait') === 'true'),
      { auth: false },
    ),
    route(
      'GET',
      '/webhooks/:applicationId/:interactionToken/messages/:messageId',
      ({ params }) => interactions.getMessage(params.applicationId, params.interactionToken, params.messageId),
      { auth: false },
    ),
    route(
      'PATCH',
      '/webhooks/:applicationId/:interactionToken/messages/:messageId',
      ({ params, body }) => interactions.editMessage(params.applicationId, params.interactionToken, params.messageId, asObject(body)),
      { auth: false },
    ),
    route(
      'DELETE',
      '/webhooks/:applicationId/:interactionToken/messages/:messageId',
      ({ params }) => interactions.deleteMessage(params.applicationId, params.interactionToken, params.messageId),
      { auth: false },
    ),
  ];
}
