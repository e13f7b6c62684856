import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { logLines } from '../../test/support/log-lines.js';

describe('createLogger', () => {
  it('writes JSON lines with an ISO time and redacts tokens', async () => {
    const { lines, stream } = logLines();
    const log = createLogger('info', stream);
    log.info({ headers: { authorization: 'Bearer secret-value' }, token: 'secret-value' }, 'hello');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ msg: 'hello', service: 'kysy', token: '[redacted]', headers: { authorization: '[redacted]' } });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(lines)).not.toContain('secret-value');
  });

  it('drops lines below the configured level', async () => {
    const { lines, stream } = logLines();
    createLogger('warn', stream).info('quiet');
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual([]);
  });

  it('logs what an error is, never the values it carries (statement parameters, failing rows, request bodies)', async () => {
    const { lines, stream } = logLines();
    const database = Object.assign(new Error('invalid input syntax for type integer: "my secret words"'), {
      code: '22P02',
      severity: 'ERROR',
      routine: 'pg_strtoint32_safe',
      detail: 'Failing row contains (my secret words).',
      where: "unnamed portal parameter $1 = 'my secret words'",
      params: ['my secret words'],
      query: 'INSERT INTO messages (text) VALUES ($1)',
    });
    const parser = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', body: '{"text":"my secret words"' });
    const log = createLogger('info', stream);
    log.error({ err: new Error('turn failed', { cause: database }) }, 'request failed');
    log.error({ err: parser }, 'request failed');
    await new Promise((r) => setImmediate(r));
    expect(JSON.stringify(lines)).not.toContain('secret');
    expect(lines[0]?.err).toMatchObject({
      type: 'Error',
      message: 'turn failed',
      cause: { code: '22P02', severity: 'ERROR', routine: 'pg_strtoint32_safe', message: 'invalid input syntax for type integer: "…"' },
    });
    expect(lines[1]?.err).toMatchObject({ type: 'SyntaxError', message: 'Unexpected token', stack: expect.stringContaining('at ') });
  });
});

