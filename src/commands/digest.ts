/**
 * /digest subscribe | status | preview | unsubscribe: scheduled digests of the article's facts in a
 * channel, for server admins. Manage Server is the commands' default permission (admins may widen it in the
 * server's integration settings) and is checked again here, since the default can be overridden. Every
 * reply goes to the admin alone. Guild-only: a digest belongs to a server's channel.
 */
import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandChannelOption,
} from 'discord.js';
import type { APIApplicationCommandOptionChoice, APIEmbedField } from 'discord-api-types/v10';
import { composeDigest } from '../digest/compose.ts';
import type { DigestServices } from '../digest/runtime.ts';
import { buildSchedule, DEFAULT_TIME, DEFAULT_TIMEZONE, describeSchedule, formatInTimezone, nextRuns, WEEKDAYS } from '../digest/schedule.ts';
import { escapeUserText } from '../reply/escape.ts';
import { LIMITS, truncate } from '../reply/limits.ts';
import { COLOURS } from '../reply/style.ts';
import type { DigestSubscription } from '../store/digest.ts';
import { localise, type Names } from './common.ts';
import type { ChatCommand, CommandRequest, CommandServices, ReplyData } from './types.ts';

const POSTABLE_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

const WEEKDAY_NAMES_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

const SCHEDULE_SUGGESTIONS: ReadonlyArray<{ name: string; value: string }> = [
  { name: 'daily (at the time you give, 09:00 by default)', value: 'daily' },
  { name: 'weekly (on the day and at the time you give)', value: 'weekly' },
  { name: 'cron: 09:00 on weekdays', value: '0 9 * * 1-5' },
  { name: 'cron: 08:00 and 20:00 every day', value: '0 8,20 * * *' },
  { name: 'cron: 09:00 on the 1st of each month', value: '0 9 1 * *' },
];

function channelOption(names: Names) {
  return (option: SlashCommandChannelOption) => localise(option, names).addChannelTypes(...POSTABLE_CHANNELS);
}

const CHANNEL_NAMES: Names = { name: 'channel', description: 'The channel the digest is posted in', zhName: '頻道', zhDescription: '摘要張貼的頻道' };

