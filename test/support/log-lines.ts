import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../adapters/log/logger.js';

/** A stream whose log lines a test reads back: each JSON line written to it, parsed, in order. */
export function logLines(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

/** A logger at level info whose lines a test reads back, parsed, in order. */
export function capturingLogger(): { lines: Record<string, unknown>[]; logger: Logger } {
  const { lines, stream } = logLines();
  return { lines, logger: createLogger('info', stream) };
}
