// Discord's JSON error responses, so discord.js turns them into the same DiscordAPIError it would in production.
import { RESTJSONErrorCodes, type RESTError, type RESTErrorData, type RESTRateLimit } from 'discord-api-types/v10';

export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: RESTError | RESTRateLimit,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${status} ${body.message}`);
  }
}

const error = (status: number, code: number, message: string) => new DiscordHttpError(status, { code, message });

export const errors = {
  // Unmatched routes and bad auth carry code 0, as Discord's do.
  notFound: () => error(404, 0, '404: Not Found'),
  unauthorized: () => error(401, 0, '401: Unauthorized'),
  unknownChannel: () => error(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel'),
  unknownGuild: () => error(404, RESTJSONErrorCodes.UnknownGuild, 'Unknown Guild'),
  unknownMember: () => error(404, RESTJSONErrorCodes.UnknownMember, 'Unknown Member'),
  unknownMessage: () => error(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message'),
  unknownUser: () => error(404, RESTJSONErrorCodes.UnknownUser, 'Unknown User'),
  unknownWebhook: () => error(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook'),
  unknownInteraction: () => error(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction'),
  unknownCommand: () => error(404, RESTJSONErrorCodes.UnknownApplicationCommand, 'Unknown application command'),
  alreadyAcknowledged: () =>
    error(400, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged, 'Interaction has already been acknowledged.'),
  missingAccess: () => error(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access'),
  missingPermissions: () => error(403, RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions'),
  emptyMessage: () => error(400, RESTJSONErrorCodes.CannotSendAnEmptyMessage, 'Cannot send an empty message'),
  notTextChannel: () =>
    error(400, RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel, 'Cannot send messages in a non-text channel'),
  editOthersMessage: () =>
    error(403, RESTJSONErrorCodes.CannotEditMessageAuthoredByAnotherUser, 'Cannot edit a message authored by another user'),
  invalidJson: () => error(400, RESTJSONErrorCodes.RequestBodyContainsInvalidJSON, 'The request body contains invalid JSON.'),
  unsupportedBody: (contentType: string) =>
    error(400, RESTJSONErrorCodes.RequestBodyContainsInvalidJSON, `fake-discord accepts JSON bodies only, got ${contentType}`),
};

type Path = readonly (string | number)[];
type ErrorTree = { [key: string]: ErrorTree } & { _errors?: { code: string; message: string }[] };

/** Collects field errors into Discord's nested `errors` object and throws them as one 50035 Invalid Form Body. */
export class FormErrors {
  private readonly root: ErrorTree = {};
  private count = 0;

  add(path: Path, code: string, message: string): void {
    let node = this.root;
    for (const key of path) node = node[String(key)] ??= {};
    (node._errors ??= []).push({ code, message });
    this.count++;
  }

  throwIfAny(): void {
    if (this.count === 0) return;
    throw new DiscordHttpError(400, {
      code: RESTJSONErrorCodes.InvalidFormBodyOrContentType,
      message: 'Invalid Form Body',
      errors: this.root as RESTErrorData,
    });
  }
}

/** Length rule with Discord's wording; `min` 0 means only a maximum applies. */
export function checkLength(errs: FormErrors, path: Path, value: string | readonly unknown[] | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (value.length > max || value.length < min) {
    if (min > 0) errs.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    else errs.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
}
