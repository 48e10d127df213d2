// The fake's state: users, guilds (roles, channels, members) and the permission math Discord applies to them.
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  OverwriteType,
  PermissionFlagsBits,
  type APIGuild,
  type APIGuildCategoryChannel,
  type APIGuildMember,
  type APINewsChannel,
  type APIOverwrite,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GuildMemberFlags,
  type RoleFlags,
} from 'discord-api-types/v10';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** Snowflakes carry a real timestamp so discord.js's createdAt helpers give sensible dates. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** A usual @everyone for a community server: members can read, talk and use commands. */
const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.ChangeNickname;

/** What an invite link for a text bot would grant its managed role. */
const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

export interface UserSeed {
  id?: string;
  username: string;
  globalName?: string;
}

export interface RoleSeed {
  id?: string;
  name: string;
  permissions?: bigint;
}

/** `role` is a role id or name ('@everyone' for the guild's base role); `user` is a user id. */
export type OverwriteSeed =
  | { role: string; allow?: bigint; deny?: bigint }
  | { user: string; allow?: bigint; deny?: bigint };

export type SeedChannelType = ChannelType.GuildText | ChannelType.GuildAnnouncement | ChannelType.GuildCategory;

export interface ChannelSeed {
  id?: string;
  name: string;
  type?: SeedChannelType;
  /** Category id or name. */
  parent?: string;
  topic?: string;
  overwrites?: OverwriteSeed[];
}

export interface MemberSeed {
  user: UserSeed;
  /** Role ids or names. */
  roles?: string[];
  nick?: string;
}

export interface GuildSeed {
  id?: string;
  name?: string;
  preferredLocale?: Locale;
  everyonePermissions?: bigint;
  /** Permissions of the bot's managed role (Discord creates one per bot install). */
  botPermissions?: bigint;
  roles?: RoleSeed[];
  /** Defaults to one text channel, #general. */
  channels?: ChannelSeed[];
  members?: MemberSeed[];
}

export type GuildChannel = APITextChannel | APINewsChannel | APIGuildCategoryChannel;

export interface GuildState {
  guild: APIGuild;
  channels: Map<string, GuildChannel>;
  members: Map<string, APIGuildMember>;
  joinedAt: string;
}

export function makeUser(seed: UserSeed, bot = false): APIUser {
  return {
    id: seed.id ?? snowflake(),
    username: seed.username,
    global_name: seed.globalName ?? null,
    discriminator: bot ? '0001' : '0',
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

function makeRole(id: string, name: string, permissions: bigint, position: number, botId?: string): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions: permissions.toString(),
    managed: botId !== undefined,
    mentionable: false,
    flags: 0 as RoleFlags, // no flags set
    ...(botId !== undefined ? { tags: { bot_id: botId } } : {}),
  };
}

function makeMember(user: APIUser, roles: string[], joinedAt: string, nick?: string): APIGuildMember {
  return {
    user,
    roles,
    nick: nick ?? null,
    avatar: null,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags, // no flags set
    pending: false,
    communication_disabled_until: null,
  };
}

export class World {
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, GuildState>();
  /** Default interacting user: an ordinary member of every guild. */
  readonly tester: APIUser;
  /** Owns every guild, so nobody else gets owner-level permissions by accident. */
  readonly owner: APIUser;

  constructor(
    readonly bot: APIUser,
    guildSeeds: readonly GuildSeed[],
  ) {
    this.tester = makeUser({ username: 'tester', globalName: 'Tester' });
    this.owner = makeUser({ username: 'guild-owner' });
    for (const user of [bot, this.tester, this.owner]) this.users.set(user.id, user);
    for (const seed of guildSeeds) this.addGuild(seed);
  }

