import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes JSON lines with an ISO time and redacts tokens', async () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream);
    log.info({ headers: { authorization: 'Bearer secret-value' }, token: 'secret-value' }, 'hello');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ msg: 'hello', service: 'kysy', token: '[redacted]', headers: { authorization: '[redacted]' } });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(lines)).not.toContain('secret-value');
  });

  it('drops lines below the configured level', async () => {
    const { lines, stream } = capture();
    createLogger('warn', stream).info('quiet');
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual([]);
  });
});