const data = localise(new SlashCommandBuilder(), {
  name: 'digest',
  description: 'Scheduled digests of the article in a channel (Manage Server)',
  zhName: '摘要',
  zhDescription: '在頻道定時張貼文章摘要（需要「管理伺服器」權限）',
})
  .setIntegrationTypes([ApplicationIntegrationType.GuildInstall])
  .setContexts([InteractionContextType.Guild])
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((sub) =>
    localise(sub, {
      name: 'subscribe',
      description: 'Post a digest to a channel daily, weekly or on a cron schedule',
      zhName: '訂閱',
      zhDescription: '每日、每週或依 cron 排程在頻道張貼摘要',
    })
      .addChannelOption((option) => channelOption(CHANNEL_NAMES)(option).setRequired(true))
      .addStringOption((option) =>
        localise(option, {
          name: 'schedule',
          description: 'daily, weekly, or a cron expression such as "0 9 * * 1-5"',
          zhName: '排程',
          zhDescription: 'daily（每日）、weekly（每週），或 cron 運算式，例如 "0 9 * * 1-5"',
        })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      )
      .addStringOption((option) =>
        localise(option, {
          name: 'time',
          description: `For daily and weekly: HH:MM on a 24-hour clock (default ${DEFAULT_TIME})`,
          zhName: '時間',
          zhDescription: `每日與每週排程：24 小時制 HH:MM（預設 ${DEFAULT_TIME}）`,
        }).setMaxLength(5),
      )
      .addStringOption((option) =>
        localise(option, { name: 'day', description: 'For weekly: the day (default Monday)', zhName: '星期', zhDescription: '每週排程：哪一天（預設星期一）' }).addChoices(
          ...WEEKDAYS.map((day, index) => ({
            name: day.charAt(0).toUpperCase() + day.slice(1),
            value: day,
            name_localizations: { 'zh-TW': WEEKDAY_NAMES_ZH[index]! },
          })),
        ),
      )
      .addStringOption((option) =>
        localise(option, {
          name: 'timezone',
          description: `An IANA timezone such as Asia/Taipei (the default) or America/New_York`,
          zhName: '時區',
          zhDescription: 'IANA 時區，例如 Asia/Taipei（預設）或 America/New_York',
        })
          .setMaxLength(64)
          .setAutocomplete(true),
      )
      .addBooleanOption((option) =>
        localise(option, {
          name: 'skip_when_nothing_new',
          description: 'Skip a run when no fact was added or corrected since the last digest',
          zhName: '無新內容時略過',
          zhDescription: '自上次摘要以來沒有新增或更正的事實時，略過該次張貼',
        }),
      ),
  )
  .addSubcommand((sub) =>
    localise(sub, {
      name: 'status',
      description: "This server's digests: next run, last post, last error",
      zhName: '狀態',
      zhDescription: '本伺服器的摘要：下次張貼、上次張貼與最近的錯誤',
    }),
  )
  .addSubcommand((sub) =>
    localise(sub, { name: 'preview', description: 'The next digest, shown to you alone', zhName: '預覽', zhDescription: '預覽下一則摘要（只有你看得到）' }).addChannelOption(
      channelOption({ ...CHANNEL_NAMES, description: 'Whose next digest to show (default: this channel)', zhDescription: '要預覽哪個頻道的下一則摘要（預設：此頻道）' }),
    ),
  )
  .addSubcommand((sub) =>
    localise(sub, { name: 'unsubscribe', description: 'Stop the digest in a channel', zhName: '取消訂閱', zhDescription: '停止在頻道張貼摘要' }).addChannelOption((option) =>
      channelOption(CHANNEL_NAMES)(option).setRequired(true),
    ),
  )
  .toJSON();

const MANAGE = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

const notice = (text: string): ReplyData => ({ content: truncate(text, LIMITS.content), ephemeral: true });

/** Why this request may not use /digest, or null when it may. */
function refusal(request: CommandRequest, services: CommandServices): string | null {
  if (!request.guildId) return '/digest works in a server only.';
  if (!services.digest) return 'Scheduled digests need the bot connected to Discord; they are not available here.';
  const permissions = BigInt(request.memberPermissions ?? 0);
  if (!(permissions & MANAGE)) return '/digest is for members with the **Manage Server** permission.';
  return null;
}

const discordTimestamp = (date: Date, style: 'F' | 'R') => `<t:${Math.floor(date.getTime() / 1000)}:${style}>`;
const channelLabel = (subscription: Pick<DigestSubscription, 'channelName' | 'channelId'>) =>
  subscription.channelName ? `#${subscription.channelName}` : `channel ${subscription.channelId}`;
