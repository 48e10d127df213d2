/**
 * `npm start`. With DISCORD_TOKEN: serves the commands on Discord. Without it, in a terminal: the same
 * commands in a local console. Without either: one line saying what is missing, exit 1. Configuration
 * or fact-base problems are printed one per line before anything starts, never with the token.
 */
import { configFromEnvironment, type Config } from './config.ts';
import { KnowledgeBaseError, loadKnowledgeBase, type KnowledgeBase } from './knowledge/load.ts';
import { createLogger, redactSecrets, type Logger } from './log.ts';
import { createServices } from './services.ts';
import { openDatabase } from './store/db.ts';
import type { DigestScheduler } from './digest/scheduler.ts';
import type { GatewayHandle } from './transports/gateway.ts';

const NO_TERMINAL =
  'error: DISCORD_TOKEN is not set and standard input is not a terminal, so there is neither Discord nor a console to serve: set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example)\n';

function loadFacts(): KnowledgeBase | null {
  try {
    return loadKnowledgeBase();
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return null;
  }
}

/** Longer than a clean close takes; a close that hangs (a stuck connection) must not keep the process alive. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** SIGINT/SIGTERM: close what is open (once), then exit 0; exit 1 if closing fails or hangs. */
function onShutdown(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function serve(config: Config, kb: KnowledgeBase, token: string): Promise<number> {
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  // The last net under the per-interaction one: log and keep serving.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  const db = openDatabase(config.DATA_DIR);
  let gateway: GatewayHandle | undefined;
  let digestScheduler: DigestScheduler | undefined;
  // Registered before connecting, so a signal during login still closes the database.
  onShutdown(logger, async () => {
    await digestScheduler?.stop();
    await gateway?.stop();
    db.close();
  });
  try {
    // Loaded here, not at the top: a bad environment is reported without first reading all of discord.js.
    const { startGateway } = await import('./transports/gateway.ts');
    const digests = (await import('./digest/runtime.ts')).createDigestRuntime({ db, kb, token, config });
    gateway = await startGateway(config, { ...createServices(kb, db), digest: digests.services }, { logger });
    digestScheduler = digests.start(logger);
    return 0;
  } catch (error) {
    logger.fatal({ err: error }, 'could not connect to Discord');
    db.close();
    return 1;
  }
}

async function serveConsole(config: Config, kb: KnowledgeBase): Promise<number> {
  // Logs go to stderr here: stdout is the conversation.
  const logger = createLogger({ level: config.LOG_LEVEL, destination: process.stderr });
  const db = openDatabase(config.DATA_DIR);
  const services = createServices(kb, db);
  onShutdown(logger, async () => {
    db.close();
  });
  // The console greeting says how to connect to Discord.
  const { runConsole } = await import('./transports/console.ts');
  await runConsole({ input: process.stdin, output: process.stdout, services });
  db.close();
  return 0;
}

async function main(): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  const kb = loadFacts();
  if (!kb) return 1;
  if (config.DISCORD_TOKEN) return serve(config, kb, config.DISCORD_TOKEN);
  if (!process.stdin.isTTY) {
    process.stderr.write(NO_TERMINAL);
    return 1;
  }
  return serveConsole(config, kb);
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    // Not expected; still one line, and never the token.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${redactSecrets(message, [process.env.DISCORD_TOKEN])}\n`);
    process.exit(1);
  },
);
