// Application command registry (global and per guild) with the registration rules Discord enforces.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommand,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { checkLength, FormErrors } from './errors.ts';
import { snowflake } from './world.ts';

type Path = (string | number)[];
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

// From the docs: chat-input names allow letters, numbers, - _ ' and Devanagari/Thai, and must be lowercase.
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkChatInputName(errs: FormErrors, path: Path, name: unknown): void {
  if (typeof name !== 'string' || !CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()) {
    errs.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid: ${JSON.stringify(name)}`);
  }
}

function checkDescription(errs: FormErrors, path: Path, description: unknown): void {
  if (typeof description !== 'string') errs.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  else checkLength(errs, path, description, 1, 100);
}

function checkLocalizations(errs: FormErrors, path: Path, map: unknown, check: (p: Path, v: unknown) => void): void {
  if (!isRecord(map)) return;
  for (const [locale, value] of Object.entries(map)) if (value !== null) check([...path, locale], value);
}

const isSubcommandLike = (o: unknown) =>
  isRecord(o) && (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup);

/**
 * `allowed` is what this level may hold: anything (top level), only subcommands (inside a group),
 * or only basic options (inside a subcommand).
 */
function checkOptions(errs: FormErrors, path: Path, options: unknown, allowed: 'top' | 'subcommands' | 'basic'): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) return errs.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  checkLength(errs, path, options, 0, 25);
  if (allowed === 'top' && options.some(isSubcommandLike) && !options.every(isSubcommandLike)) {
    errs.add(path, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Subcommands and groups cannot be mixed with other options');
  }
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((option: unknown, i) => {
    const at = [...path, i];
    if (!isRecord(option)) return errs.add(at, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    checkChatInputName(errs, [...at, 'name'], option.name);
    checkDescription(errs, [...at, 'description'], option.description);
    checkLocalizations(errs, [...at, 'name_localizations'], option.name_localizations, (p, v) => checkChatInputName(errs, p, v));
    checkLocalizations(errs, [...at, 'description_localizations'], option.description_localizations, (p, v) =>
      checkDescription(errs, p, v),
    );
    if (typeof option.name === 'string') {
      if (names.has(option.name)) {
        errs.add([...at, 'name'], 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', 'Option names must be unique');
      }
      names.add(option.name);
    }
    const type = option.type;
    if (type === ApplicationCommandOptionType.SubcommandGroup) {
      if (allowed !== 'top') errs.add([...at, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Groups may only be top-level options');
      checkOptions(errs, [...at, 'options'], option.options, 'subcommands');
      return;
    }
    if (type === ApplicationCommandOptionType.Subcommand) {
      if (allowed === 'basic') errs.add([...at, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Subcommands cannot be nested here');
      checkOptions(errs, [...at, 'options'], option.options, 'basic');
      return;
    }
    if (allowed === 'subcommands') {
      errs.add([...at, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Groups may only contain subcommands');
    }
    if (typeof type !== 'number' || !(type in ApplicationCommandOptionType)) {
      const types = Object.values(ApplicationCommandOptionType).filter((v) => typeof v === 'number');
      errs.add([...at, 'type'], 'BASE_TYPE_CHOICES', `Value must be one of {${types.join(', ')}}.`);
    }
    if (option.required === true && sawOptional) {
      errs.add(at, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices)) {
      checkLength(errs, [...at, 'choices'], option.choices, 0, 25);
      if (option.autocomplete === true && option.choices.length > 0) {
        errs.add([...at, 'autocomplete'], 'APPLICATION_COMMAND_OPTIONS_AUTOCOMPLETE_INVALID', 'Autocomplete cannot be used with choices');
      }
      option.choices.forEach((choice: unknown, j) => {
        if (!isRecord(choice)) return;
        checkLength(errs, [...at, 'choices', j, 'name'], typeof choice.name === 'string' ? choice.name : '', 1, 100);
        if (typeof choice.value === 'string') checkLength(errs, [...at, 'choices', j, 'value'], choice.value, 1, 100);
      });
    }
  });
}

function checkCommand(errs: FormErrors, path: Path, body: unknown): void {
  if (!isRecord(body)) return errs.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
  const type = body.type ?? ApplicationCommandType.ChatInput;
  if (type === ApplicationCommandType.ChatInput) {
    checkChatInputName(errs, [...path, 'name'], body.name);
    checkDescription(errs, [...path, 'description'], body.description);
    checkLocalizations(errs, [...path, 'name_localizations'], body.name_localizations, (p, v) => checkChatInputName(errs, p, v));
    checkLocalizations(errs, [...path, 'description_localizations'], body.description_localizations, (p, v) =>
      checkDescription(errs, p, v),
    );
    checkOptions(errs, [...path, 'options'], body.options, 'top');
  } else if (type === ApplicationCommandType.User || type === ApplicationCommandType.Message) {
    // Context-menu names may contain spaces and capitals but no description.
    checkLength(errs, [...path, 'name'], typeof body.name === 'string' ? body.name : '', 1, 32);
    if (body.description !== undefined && body.description !== '') {
      errs.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Context menu commands cannot have a description');
    }
    if (body.options !== undefined) {
      errs.add([...path, 'options'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Context menu commands cannot have options');
    }
  } else {
    errs.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3}.');
  }
}

const key = (c: { name: string; type?: ApplicationCommandType }) => `${c.type ?? ApplicationCommandType.ChatInput}:${c.name}`;

export class CommandStore {
  /** Global commands, in registration order. */
  readonly global: APIApplicationCommand[] = [];
  private readonly guilds = new Map<string, APIApplicationCommand[]>();

  constructor(private readonly applicationId: string) {}

  /** Commands registered for one guild (not including global ones). */
  forGuild(guildId: string): readonly APIApplicationCommand[] {
    return this.scope(guildId);
  }

  scope(guildId: string | null): APIApplicationCommand[] {
    if (guildId === null) return this.global;
    let list = this.guilds.get(guildId);
    if (!list) this.guilds.set(guildId, (list = []));
    return list;
  }

  /** What a user in this guild can invoke: guild commands first, then global ones. */
  resolve(guildId: string, name: string, type: ApplicationCommandType): APIApplicationCommand | undefined {
    const match = (c: APIApplicationCommand) => c.name === name && c.type === type;
    return this.scope(guildId).find(match) ?? this.global.find(match);
  }

  /** PUT: replaces the whole scope; commands keeping their name and type keep their id, as on Discord. */
  overwrite(guildId: string | null, bodies: unknown): APIApplicationCommand[] {
    const errs = new FormErrors();
    if (!Array.isArray(bodies)) errs.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    const list: unknown[] = Array.isArray(bodies) ? bodies : [];
    list.forEach((b, i) => checkCommand(errs, [i], b));
    errs.throwIfAny();
    const valid = list as RESTPostAPIApplicationCommandsJSONBody[];
    const seen = new Set<string>();
    valid.forEach((b, i) => {
      if (seen.has(key(b))) errs.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
      seen.add(key(b));
    });
    errs.throwIfAny();
    const current = this.scope(guildId);
    const next = valid.map((b) => this.build(guildId, b, current.find((c) => key(c) === key(b))?.id));
    current.splice(0, current.length, ...next);
    return next;
  }

  /** POST: creating a command with an existing name and type replaces it (200) instead of adding one (201). */
  upsert(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
    const errs = new FormErrors();
    checkCommand(errs, [], body);
    errs.throwIfAny();
    const valid = body as RESTPostAPIApplicationCommandsJSONBody;
    const current = this.scope(guildId);
    const index = current.findIndex((c) => key(c) === key(valid));
    const command = this.build(guildId, valid, current[index]?.id);
    if (index < 0) current.push(command);
    else current[index] = command;
    return { command, created: index < 0 };
  }

  /** PATCH: merges the change into the stored command and re-validates the result. */
  edit(guildId: string | null, commandId: string, patch: unknown): APIApplicationCommand | undefined {
    const current = this.scope(guildId);
    const index = current.findIndex((c) => c.id === commandId);
    const existing = current[index];
    if (!existing) return undefined;
    const { id: _id, application_id: _app, version: _version, guild_id: _guild, ...body } = existing;
    const merged = { ...body, ...(isRecord(patch) ? patch : {}) };
    const errs = new FormErrors();
    checkCommand(errs, [], merged);
    errs.throwIfAny();
    const command = this.build(guildId, merged as RESTPostAPIApplicationCommandsJSONBody, commandId);
    current[index] = command;
    return command;
  }

  remove(guildId: string | null, commandId: string): boolean {
    const current = this.scope(guildId);
    const index = current.findIndex((c) => c.id === commandId);
    if (index >= 0) current.splice(index, 1);
    return index >= 0;
  }

  private build(guildId: string | null, body: RESTPostAPIApplicationCommandsJSONBody, id?: string): APIApplicationCommand {
    return {
      ...body,
      id: id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: body.type ?? ApplicationCommandType.ChatInput,
      description: 'description' in body && typeof body.description === 'string' ? body.description : '',
      default_member_permissions: body.default_member_permissions ?? null,
      ...(guildId === null ? {} : { guild_id: guildId }),
    };
  }
}
