/**
 * `npm run deploy-commands [-- --dry-run]`: registers every command with one bulk-overwrite PUT, in
 * DISCORD_GUILD_ID when set (changes show at once) or globally. A PUT replaces the whole set, so running
 * it twice changes nothing and a command removed from the code disappears from Discord too.
 * `--dry-run` prints the JSON payload instead and needs no token.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REST } from '@discordjs/rest';
import {
  ApplicationCommandType,
  Routes,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
} from 'discord-api-types/v10';
import { configFromEnvironment, type Config } from './config.ts';
import { redactSecrets } from './log.ts';
import { COMMAND_DATA } from './commands/index.ts';

export interface Registration {
  scope: string;
  commands: RESTPutAPIApplicationCommandsResult;
}

/** The PUT itself; needs DISCORD_TOKEN and DISCORD_CLIENT_ID. */
export async function registerCommands(config: Config, body: readonly RESTPostAPIApplicationCommandsJSONBody[] = COMMAND_DATA): Promise<Registration> {
  const { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: clientId, DISCORD_GUILD_ID: guildId } = config;
  if (!token || !clientId) throw new Error('DISCORD_TOKEN and DISCORD_CLIENT_ID are required to register commands (or use --dry-run)');
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  const commands = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: guildId ? `in server ${guildId} (shows at once)` : 'globally (may take up to an hour to show everywhere)', commands };
}

function describe({ scope, commands }: Registration): string {
  const lines = commands.map((command) =>
    command.type === ApplicationCommandType.Message ? `  "${command.name}" (message menu)` : `  /${command.name}: ${command.description}`,
  );
  return [`Registered ${commands.length} commands ${scope}:`, ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean', default: false } } });
  if (values['dry-run']) {
    process.stdout.write(`${JSON.stringify(COMMAND_DATA, null, 2)}\n`);
    return 0;
  }
  const config = configFromEnvironment();
  if (!config) return 1;
  if (!config.DISCORD_TOKEN) {
    process.stderr.write('config error: DISCORD_TOKEN: required to register commands (or use --dry-run to print them)\n');
    return 1;
  }
  try {
    process.stdout.write(`${describe(await registerCommands(config))}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: could not register the commands: ${redactSecrets(message, [config.DISCORD_TOKEN])}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Not expected (a bad flag, say); still never the token.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error: ${redactSecrets(message, [process.env.DISCORD_TOKEN])}\n`);
      process.exitCode = 1;
    },
  );
}
