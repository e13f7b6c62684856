import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../adapters/config/config.js';
import { buildWidget } from '../../adapters/http/widget/build.js';
import { startKysy } from '../../adapters/main.js';

import { EXAMPLE_DEFINITION } from '../support/example-definition.js';

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** The real server (PGlite in a temp dir, the example definition) with a freshly built widget. */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-browser-'));
  await buildWidget();
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
  if (!loaded.ok) throw new Error(`bad test config: ${loaded.errors.join('; ')}`);
  const running = await startKysy(loaded.config, { buildWidget: false, announce: () => {} });
  return {
    url: `http://127.0.0.1:${running.port}`,
    async close() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
