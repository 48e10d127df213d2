// A tiny typed router: '/channels/:channelId' gives the handler `params.channelId: string`.

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** Distributes over a union of patterns, so a handler shared by several routes sees which params may be missing. */
export type RouteContext<P extends string> = P extends string
  ? { params: Record<ParamNames<P>, string>; query: URLSearchParams; body: unknown }
  : never;

export interface RouteResult {
  status: number;
  /** Omitted for 204 No Content. */
  body?: unknown;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  /** e.g. 'POST /channels/:channelId/messages'; recorded on each request so tests can see what matched. */
  name: string;
  method: Method;
  /** Interaction callbacks and interaction webhooks are authorised by their token in the path, not a bot token. */
  auth: boolean;
  /** Matches an already-decoded path. */
  match(path: string): Record<string, string> | undefined;
  handle(ctx: RouteContext<string>): RouteResult;
}

export function route<P extends string>(
  method: Method,
  pattern: P,
  handle: (ctx: RouteContext<P>) => RouteResult,
  options: { auth?: boolean } = {},
): Route {
  const segments = pattern.split('/');
  return {
    name: `${method} ${pattern}`,
    method,
    auth: options.auth ?? true,
    match(path) {
      const parts = path.split('/');
      if (parts.length !== segments.length) return undefined;
      const params: Record<string, string> = {};
      for (const [i, segment] of segments.entries()) {
        const part = parts[i]!;
        if (segment.startsWith(':')) params[segment.slice(1)] = part;
        else if (segment !== part) return undefined;
      }
      return params;
    },
    handle: handle as (ctx: RouteContext<string>) => RouteResult,
  };
}

export const ok = (body: unknown, status = 200): RouteResult => ({ status, body });
export const noContent = (): RouteResult => ({ status: 204 });
