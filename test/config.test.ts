import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';
const CLIENT_ID = '123456789012345678';

function errorsOf(env: Record<string, string>): string[] {
  const result = parseConfig(env);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.errors;
}

describe('parseConfig', () => {
  it('needs nothing for the local console and fills in the defaults', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: expect.objectContaining({ LOG_LEVEL: 'info', DATA_DIR: './data', DISCORD_TOKEN: undefined }),
    });
  });

  it('accepts a full Discord configuration and drops a trailing slash from the API URL', () => {
    const result = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      LOG_LEVEL: 'debug',
      DATA_DIR: '/tmp/bot',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: CLIENT_ID,
        DISCORD_GUILD_ID: '876543210987654321',
        DISCORD_API_URL: 'http://127.0.0.1:8080/api',
        LOG_LEVEL: 'debug',
        DATA_DIR: '/tmp/bot',
      },
    });
  });

  it('treats an empty value as unset', () => {
    const result = parseConfig({ DISCORD_GUILD_ID: '', LOG_LEVEL: ' ' });
    expect(result.ok && result.config).toMatchObject({ DISCORD_GUILD_ID: undefined, LOG_LEVEL: 'info' });
  });

  it('gives one line per bad variable, naming it and what it expects', () => {
    const errors = errorsOf({
      DISCORD_TOKEN: 'not-a-token',
      DISCORD_CLIENT_ID: 'my-bot',
      DISCORD_GUILD_ID: '42',
      DISCORD_API_URL: 'ftp://127.0.0.1/api',
      LOG_LEVEL: 'loud',
    });
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^DISCORD_TOKEN: expected the bot token/);
    expect(errors[1]).toMatch(/^DISCORD_CLIENT_ID: expected .*snowflake/);
    expect(errors[2]).toMatch(/^DISCORD_GUILD_ID: expected .*snowflake/);
    expect(errors[3]).toMatch(/^DISCORD_API_URL: expected an http\(s\) URL/);
    expect(errors[4]).toMatch(/^LOG_LEVEL: expected one of fatal, error, warn, info/);
  });

  it('requires the client id once a token is set', () => {
    expect(errorsOf({ DISCORD_TOKEN: TOKEN })).toEqual([expect.stringMatching(/^DISCORD_CLIENT_ID: required when DISCORD_TOKEN is set/)]);
  });

  it('requires the digest channel once a digest schedule or timezone is set, rather than posting nothing', () => {
    expect(errorsOf({ DIGEST_SCHEDULE: '0 9 * * *' })).toEqual([
      'DIGEST_CHANNEL_ID: required when DIGEST_SCHEDULE is set: the id (snowflake) of the channel to post the digest in',
    ]);
    expect(errorsOf({ DIGEST_TIMEZONE: 'Europe/London' })).toEqual([expect.stringMatching(/^DIGEST_CHANNEL_ID: required when DIGEST_TIMEZONE is set/)]);
  });

  it('never echoes the token, even a malformed one', () => {
    const almostToken = `${TOKEN}!`;
    const errors = errorsOf({ DISCORD_TOKEN: almostToken, DISCORD_CLIENT_ID: 'x' });
    expect(errors.join('\n')).not.toContain(TOKEN.slice(0, 20));
  });
});