const messageLink = (guildId: string, channelId: string, messageId: string) => `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;

/** "Thu, 26 Nov 2026, 09:00 (Asia/Taipei) · <t:…:F> (<t:…:R>)": in the schedule's timezone and in the reader's. */
function describeWhen(date: Date, timezone: string): string {
  return `${formatInTimezone(date, timezone)} · ${discordTimestamp(date, 'F')} (${discordTimestamp(date, 'R')})`;
}

async function subscribe(request: CommandRequest, digest: DigestServices, now: Date): Promise<ReplyData> {
  const channelId = String(request.options.channel ?? '');
  const built = buildSchedule({
    schedule: String(request.options.schedule ?? ''),
    ...(request.options.time !== undefined ? { time: String(request.options.time) } : {}),
    ...(request.options.day !== undefined ? { day: String(request.options.day) } : {}),
    ...(request.options.timezone !== undefined ? { timezone: String(request.options.timezone) } : {}),
  });
  if (!built.ok) return notice(`That schedule does not work: ${escapeUserText(built.error, 300)}`);
  let access;
  try {
    access = await digest.inspectChannel(channelId);
  } catch {
    return notice('I could not check that channel with Discord just now. Please try again in a minute.');
  }
  if (access.guildId !== null && access.guildId !== request.guildId) return notice('That channel belongs to another server.');
  const label = access.name ? `#${access.name}` : 'that channel';
  if (access.missing.length > 0) {
    return notice(
      `I can't post digests in ${label}: I'm missing ${access.missing.map((name) => `**${name}**`).join(', ')} there. ` +
        "Grant them to my role in the channel's permission settings, then run `/digest subscribe` again.",
    );
  }
  const previous = digest.store.subscriptionForChannel(channelId);
  const subscription = digest.store.upsertSubscription({
    guildId: request.guildId,
    channelId,
    channelName: access.name,
    schedule: built.value,
    skipWhenNothingNew: request.options.skip_when_nothing_new === true,
    source: 'command',
  });
  const [next] = nextRuns(subscription.schedule, now);
  const lines = [
    `${previous ? 'Updated' : 'Subscribed'}: ${label} gets a digest ${describeSchedule(subscription.schedule)}.`,
    next ? `First run: ${describeWhen(next, subscription.schedule.timezone)}.` : '',
    subscription.skipWhenNothingNew ? 'A run is skipped when no fact was added or corrected since the last digest.' : '',
    '`/digest preview` shows what it will look like; `/digest status` shows every digest of this server.',
  ];
  return notice(lines.filter(Boolean).join('\n'));
}

function statusField(subscription: DigestSubscription, digest: DigestServices, now: Date): APIEmbedField {
  const { schedule } = subscription;
  const lines = [`**Schedule:** ${describeSchedule(schedule)}${subscription.skipWhenNothingNew ? ', skipped when nothing is new' : ''}`];
  if (subscription.source === 'env') lines.push('**Set by:** the environment (DIGEST_CHANNEL_ID)');
  if (subscription.pausedReason) {
    lines.push(`**Paused:** ${subscription.pausedReason}. Fix it, then run \`/digest subscribe\` again to resume.`);
  } else {
    const [next] = nextRuns(schedule, now);
    lines.push(`**Next run:** ${next ? describeWhen(next, schedule.timezone) : 'none (the schedule never runs again)'}`);
  }
  const lastPost = digest.store.lastPostedRun(subscription.id);
  const guildId = subscription.guildId;
  lines.push(
    lastPost?.messageId && guildId
      ? `**Last post:** ${formatInTimezone(new Date(lastPost.scheduledFor), schedule.timezone)} · ${messageLink(guildId, subscription.channelId, lastPost.messageId)}`
      : '**Last post:** none yet',
  );
  if (subscription.lastError && subscription.lastError !== subscription.pausedReason) lines.push(`**Last error:** ${subscription.lastError}`);
  return { name: truncate(channelLabel(subscription), LIMITS.fieldName), value: truncate(lines.join('\n'), LIMITS.fieldValue) };
}

function status(guildId: string, digest: DigestServices, now: Date): ReplyData {
  const subscriptions = digest.store.subscriptionsForGuild(guildId);
  if (subscriptions.length === 0) return notice('No digests in this server yet. `/digest subscribe` sets one up.');
  const shown = subscriptions.slice(0, LIMITS.fields);
  const hidden = subscriptions.length - shown.length;
  return {
    ephemeral: true,
    embeds: [
      {
        color: shown.some((subscription) => subscription.pausedReason) ? COLOURS.problem : COLOURS.info,
        title: `Digests in this server (${subscriptions.length})`,
        ...(hidden > 0 ? { description: `The first ${shown.length} are shown.` } : {}),
        fields: shown.map((subscription) => statusField(subscription, digest, now)),
      },
    ],
  };
}

/**
 * The channel's subscription if it is this server's: another server's schedule is not an admin's here to
 * see. An env subscription whose server is unknown (the bot could not see the channel) counts as anyone's.
 */
