import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

import { requestFields } from '../observability/request-context.js';
import { safeError } from './safe-error.js';

export type { Logger } from 'pino';

/**
 * JSON logs on stdout. Secrets never reach a log line: the paths below are redacted wherever they
 * appear, and callers log ids and outcomes, never what a visitor typed. Errors go under `err`, where
 * only what describes the failure is kept (a database error's parameters and values are not).
 * A line written while a request is handled carries its request id and conversation id.
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kysy' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: safeError },
      mixin: requestFields,
      redact: {
        paths: ['authorization', 'headers.authorization', 'req.headers.authorization', 'token', 'adminToken', '*.token', 'password'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
