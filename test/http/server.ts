import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../adapters/config/config.js';
import { capturingLogger } from '../support/log-lines.js';
import { type Running, startKysy } from '../../adapters/main.js';
import type { Store } from '../../adapters/store/index.js';
import type { Clock } from '../../bot/ports/runtime.js';

import { EXAMPLE_DEFINITION } from '../support/example-definition.js';

export const ADMIN_TOKEN = 'http-tests-admin-token-0123456789abcdef';

export interface TestServer {
  url: string;
  running: Running;
  /** Every log line the server wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  admin(path: string, token?: string): Promise<Response>;
  close(): Promise<void>;
}

/** The real server (composition root and all) on a store the test opened, listening on a free port. */
export async function startTestServer(store: Store, env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-http-'));
  const { lines: logs, logger } = capturingLogger();
  const loaded = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_TOKEN,
    LEAD_DEFINITION: EXAMPLE_DEFINITION,
    WORKERS: 'off',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const running = await startKysy(loaded.config, { store, clock: options.clock, logger, buildWidget: false, announce: () => {} });
  const url = `http://127.0.0.1:${running.port}`;
  return {
    url,
    running,
    logs,
    admin: (path, token = ADMIN_TOKEN) => fetch(url + path, { headers: { authorization: `Bearer ${token}` } }),
    async close() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface SuiteServer {
  store: Store;
  server: TestServer;
}

/**
 * Kysy on a store from `open` for one suite: started before its tests, closed (server, then store)
 * after them. `started` is given both once running, to keep them and to set up more before the tests
 * (within `timeoutMs`, the hook timeout unless given).
 */
export function serverForSuite(
  open: () => Promise<Store>,
  started: (kysy: SuiteServer) => unknown,
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): void {
  let store: Store | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    store = await open();
    server = await startTestServer(store, options.env);
    await started({ store, server });
  }, options.timeoutMs);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });
}

/** Every key anywhere in a JSON value. */
export function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      keysOf(child, into);
    }
  }
  return into;
}
