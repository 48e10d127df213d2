/**
 * How the scheduler reaches Discord: a small interface (so tests and other transports can stand in) and
 * its implementation over discord.js' REST client, which the gateway hands over (`client.rest`) or which a
 * process builds from the token. Posting carries the run's nonce with `enforce_nonce`, so Discord itself
 * returns the earlier message when a run is retried after a crash.
 */
import type { REST } from '@discordjs/rest';
import {
  PermissionFlagsBits,
  Routes,
  type APIChannel,
  type APIGuild,
  type APIGuildMember,
  type APIMessage,
  type APIUser,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord-api-types/v10';
import type { DigestMessage } from './compose.ts';

/** What the bot needs in a digest channel, with the names Discord's settings show. */
export const REQUIRED_PERMISSIONS = [
  { flag: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  { flag: PermissionFlagsBits.SendMessages, name: 'Send Messages' },
  { flag: PermissionFlagsBits.EmbedLinks, name: 'Embed Links' },
] as const;

export interface ChannelAccess {
  /** The server the channel belongs to, when the bot can see it. */
  guildId: string | null;
  /** The channel's name, when the bot can see it. */
  name: string | null;
  /** Names of REQUIRED_PERMISSIONS the bot lacks there; all of them when it cannot see the channel. */
  missing: string[];
}

export interface DigestPoster {
  post(channelId: string, message: DigestMessage, nonce: string): Promise<{ messageId: string }>;
  inspectChannel(channelId: string): Promise<ChannelAccess>;
}

const ALL_PERMISSIONS = ~0n;

/**
 * The member's permissions in the channel, as Discord computes them: the owner and administrators have all;
 * otherwise @everyone and the member's roles, then the channel's overwrites for @everyone, for the roles
 * (denies before allows) and for the member.
 * https://discord.com/developers/docs/topics/permissions#permission-overwrites
 */
export function channelPermissions(guild: Pick<APIGuild, 'id' | 'owner_id' | 'roles'>, member: Pick<APIGuildMember, 'roles'> & { userId: string }, channel: Pick<Extract<APIChannel, { permission_overwrites?: unknown }>, 'permission_overwrites'>): bigint {
  if (guild.owner_id === member.userId) return ALL_PERMISSIONS;
  const roleIds = new Set(member.roles);
  let permissions = 0n;
  for (const role of guild.roles) {
    if (role.id === guild.id || roleIds.has(role.id)) permissions |= BigInt(role.permissions);
  }
  if (permissions & PermissionFlagsBits.Administrator) return ALL_PERMISSIONS;
  const overwrites = channel.permission_overwrites ?? [];
  const apply = (allow: bigint, deny: bigint) => {
    permissions = (permissions & ~deny) | allow;
  };
  const everyone = overwrites.find((overwrite) => overwrite.id === guild.id);
  if (everyone) apply(BigInt(everyone.allow), BigInt(everyone.deny));
  const roles = overwrites.filter((overwrite) => roleIds.has(overwrite.id));
  apply(
    roles.reduce((sum, overwrite) => sum | BigInt(overwrite.allow), 0n),
    roles.reduce((sum, overwrite) => sum | BigInt(overwrite.deny), 0n),
  );
  const own = overwrites.find((overwrite) => overwrite.id === member.userId);
  if (own) apply(BigInt(own.allow), BigInt(own.deny));
  return permissions;
}

export function missingPermissions(permissions: bigint): string[] {
  // Without View Channel nothing else counts: Discord treats the channel as invisible.
  if (!(permissions & PermissionFlagsBits.ViewChannel)) return REQUIRED_PERMISSIONS.map((permission) => permission.name);
  return REQUIRED_PERMISSIONS.filter((permission) => !(permissions & permission.flag)).map((permission) => permission.name);
}

/** A Discord REST error's HTTP status and JSON error code, whichever the error carries. */
export function discordErrorOf(error: unknown): { status?: number; code?: number } {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return { ...(typeof status === 'number' ? { status } : {}), ...(typeof code === 'number' ? { code } : {}) };
}

export function createRestPoster(rest: REST): DigestPoster {
  // The bot's user id, looked up once (for its member roles in the channel's server).
  let botUserId: Promise<string> | undefined;
  const ownId = () => {
    botUserId ??= (rest.get(Routes.user()) as Promise<APIUser>).then((user) => user.id);
    botUserId.catch(() => (botUserId = undefined)); // a failed lookup is tried again next time
    return botUserId;
  };

  return {
    async post(channelId, message, nonce) {
      const body: RESTPostAPIChannelMessageJSONBody = {
        embeds: message.embeds,
        allowed_mentions: { parse: [] },
        nonce,
        enforce_nonce: true,
      };
      const created = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
      return { messageId: created.id };
    },

    async inspectChannel(channelId) {
      let channel: APIChannel;
      try {
        channel = (await rest.get(Routes.channel(channelId))) as APIChannel;
      } catch (error) {
        const { status } = discordErrorOf(error);
        // 403: the bot cannot see it; 404: no such channel (for the bot, the same thing).
        if (status === 403 || status === 404) return { guildId: null, name: null, missing: missingPermissions(0n) };
        throw error;
      }
      const name = 'name' in channel && channel.name ? channel.name : null;
      if (!('guild_id' in channel) || !channel.guild_id) return { guildId: null, name, missing: [] };
      const guildId = channel.guild_id;
      const [guild, userId] = await Promise.all([rest.get(Routes.guild(guildId)) as Promise<APIGuild>, ownId()]);
      const member = (await rest.get(Routes.guildMember(guildId, userId))) as APIGuildMember;
      const overwrites = 'permission_overwrites' in channel ? channel.permission_overwrites : undefined;
      const permissions = channelPermissions(guild, { roles: member.roles, userId }, { permission_overwrites: overwrites });
      return { guildId, name, missing: missingPermissions(permissions) };
    },
  };
}
