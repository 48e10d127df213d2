import { describe, expect, it } from 'vitest';
import { createCooldown } from '../src/transports/cooldown.ts';

function clockedCooldown(limit: number, windowMs: number) {
  let time = 1_000_000;
  const cooldown = createCooldown({ limit, windowMs, now: () => time });
  return { cooldown, advance: (ms: number) => (time += ms) };
}

describe('createCooldown', () => {
  it('allows `limit` uses in a window, then refuses with the time left', () => {
    const { cooldown, advance } = clockedCooldown(3, 10_000);
    expect(cooldown.take('ann')).toEqual({ allowed: true });
    advance(1_000);
    expect(cooldown.take('ann')).toEqual({ allowed: true });
    expect(cooldown.take('ann')).toEqual({ allowed: true });
    advance(2_000);
    expect(cooldown.take('ann')).toEqual({ allowed: false, retryAfterMs: 7_000 });
  });

  it('frees a slot once the oldest use leaves the window, and a refusal does not extend the wait', () => {
    const { cooldown, advance } = clockedCooldown(2, 10_000);
    cooldown.take('ann');
    advance(4_000);
    cooldown.take('ann');
    advance(1_000);
    expect(cooldown.take('ann').allowed).toBe(false);
    advance(5_000);
    expect(cooldown.take('ann')).toEqual({ allowed: true });
    expect(cooldown.take('ann')).toEqual({ allowed: false, retryAfterMs: 4_000 });
  });

  it('counts each user separately', () => {
    const { cooldown } = clockedCooldown(1, 10_000);
    expect(cooldown.take('ann').allowed).toBe(true);
    expect(cooldown.take('ann').allowed).toBe(false);
    expect(cooldown.take('bob').allowed).toBe(true);
  });

  it('still limits an active user after many others came and went', () => {
    const { cooldown, advance } = clockedCooldown(1, 10_000);
    for (let user = 0; user < 1_100; user += 1) cooldown.take(`idle-${user}`);
    advance(10_000);
    cooldown.take('ann');
    for (let user = 0; user < 1_100; user += 1) cooldown.take(`later-${user}`);
    expect(cooldown.take('ann').allowed).toBe(false);
  });
});
