/**
 * The Discord round trip on loopback: from the (fake) gateway dispatching an /ask INTERACTION_CREATE to
 * the bot's callback arriving back at the (fake) REST API. The real discord.js client, the real commands
 * and engine; one interaction at a time, so the figure is latency, not throughput.
 *   npx tsx scripts/bench-discord.ts [count]   prints {"median", "p99", "count"} in milliseconds
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startBotOnFakeDiscord } from '../test/support/bot-harness.ts';
import { chatInputCommand } from '../test/support/fake-discord.ts';
import { percentile } from './percentile.ts';

const QUESTIONS = [
  'how big is the delegation',
  'how long is the trip',
  'what is the travel budget',
  'who will lead the delegation',
  'what is the highest level dialogue',
  'does the article mention submarines',
];
/** Not measured: lets the JIT, the sockets and the engine's caches settle. */
const WARM_UP = 20;

export interface RoundTrip {
  /** Milliseconds. */
  median: number;
  p99: number;
  count: number;
}

export async function measureRoundTrip(count = 300): Promise<RoundTrip> {
  // One member asks every question: the cooldown is out of the way, the rest is as in production.
  const bot = await startBotOnFakeDiscord({ commandCooldown: { limit: Number.MAX_SAFE_INTEGER, windowMs: 10_000 } });
  const times: number[] = [];
  try {
    for (let index = 0; index < WARM_UP + count; index += 1) {
      const question = QUESTIONS[index % QUESTIONS.length]!;
      const started = performance.now();
      await bot.fake.dispatchInteraction(chatInputCommand('ask', { options: { question } }));
      if (index >= WARM_UP) times.push(performance.now() - started);
    }
  } finally {
    await bot.stop();
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { median: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)), count: times.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 300);
  measureRoundTrip(Number.isInteger(count) && count > 0 ? count : 300).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
