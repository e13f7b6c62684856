import { loadConfig } from './config/config.js';
import { StartupError } from './config/startup-error.js';
import { openConfiguredStore } from './configured-store.js';
import type { Running } from './main.js';
import { createLogger } from './log/logger.js';

/**
 * The server as an operator runs it (`npm start`, through adapters/start.mjs): configured from the
 * environment, stopped by SIGTERM/SIGINT. The database starts opening before the rest of the server's
 * code loads (main.ts: HTTP, admin, channels, the engine): on two cores both go at once, and opening
 * PGlite is the longest part of a start.
 */
export async function main() {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`Kysy cannot start: bad configuration\n  ${loaded.errors.join('\n  ')}\n`);
    process.exit(1);
  }
  const logger = createLogger(loaded.config.LOG_LEVEL);
  const opening = openConfiguredStore(loaded.config);
  // Awaited (and closed on a failed start) by startKysy; until then a failure is not unhandled.
  opening.catch(() => undefined);
  let running: Running;
  try {
    const { startKysy } = await import('./main.js');
    running = await startKysy(loaded.config, { logger, opening });
  } catch (error) {
    if (error instanceof StartupError) process.stderr.write(`Kysy cannot start: ${error.message}\n`);
    else logger.fatal({ err: error }, 'startup failed');
    process.exit(1);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Requests in flight get a few seconds; then the process goes regardless.
    setTimeout(() => process.exit(1), 10_000).unref();
    running.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