function ownSubscription(digest: DigestServices, channelId: string, guildId: string): DigestSubscription | undefined {
  const subscription = digest.store.subscriptionForChannel(channelId);
  return subscription && (subscription.guildId === null || subscription.guildId === guildId) ? subscription : undefined;
}

function preview(request: CommandRequest, digest: DigestServices, services: CommandServices): ReplyData {
  const channelId = String(request.options.channel ?? request.channelId ?? '');
  const subscription = ownSubscription(digest, channelId, request.guildId!);
  const now = services.now();
  const next = subscription ? nextRuns(subscription.schedule, now)[0] : undefined;
  const composed = composeDigest(services.engine.kb, digest.store.channelState(channelId), next ?? now);
  const label = subscription ? channelLabel(subscription) : 'this channel';
  const when = subscription && next ? `due ${describeWhen(next, subscription.schedule.timezone)}` : 'this channel has no digest subscription';
  const skipped = subscription?.skipWhenNothingNew && composed.nothingNew ? ' As things stand it would be skipped: nothing is new.' : '';
  return { content: `Preview of the next digest in ${label} (${when}). Only you can see this.${skipped}`, embeds: composed.message.embeds, ephemeral: true };
}

function unsubscribe(request: CommandRequest, digest: DigestServices): ReplyData {
  const channelId = String(request.options.channel ?? '');
  const subscription = ownSubscription(digest, channelId, request.guildId!);
  if (!subscription || !digest.store.removeSubscription(channelId, subscription.guildId ?? undefined)) return notice('There is no digest in that channel.');
  const envNote = subscription.source === 'env' ? ' It was set by DIGEST_CHANNEL_ID, so it comes back at the next restart unless that variable is removed.' : '';
  return notice(`Stopped the digest in ${channelLabel(subscription)}.${envNote}`);
}

function suggestTimezones(typed: string): APIApplicationCommandOptionChoice[] {
  const wanted = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const zones = Intl.supportedValuesOf('timeZone');
  const matches = wanted ? zones.filter((zone) => zone.toLowerCase().includes(wanted)) : [DEFAULT_TIMEZONE, 'UTC', 'America/New_York', 'Europe/London', 'Asia/Tokyo'];
  return matches.slice(0, LIMITS.choices).map((zone) => ({ name: zone, value: zone }));
}

function suggestSchedules(typed: string): APIApplicationCommandOptionChoice[] {
  const wanted = typed.trim().toLowerCase();
  const matches = SCHEDULE_SUGGESTIONS.filter((suggestion) => !wanted || suggestion.value.startsWith(wanted) || suggestion.name.includes(wanted));
  // What the admin typed is always offered as is (checked when they submit).
  const own = wanted && !matches.some((match) => match.value === wanted) ? [{ name: truncate(typed.trim(), LIMITS.choiceName), value: truncate(typed.trim(), LIMITS.choiceValue) }] : [];
  return [...own, ...matches].slice(0, LIMITS.choices);
}

export const digestCommand: ChatCommand = {
  kind: 'chat',
  data,
  repliesPrivately: () => true,
  async execute(request, services) {
    const refused = refusal(request, services);
    if (refused) return notice(refused);
    const digest = services.digest!;
    const now = services.now();
    switch (request.subcommand) {
      case 'subscribe':
        return subscribe(request, digest, now);
      case 'status':
        return status(request.guildId!, digest, now);
      case 'preview':
        return preview(request, digest, services);
      case 'unsubscribe':
        return unsubscribe(request, digest);
      default:
        return notice('Use `/digest subscribe`, `/digest status`, `/digest preview` or `/digest unsubscribe`.');
    }
  },
  autocomplete(focused) {
    if (focused.name === 'timezone') return suggestTimezones(focused.value);
    if (focused.name === 'schedule') return suggestSchedules(focused.value);
    return [];
  },
};
