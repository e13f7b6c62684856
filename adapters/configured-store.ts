import type { Config } from './config/config.js';
import { dataDirProblem } from './config/data-dir.js';
import { StartupError } from './config/startup-error.js';
import { openStore, type Store } from './store/index.js';
import { WEBHOOK_SINK } from './webhooks/worker.js';

/**
 * The database the configuration names (PostgreSQL at DATABASE_URL, else PGlite in DATA_DIR),
 * migrated, fanning lead events out to each delivery configured (webhooks, HubSpot).
 */
export async function openConfiguredStore(config: Config): Promise<Store> {
  if (!config.DATABASE_URL) {
    const problem = await dataDirProblem(config.DATA_DIR);
    if (problem) throw new StartupError(problem);
  }
  // HubSpot's client library loads only when it is configured (see main.ts).
  const hubspot = config.HUBSPOT_ACCESS_TOKEN ? (await import('./crm/hubspot/worker.js')).HUBSPOT_SINK : null;
  const sinks = [...(config.WEBHOOK_URL && config.WEBHOOK_SECRET ? [WEBHOOK_SINK] : []), ...(hubspot ? [hubspot] : [])];
  return openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL }, { leadEventSinks: sinks });
}