  private addGuild(seed: GuildSeed): void {
    const id = seed.id ?? snowflake();
    const joinedAt = new Date().toISOString();
    const roles: APIRole[] = [makeRole(id, '@everyone', seed.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS, 0)];
    for (const role of seed.roles ?? []) {
      roles.push(makeRole(role.id ?? snowflake(), role.name, role.permissions ?? 0n, roles.length));
    }
    const botRole = makeRole(snowflake(), this.bot.username, seed.botPermissions ?? DEFAULT_BOT_PERMISSIONS, roles.length, this.bot.id);
    roles.push(botRole);
    const roleId = (ref: string): string => {
      const found = ref === '@everyone' ? roles[0] : roles.find((r) => r.id === ref || r.name === ref);
      if (!found) throw new Error(`fake-discord seed: unknown role "${ref}" in guild ${seed.name ?? id}`);
      return found.id;
    };

    const guild: APIGuild = {
      id,
      name: seed.name ?? 'Test Guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.owner.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles,
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: seed.preferredLocale ?? Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
    };

    const members = new Map<string, APIGuildMember>();
    members.set(this.bot.id, makeMember(this.bot, [botRole.id], joinedAt));
    members.set(this.tester.id, makeMember(this.tester, [], joinedAt));
    members.set(this.owner.id, makeMember(this.owner, [], joinedAt));
    for (const m of seed.members ?? []) {
      const user = makeUser(m.user);
      this.users.set(user.id, user);
      members.set(user.id, makeMember(user, (m.roles ?? []).map(roleId), joinedAt, m.nick));
    }

    const channelSeeds = seed.channels ?? [{ name: 'general' }];
    const channelIds = channelSeeds.map((c) => c.id ?? snowflake());
    const channels = new Map<string, GuildChannel>();
    channelSeeds.forEach((c, position) => {
      const overwrites = (c.overwrites ?? []).map((o): APIOverwrite => ({
        id: 'role' in o ? roleId(o.role) : o.user,
        type: 'role' in o ? OverwriteType.Role : OverwriteType.Member,
        allow: (o.allow ?? 0n).toString(),
        deny: (o.deny ?? 0n).toString(),
      }));
      const channelId = channelIds[position]!;
      const base = { id: channelId, guild_id: id, name: c.name, position, permission_overwrites: overwrites, flags: 0 };
      if (c.type === ChannelType.GuildCategory) {
        channels.set(channelId, { ...base, type: ChannelType.GuildCategory });
        return;
      }
      const parentIndex = c.parent === undefined ? -1 : channelSeeds.findIndex((p, i) => channelIds[i] === c.parent || p.name === c.parent);
      if (c.parent !== undefined && parentIndex < 0) throw new Error(`fake-discord seed: unknown parent "${c.parent}"`);
      const text = {
        ...base,
        parent_id: parentIndex < 0 ? null : channelIds[parentIndex]!,
        topic: c.topic ?? null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
      };
      if (c.type === ChannelType.GuildAnnouncement) channels.set(channelId, { ...text, type: ChannelType.GuildAnnouncement });
      else channels.set(channelId, { ...text, type: ChannelType.GuildText });
    });

    this.guilds.set(id, { guild, channels, members, joinedAt });
  }

  /** The first text channel of a guild (the first guild by default). */
  defaultChannel(guildId?: string): string {
    const state = guildId === undefined ? [...this.guilds.values()][0] : this.guilds.get(guildId);
    const text = [...(state?.channels.values() ?? [])].find((c) => c.type !== ChannelType.GuildCategory);
    if (!text) throw new Error(`fake-discord: guild ${guildId ?? '(first)'} has no text channel`);
    return text.id;
  }

  channel(channelId: string): { state: GuildState; channel: GuildChannel } | undefined {
    for (const state of this.guilds.values()) {
      const channel = state.channels.get(channelId);
      if (channel) return { state, channel };
    }
    return undefined;
  }

  /** Discord's documented algorithm: base role permissions, then @everyone, role and member overwrites. */
  permissions(state: GuildState, userId: string, channel?: GuildChannel): bigint {
    const member = state.members.get(userId);
    if (!member) return 0n;
    if (state.guild.owner_id === userId) return ALL_PERMISSIONS;
    const roleBits = (id: string) => BigInt(state.guild.roles.find((r) => r.id === id)?.permissions ?? '0');
    let perms = roleBits(state.guild.id);
    for (const role of member.roles) perms |= roleBits(role);
    if (perms & PermissionFlagsBits.Administrator) return ALL_PERMISSIONS;
    if (!channel) return perms;

    const overwrites = channel.permission_overwrites ?? [];
    const apply = (o: APIOverwrite | undefined) => {
      if (o) perms = (perms & ~BigInt(o.deny)) | BigInt(o.allow);
    };
    apply(overwrites.find((o) => o.id === state.guild.id));
    let allow = 0n;
    let deny = 0n;
    for (const o of overwrites) {
      if (o.type === OverwriteType.Role && member.roles.includes(o.id)) {
        allow |= BigInt(o.allow);
        deny |= BigInt(o.deny);
      }
    }
    perms = (perms & ~deny) | allow;
    apply(overwrites.find((o) => o.type === OverwriteType.Member && o.id === userId));
    // Without View Channel nothing else in the channel is usable.
    return perms & PermissionFlagsBits.ViewChannel ? perms : 0n;
  }
}
