// `npm start` and `npm run deploy-commands` as the operator runs them: child processes, environment only.
// A bad environment is one line per variable and exit 1; a good one logs in to the (fake) Discord and
// serves; SIGTERM exits 0; the token is never in any output.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_DATA } from '../src/commands/index.ts';
import { TEST_TOKEN } from './support/bot-harness.ts';
import { chatInputCommand, startFakeDiscord, type FakeDiscord } from './support/fake-discord.ts';

const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const DEPLOY = fileURLToPath(new URL('../src/deploy-commands.ts', import.meta.url));

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A child in an empty working directory (no .env to pick up) with only the variables given. */
function launch(script: string, env: Record<string, string>, cwd: string, args: string[] = []) {
  const child = spawn(TSX, [script, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end();
  const finished = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  /** Resolves once standard output contains `text`; rejects if the child ends first. */
  const waitForOutput = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!stdout.includes(text)) return;
        child.stdout.off('data', check);
        resolve();
      };
      child.stdout.on('data', check);
      void finished.then(({ code }) => reject(new Error(`exited (${code}) before printing ${text}: ${stderr}`)));
      check();
    });
  return { child, finished, waitForOutput };
}

describe('the entry point and deploy-commands as processes', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'article-bot-e2e-'));
  });
  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  // Independent processes: run side by side.
  it.concurrent('refuses a bad environment with one line per bad variable and exit 1, never echoing the token', async () => {
    const { code, stdout, stderr } = await launch(ENTRY, { DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: 'my-bot', LOG_LEVEL: 'loud' }, cwd).finished;
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringContaining('DISCORD_CLIENT_ID'), expect.stringContaining('LOG_LEVEL')]);
    expect(stdout + stderr).not.toContain(TEST_TOKEN);
  });

  it.concurrent('names a malformed token without printing it', async () => {
    const almost = `${TEST_TOKEN}.extra part`;
    const { code, stdout, stderr } = await launch(ENTRY, { DISCORD_TOKEN: almost, DISCORD_CLIENT_ID: '123456789012345678' }, cwd).finished;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/DISCORD_TOKEN: expected the bot token/)]);
    expect(stdout + stderr).not.toContain(TEST_TOKEN.split('.')[2]);
  });

  it.concurrent('exits 1 with one clear line when there is neither a token nor a terminal', async () => {
    const { code, stderr } = await launch(ENTRY, {}, cwd).finished;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/DISCORD_TOKEN is not set and standard input is not a terminal/)]);
  });

  it.concurrent('prints the payload on --dry-run without a token', async () => {
    const { code, stdout } = await launch(DEPLOY, {}, cwd, ['--dry-run']).finished;
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(COMMAND_DATA)));
  });

  describe('with the fake Discord', () => {
    let fake: FakeDiscord;
    let env: Record<string, string>;
    beforeAll(async () => {
      fake = await startFakeDiscord({ token: TEST_TOKEN });
      env = {
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_URL: fake.apiUrl,
        DATA_DIR: join(cwd, 'data'),
      };
    });
    afterAll(async () => {
      await fake?.close();
    });

    it('registers the commands and says what it registered', async () => {
      const { code, stdout, stderr } = await launch(DEPLOY, env, cwd).finished;
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Registered ${COMMAND_DATA.length} commands in server ${fake.guildId}`));
      expect(stdout).toContain('/ask: ');
      expect(fake.commands.forGuild(fake.guildId)).toHaveLength(COMMAND_DATA.length);
      expect(stdout).not.toContain(TEST_TOKEN);
    });

    it('logs in, answers /ask, shuts down cleanly on SIGTERM, and never prints the token', async () => {
      const bot = launch(ENTRY, env, cwd);
      try {
        // The bot starts from TypeScript while the rest of the suite runs beside it: on a loaded two-core machine
        // its start once took over 15 s.
        await fake.waitForIdentify(1, 45_000);
        const dispatched = await fake.dispatchInteraction(chatInputCommand('ask', { options: { question: 'how big is the delegation' } }));
        expect(dispatched.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
        await bot.waitForOutput('"event":"interaction"');
      } finally {
        bot.child.kill('SIGTERM');
      }
      const { code, stdout, stderr } = await bot.finished;
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'connected to Discord' }));
      expect(lines).toContainEqual(expect.objectContaining({ event: 'interaction', command: 'ask', kind: 'chat', outcome: 'ok' }));
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'shutting down', signal: 'SIGTERM' }));
      // Exit 0 alone could be a kill: this line comes only after the gateway has closed its connection.
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'disconnected from Discord' }));
      expect(stdout).not.toContain('how big is the delegation');
      expect(stdout).not.toContain(TEST_TOKEN);
      expect(existsSync(join(cwd, 'data', 'bot.sqlite'))).toBe(true);
    }, 60_000);
  });
});
