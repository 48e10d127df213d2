import { describe, expect, it } from 'vitest';
import { createLogger, redactSecrets } from '../src/log.ts';

const TOKEN = 'MTEy.GbOt.s3cr3t-t0k3n';

describe('redaction', () => {
  it('replaces every occurrence of a secret and skips unset or empty ones', () => {
    expect(redactSecrets(`a ${TOKEN} b ${TOKEN}`, [undefined, '', TOKEN])).toBe('a [redacted] b [redacted]');
    expect(redactSecrets('nothing to hide', ['', undefined])).toBe('nothing to hide');
  });

  it('keeps the token out of a log line, even inside an error message and its stack', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', secrets: [TOKEN, undefined], destination: { write: (line) => lines.push(line) } });
    logger.error({ err: new Error(`login failed for ${TOKEN}`) }, 'failed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(TOKEN);
    const line = JSON.parse(lines[0]!) as { err: { message: string; stack: string } };
    expect(line.err.message).toBe('login failed for [redacted]');
    expect(line.err.stack).toContain('login failed for [redacted]');
  });
});
