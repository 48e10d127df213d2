import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { envDigest } from '../src/digest/scheduler.ts';
import { buildSchedule, checkCron, checkTime, checkTimezone, cronExpression, describeSchedule, formatInTimezone, nextRuns, runsBetween, type Schedule } from '../src/digest/schedule.ts';

function schedule(input: Parameters<typeof buildSchedule>[0]): Schedule {
  const built = buildSchedule(input);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

const iso = (dates: readonly Date[]) => dates.map((date) => date.toISOString());
/** The local calendar day of each run, to count runs per day. */
const localDays = (dates: readonly Date[], timeZone: string) => dates.map((date) => date.toLocaleDateString('en-CA', { timeZone }));
const localTimes = (dates: readonly Date[], timeZone: string) => dates.map((date) => date.toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }));

describe('schedules in Asia/Taipei (the default)', () => {
  it('runs a daily digest at its local time, strictly after the given moment', () => {
    const daily = schedule({ schedule: 'daily', time: '9:00' });
    expect(daily).toEqual({ kind: 'daily', time: '09:00', timezone: 'Asia/Taipei' });
    // 08:30 in Taipei (UTC+8) -> 09:00 the same day, then the next.
    expect(iso(nextRuns(daily, new Date('2026-11-25T00:30:00Z'), 2))).toEqual(['2026-11-25T01:00:00.000Z', '2026-11-26T01:00:00.000Z']);
    // Exactly at a run: the next one.
    expect(iso(nextRuns(daily, new Date('2026-11-25T01:00:00Z')))).toEqual(['2026-11-26T01:00:00.000Z']);
  });

  it('runs a weekly digest on its day', () => {
    const weekly = schedule({ schedule: 'weekly', day: 'Fri', time: '18:30' });
    expect(cronExpression(weekly)).toBe('30 18 * * 5');
    // Friday 27 Nov 2026, 18:30 in Taipei = 10:30 UTC.
    expect(iso(nextRuns(weekly, new Date('2026-11-25T00:00:00Z'), 2))).toEqual(['2026-11-27T10:30:00.000Z', '2026-12-04T10:30:00.000Z']);
    expect(describeSchedule(weekly)).toBe('every Friday at 18:30 (Asia/Taipei)');
  });

  it('runs a cron expression in the schedule’s timezone', () => {
    const weekdays = schedule({ schedule: '0 9 * * 1-5' });
    const week = runsBetween(weekdays, new Date('2026-11-29T00:00:00Z'), new Date('2026-12-06T00:00:00Z'), 20);
    expect(localDays(week, 'Asia/Taipei')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(new Set(localTimes(week, 'Asia/Taipei'))).toEqual(new Set(['09:00']));
  });

  it('formats a moment in the timezone', () => {
    expect(formatInTimezone(new Date('2026-11-26T01:00:00Z'), 'Asia/Taipei')).toBe('Thu, 26 Nov 2026, 09:00 (Asia/Taipei)');
  });
});

describe('daylight-saving changes (America/New_York)', () => {
  const zone = 'America/New_York';
  const daily = (time: string) => schedule({ schedule: 'daily', time, timezone: zone });
  const threeDays = (time: string, from: string) => {
    const start = new Date(from);
    return runsBetween(daily(time), start, new Date(start.getTime() + 3 * 86_400_000), 20);
  };

  it('neither skips nor doubles a daily run across spring forward (8 March 2026)', () => {
    const nine = threeDays('09:00', '2026-03-07T00:00:00Z');
    expect(iso(nine)).toEqual(['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    expect(localTimes(nine, zone)).toEqual(['09:00', '09:00', '09:00']);
    // 02:30 does not exist on 8 March: that day's run comes right after the gap instead of vanishing.
    const gap = threeDays('02:30', '2026-03-07T00:00:00Z');
    expect(localDays(gap, zone)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(localTimes(gap, zone)).toEqual(['02:30', '03:30', '02:30']);
  });

  it('neither skips nor doubles a daily run across fall back (1 November 2026)', () => {
    const nine = threeDays('09:00', '2026-10-31T00:00:00Z');
    expect(iso(nine)).toEqual(['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z']);
    // 01:30 happens twice on 1 November: it runs once.
    const twice = threeDays('01:30', '2026-10-31T00:00:00Z');
    expect(localDays(twice, zone)).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
    expect(localTimes(twice, zone)).toEqual(['01:30', '01:30', '01:30']);
  });
});

describe('validation with clear messages', () => {
  it('accepts IANA names in any case and refuses others', () => {
    expect(checkTimezone('america/new_york')).toEqual({ ok: true, value: 'America/New_York' });
    const bad = checkTimezone('Mars/Olympus');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBe('"Mars/Olympus" is not an IANA timezone; use a name such as Asia/Taipei, Europe/London or America/New_York');
  });

  it('refuses bad cron expressions, saying why', () => {
    const error = (expression: string) => {
      const checked = checkCron(expression);
      return checked.ok ? null : checked.error;
    };
    expect(error('0 9 * * 1-5')).toBeNull();
    expect(error('@daily')).toBeNull();
    expect(error('0 0 9 * * *')).toContain('not a five-field cron expression');
    expect(error('61 9 * * *')).toBe('"61 9 * * *" is not a valid cron expression: Invalid value for minute: 61');
    expect(error('*/5 * * * *')).toContain('runs more often than once an hour');
    expect(error('0 0 30 2 *')).toContain('never runs');
  });

  it('refuses times and options that do not fit the schedule kind', () => {
    expect(checkTime('24:00').ok).toBe(false);
    expect(checkTime('7:5').ok).toBe(false);
    const failure = (input: Parameters<typeof buildSchedule>[0]) => {
      const built = buildSchedule(input);
      return built.ok ? null : built.error;
    };
    expect(failure({ schedule: 'daily', day: 'monday' })).toContain('a daily schedule takes no day');
    expect(failure({ schedule: '0 9 * * *', time: '10:00' })).toContain('a cron expression carries its own time and day');
    expect(failure({ schedule: 'weekly', day: 'someday' })).toContain('is not a day of the week');
    expect(failure({ schedule: 'daily', timezone: 'Taipei' })).toContain('is not an IANA timezone');
    expect(schedule({ schedule: 'weekly' })).toEqual({ kind: 'weekly', day: 'monday', time: '09:00', timezone: 'Asia/Taipei' });
  });
});

describe('the one-server setup from the environment', () => {
  it('checks DIGEST_* with one line per bad variable, without repeating the value', () => {
    const parsed = parseConfig({ DIGEST_CHANNEL_ID: '12', DIGEST_SCHEDULE: '*/5 * * * *', DIGEST_TIMEZONE: 'Mars/Olympus' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      'DIGEST_CHANNEL_ID: expected the channel to post the scheduled digest in: a Discord id (snowflake) of 17 to 20 digits',
      'DIGEST_SCHEDULE: the value runs more often than once an hour; a digest can run at most hourly',
      'DIGEST_TIMEZONE: the value is not an IANA timezone; use a name such as Asia/Taipei, Europe/London or America/New_York',
    ]);
  });

  it('turns the variables into a cron subscription, 09:00 in Asia/Taipei by default', () => {
    const parsed = parseConfig({ DIGEST_CHANNEL_ID: '123456789012345678' });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(envDigest(parsed.config)).toEqual({ channelId: '123456789012345678', schedule: { kind: 'cron', expression: '0 9 * * *', timezone: 'Asia/Taipei' } });
    const custom = parseConfig({ DIGEST_CHANNEL_ID: '123456789012345678', DIGEST_SCHEDULE: '30 7 * * 1', DIGEST_TIMEZONE: 'europe/london' });
    if (!custom.ok) throw new Error(custom.errors.join('; '));
    expect(envDigest(custom.config)?.schedule).toEqual({ kind: 'cron', expression: '30 7 * * 1', timezone: 'Europe/London' });
    expect(envDigest({ DIGEST_SCHEDULE: '0 9 * * *' })).toBeNull();
  });
});
