import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../adapters/config/config.js';
import { buildWidget } from '../../adapters/http/widget/build.js';
import { startKysy } from '../../adapters/main.js';

import { EXAMPLE_DEFINITION } from '../support/example-definition.js';
import { pgliteStore } from '../support/stores.js';

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real server (the example definition) with a freshly built widget, on a PGlite database of its
 * own copied from the migrated template: a new PGlite data directory on disk costs an initdb and every
 * migration (~4-8 s of CPU), which `npm start`'s own test proves; the browser tests drive the widget.
 */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-browser-'));
  const [store] = await Promise.all([pgliteStore(), buildWidget()]);
  const loaded = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LEAD_DEFINITION: EXAMPLE_DEFINITION,
    ADMIN_TOKEN: 'browser-tests-admin-token-0123456789',
    LOG_LEVEL: 'silent',
    WORKERS: 'off',
    RATE_LIMIT_PER_MINUTE: '10000',
    ...env,
  });
  if (!loaded.ok) {
    await store.close();
    throw new Error(`bad test config: ${loaded.errors.join('; ')}`);
  }
  const running = await startKysy(loaded.config, { store, buildWidget: false, announce: () => {} }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  return {
    url: `http://127.0.0.1:${running.port}`,
    async close() {
      await running.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
