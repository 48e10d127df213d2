/**
 * A per-user limit: at most `limit` uses in any `windowMs`. Pure apart from the clock it is given, so
 * tests step time by hand.
 */
export interface CooldownOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export type CooldownDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface Cooldown {
  /** Counts a use when allowed; a refused attempt does not extend the wait. */
  take(userId: string): CooldownDecision;
}

export function createCooldown({ limit, windowMs, now = Date.now }: CooldownOptions): Cooldown {
  const usesByUser = new Map<string, number[]>();

  function forgetIdleUsers(time: number): void {
    for (const [userId, uses] of usesByUser) {
      if (uses.every((use) => time - use >= windowMs)) usesByUser.delete(userId);
    }
  }

  return {
    take(userId) {
      const time = now();
      const recent = (usesByUser.get(userId) ?? []).filter((use) => time - use < windowMs);
      if (recent.length >= limit) {
        usesByUser.set(userId, recent);
        return { allowed: false, retryAfterMs: windowMs - (time - recent[0]!) };
      }
      recent.push(time);
      usesByUser.set(userId, recent);
      // Keeps memory bounded by the users active in the last window.
      if (usesByUser.size > 1000) forgetIdleUsers(time);
      return { allowed: true };
    },
  };
}
