// Shared by the digest tests: a clock moved by hand, and a logger that keeps what it wrote.
import { REST } from '@discordjs/rest';
import type { Clock } from '../src/digest/scheduler.ts';
import { createLogger, type Logger } from '../src/log.ts';
import type { FakeDiscord } from './support/fake-discord.ts';

interface Timer {
  at: number;
  callback: () => void;
}

/** Time stands still until the test moves it; timers due by then fire in order. */
export class ManualClock implements Clock {
  private time: number;
  private readonly timers = new Set<Timer>();

  constructor(start: string | Date) {
    this.time = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, callback };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** When the earliest pending timer fires, or null. */
  nextTimerAt(): Date | null {
    const earliest = Math.min(...[...this.timers].map((timer) => timer.at));
    return Number.isFinite(earliest) ? new Date(earliest) : null;
  }

  set(to: string | Date): void {
    this.time = new Date(to).getTime();
    for (const timer of [...this.timers].sort((a, b) => a.at - b.at)) {
      if (timer.at > this.time) break;
      this.timers.delete(timer);
      timer.callback();
    }
  }

  advance(ms: number): void {
    this.set(new Date(this.time + ms));
  }
}

export interface CapturedLog {
  logger: Logger;
  lines: Array<Record<string, unknown>>;
}

export function captureLog(): CapturedLog {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) } });
  return { logger, lines };
}

/** discord.js' REST client pointed at the fake, as the gateway's client.rest would be. */
export function restFor(fake: FakeDiscord): REST {
  return new REST({ api: fake.apiUrl }).setToken(fake.token);
}
