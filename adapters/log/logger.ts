import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

/**
 * JSON logs on stdout. Secrets never reach a log line: the paths below are redacted wherever they
 * appear, and callers log ids and outcomes, never what a visitor typed.
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kysy' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['authorization', 'headers.authorization', 'req.headers.authorization', 'token', 'adminToken', '*.token', 'password'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
