/**
 * The bot's configuration, from environment variables, checked with zod. Every variable is one line of
 * ENV_SCHEMA; a bad value becomes one line naming the variable and what it expects, and never echoes the
 * value (the token must not reach a terminal or a log, not even inside an error).
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { CronSchema, TimezoneSchema } from './digest/schedule.ts';

const SNOWFLAKE = /^\d{17,20}$/;
/** A bot token is three base64url parts joined by dots (id, timestamp, HMAC). */
const TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{10,}$/;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const snowflake = (what: string) => z.string().regex(SNOWFLAKE, { error: `expected ${what}: a Discord id (snowflake) of 17 to 20 digits` });

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) URL of a Discord-compatible REST API, e.g. http://127.0.0.1:8080/api' })
  // discord.js appends "/v10" itself, so a trailing slash would double up.
  .transform((url) => url.replace(/\/+$/, ''));

/** Adding a variable is one line here (and one in .env.example). */
const ENV_SCHEMA = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(TOKEN, { error: 'expected the bot token from the Developer Portal (three parts separated by dots)' })
    .optional(),
  DISCORD_CLIENT_ID: snowflake("the application's id").optional(),
  DISCORD_GUILD_ID: snowflake("a server's id").optional(),
  DISCORD_API_URL: httpUrl.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  DATA_DIR: z.string().default('./data'),
  DIGEST_CHANNEL_ID: snowflake('the channel to post the scheduled digest in').optional(),
  DIGEST_SCHEDULE: CronSchema.optional(),
  DIGEST_TIMEZONE: TimezoneSchema.optional(),
});

export type Config = z.infer<typeof ENV_SCHEMA>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Variables checked against each other once each is valid on its own. */
function crossChecks(config: Config): string[] {
  const errors: string[] = [];
  if (config.DISCORD_TOKEN && !config.DISCORD_CLIENT_ID) {
    errors.push("DISCORD_CLIENT_ID: required when DISCORD_TOKEN is set: the application's id (snowflake) from the Developer Portal");
  }
  // A schedule without a channel would post nothing, silently: digests must never silently not happen.
  const digestSettings = (['DIGEST_SCHEDULE', 'DIGEST_TIMEZONE'] as const).filter((name) => config[name] !== undefined);
  if (digestSettings.length > 0 && !config.DIGEST_CHANNEL_ID) {
    errors.push(`DIGEST_CHANNEL_ID: required when ${digestSettings.join(' or ')} is set: the id (snowflake) of the channel to post the digest in`);
  }
  return errors;
}

/**
 * Pure: reads only the variables it knows from `env`. An empty value counts as unset (`DISCORD_GUILD_ID=`
 * in a .env file means "none").
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const known = Object.fromEntries(
    Object.keys(ENV_SCHEMA.shape).map((name) => {
      const value = env[name]?.trim();
      return [name, value === '' ? undefined : value];
    }),
  );
  const parsed = ENV_SCHEMA.safeParse(known);
  if (parsed.success) {
    const errors = crossChecks(parsed.data);
    return errors.length === 0 ? { ok: true, config: parsed.data } : { ok: false, errors };
  }
  // One line per variable: its first problem is the one to fix.
  const byVariable = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? 'environment');
    if (!byVariable.has(name)) byVariable.set(name, `${name}: ${issue.message}`);
  }
  return { ok: false, errors: [...byVariable.values()] };
}

/**
 * For the entry points (`npm start`, deploy-commands): the environment plus `.env` (which never overrides a
 * variable already set), checked. On a bad value, prints one line per variable to stderr and returns null.
 */
export function configFromEnvironment(): Config | null {
  loadDotenv({ quiet: true });
  const parsed = parseConfig(process.env);
  if (parsed.ok) return parsed.config;
  for (const line of parsed.errors) process.stderr.write(`config error: ${line}\n`);
  return null;
}
