/**
 * Structured logs: pino JSON lines. Every line passes through a filter that replaces the secrets (the bot
 * token) wherever they appear, so a token inside an error message or a stack never reaches the output.
 * At info level a line never carries message content or question text; debug may.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export type InteractionKind = 'chat' | 'message' | 'component' | 'autocomplete';
/**
 * ok: delivered; error: the handler failed (the user got an apology); cooldown: refused for speed;
 * unanswered: Discord never got a reply from us (delivery itself failed).
 */
export type InteractionOutcome = 'ok' | 'error' | 'cooldown' | 'unanswered';

export interface InteractionRecord {
  command: string;
  kind: InteractionKind;
  latencyMs: number;
  outcome: InteractionOutcome;
  /** The handler took long enough that we deferred. */
  deferred?: boolean;
  /** Shared with the apology the user saw, for an error. */
  reference?: string;
}

const REDACTED = '[redacted]';

/** `text` with every secret replaced; unset or empty secrets are skipped (an empty one would match everywhere). */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  return secrets.reduce<string>((out, secret) => (secret ? out.replaceAll(secret, REDACTED) : out), text);
}

/**
 * What of an error goes into a log: enough to find the bug. Deliberately not discord.js' `url` (it holds
 * the interaction's token) nor `requestBody` (it holds the reply, which echoes user text).
 */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, status, method } = error as Error & { code?: unknown; status?: unknown; method?: unknown };
  return { type: error.name, message: error.message, stack: error.stack, code, status, method };
}

export interface LoggerOptions {
  level: string;
  /** Strings that must never appear in the output (empty ones are ignored). */
  secrets?: ReadonlyArray<string | undefined>;
  destination?: { write(chunk: string): unknown };
}

export function createLogger({ level, secrets = [], destination = process.stdout }: LoggerOptions): Logger {
  return pino(
    { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: serializeError } },
    { write: (line: string) => destination.write(redactSecrets(line, secrets)) },
  );
}

/** The one line per interaction. */
export function logInteraction(logger: Logger, record: InteractionRecord): void {
  logger.info({ event: 'interaction', ...record }, 'interaction');
}
