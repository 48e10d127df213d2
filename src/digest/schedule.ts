/**
 * When a digest runs: daily at a time, weekly on a day at a time, or a cron expression, always in an IANA
 * timezone (Asia/Taipei unless told otherwise). croner does the calendar work, including daylight-saving
 * changes: a local time that does not exist that day (spring forward) runs at the first minute after the
 * gap, and one that occurs twice (fall back) runs once, so a daily digest is neither skipped nor doubled.
 * Pure apart from croner: no timers are started here.
 */
import { Cron } from 'croner';
import { z } from 'zod';

export const DEFAULT_TIMEZONE = 'Asia/Taipei';
export const DEFAULT_TIME = '09:00';

/** In cron's order: Sunday is 0. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_WEEKDAY: Weekday = 'monday';

/** A digest is a summary, not a feed: more often than hourly would flood a channel. */
export const MIN_INTERVAL_MS = 60 * 60 * 1000;
/** How many upcoming runs are checked against MIN_INTERVAL_MS (enough to cover a day of hourly runs twice). */
const INTERVAL_SAMPLE = 50;

export type Schedule =
  | { kind: 'daily'; time: string; timezone: string }
  | { kind: 'weekly'; day: Weekday; time: string; timezone: string }
  | { kind: 'cron'; expression: string; timezone: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/**
 * An IANA timezone, returned in its canonical spelling ("asia/taipei" -> "Asia/Taipei"). Errors name the
 * input as `label` (config passes "the value": configuration errors never repeat what was set).
 */
export function checkTimezone(input: string, label = `"${input.trim()}"`): Checked<string> {
  const name = input.trim();
  if (name === '') return fail('the timezone is empty; use an IANA name such as Asia/Taipei or America/New_York');
  try {
    return { ok: true, value: new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone };
  } catch {
    return fail(`${label} is not an IANA timezone; use a name such as Asia/Taipei, Europe/London or America/New_York`);
  }
}

/** "9:05", "09:05" -> "09:05" (24-hour clock). */
export function checkTime(input: string): Checked<string> {
  const match = /^(\d{1,2}):(\d{2})$/.exec(input.trim());
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) return fail(`"${input.trim()}" is not a time; use 24-hour HH:MM, e.g. 09:00 or 18:30`);
  return { ok: true, value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** "Monday", "mon" -> "monday". */
export function checkWeekday(input: string): Checked<Weekday> {
  const wanted = input.trim().toLowerCase();
  const day = wanted.length >= 3 ? WEEKDAYS.find((candidate) => candidate.startsWith(wanted)) : undefined;
  return day ? { ok: true, value: day } : fail(`"${input.trim()}" is not a day of the week; use monday ... sunday`);
}

const NICKNAMES = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

function createCron(expression: string, timezone: string): Cron {
  // Without a callback croner starts no timer: the job is only used to compute run times.
  return new Cron(expression, { timezone, paused: true });
}

/** A five-field cron expression (minute hour day-of-month month day-of-week) or a nickname like @daily. */
export function checkCron(input: string, timezone = DEFAULT_TIMEZONE, label?: string): Checked<string> {
  const expression = input.trim().replace(/\s+/g, ' ');
  const subject = label ?? `"${expression}"`;
  const isNickname = NICKNAMES.includes(expression.toLowerCase());
  if (!isNickname && expression.split(' ').length !== 5) {
    return fail(
      `${subject} is not a five-field cron expression (minute hour day-of-month month day-of-week), e.g. "0 9 * * 1-5" for 09:00 on weekdays`,
    );
  }
  let upcoming: Date[];
  try {
    upcoming = createCron(expression, timezone).nextRuns(INTERVAL_SAMPLE);
  } catch (error) {
    const reason = (error as Error).message.replace(/^CronPattern: /, '');
    return fail(`${subject} is not a valid cron expression: ${reason}`);
  }
  if (upcoming.length === 0) return fail(`${subject} never runs (no such date); check the day and month fields`);
  const tooClose = upcoming.some((run, index) => index > 0 && run.getTime() - upcoming[index - 1]!.getTime() < MIN_INTERVAL_MS);
  if (tooClose) return fail(`${subject} runs more often than once an hour; a digest can run at most hourly`);
  return { ok: true, value: expression };
}

/** For config: the same checks as the command, as zod schemas (one clear message per bad variable). */
export const TimezoneSchema = z.string().transform((value, context) => {
  const checked = checkTimezone(value, 'the value');
  if (checked.ok) return checked.value;
  context.addIssue({ code: 'custom', message: checked.error });
  return z.NEVER;
});
export const CronSchema = z.string().transform((value, context) => {
  const checked = checkCron(value, DEFAULT_TIMEZONE, 'the value');
  if (checked.ok) return checked.value;
  context.addIssue({ code: 'custom', message: checked.error });
  return z.NEVER;
});

export interface ScheduleInput {
  /** "daily", "weekly" or a cron expression. */
  schedule: string;
  time?: string;
  day?: string;
  timezone?: string;
}

/** Builds a schedule from what an admin typed; the error says exactly which part is wrong. */
export function buildSchedule(input: ScheduleInput): Checked<Schedule> {
  const timezone = checkTimezone(input.timezone ?? DEFAULT_TIMEZONE);
  if (!timezone.ok) return timezone;
  const kind = input.schedule.trim().toLowerCase();
  if (kind === 'daily' || kind === 'weekly') {
    const time = checkTime(input.time ?? DEFAULT_TIME);
    if (!time.ok) return time;
    if (kind === 'daily') {
      if (input.day !== undefined) return fail('a daily schedule takes no day; choose "weekly" to post on one day of the week');
      return { ok: true, value: { kind, time: time.value, timezone: timezone.value } };
    }
    const day = checkWeekday(input.day ?? DEFAULT_WEEKDAY);
    if (!day.ok) return day;
    return { ok: true, value: { kind, day: day.value, time: time.value, timezone: timezone.value } };
  }
  if (input.time !== undefined || input.day !== undefined) {
    return fail('time and day apply to "daily" and "weekly"; a cron expression carries its own time and day');
  }
  const expression = checkCron(input.schedule, timezone.value);
  if (!expression.ok) return expression;
  return { ok: true, value: { kind: 'cron', expression: expression.value, timezone: timezone.value } };
}

/** Every schedule as the cron expression croner runs. */
export function cronExpression(schedule: Schedule): string {
  if (schedule.kind === 'cron') return schedule.expression;
  const [hour, minute] = schedule.time.split(':').map(Number);
  const dayOfWeek = schedule.kind === 'weekly' ? WEEKDAYS.indexOf(schedule.day) : '*';
  return `${minute} ${hour} * * ${dayOfWeek}`;
}

/** The next `count` runs strictly after `after`. */
export function nextRuns(schedule: Schedule, after: Date, count = 1): Date[] {
  return createCron(cronExpression(schedule), schedule.timezone).nextRuns(count, after);
}

/** Runs in (after, until], oldest first, at most `limit` of them (the earliest ones). */
export function runsBetween(schedule: Schedule, after: Date, until: Date, limit: number): Date[] {
  const cron = createCron(cronExpression(schedule), schedule.timezone);
  const runs: Date[] = [];
  let next = cron.nextRun(after);
  while (next && next.getTime() <= until.getTime() && runs.length < limit) {
    runs.push(next);
    next = cron.nextRun(next);
  }
  return runs;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "daily at 09:00", "every Monday at 09:00", "cron 0 9 * * 1-5", each followed by the timezone. */
export function describeSchedule(schedule: Schedule): string {
  const when =
    schedule.kind === 'daily'
      ? `daily at ${schedule.time}`
      : schedule.kind === 'weekly'
        ? `every ${capitalize(schedule.day)} at ${schedule.time}`
        : `cron \`${schedule.expression}\``;
  return `${when} (${schedule.timezone})`;
}

/** "Thu 26 Nov 2026, 09:00 (Asia/Taipei)": a moment as people in that timezone read it. */
export function formatInTimezone(date: Date, timezone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${text} (${timezone})`;
}
