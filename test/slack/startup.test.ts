import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../adapters/config/config.js';
import { createLogger } from '../../adapters/log/logger.js';
import { StartupError, startKysy } from '../../adapters/main.js';
import { EXAMPLE_DEFINITION } from '../support/example-definition.js';
import { pgliteStore } from '../support/stores.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

let slack: FakeSlack;
let dataDir: string;
beforeAll(async () => {
  slack = await startFakeSlack();
  dataDir = await mkdtemp(join(tmpdir(), 'kysy-slack-start-'));
});
afterAll(async () => {
  await slack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function config(token: string) {
  const loaded = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LEAD_DEFINITION: EXAMPLE_DEFINITION, WORKERS: 'off',
    ADMIN_TOKEN: 'slack-start-admin-token-0123456789abcdef', SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: 'secret-for-start', SLACK_API_URL: slack.url,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  return loaded.config;
}

describe('starting with Slack configured', () => {
  it('stops with a clear message when Slack rejects the token', async () => {
    const store = await pgliteStore();
    const started = startKysy(config('xoxb-not-the-right-token'), { store, logger: createLogger('silent'), buildWidget: false, announce: () => {} });
    await expect(started).rejects.toThrow(new StartupError('SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)'));
    await store.close();
  });

  it('starts anyway when Slack cannot be reached at start (the website does not depend on Slack)', async () => {
    const store = await pgliteStore();
    slack.failNext(3, { status: 500 }, 'auth.test');
    const kysy = await startKysy(config(slack.token), { store, logger: createLogger('silent'), buildWidget: false, announce: () => {} });
    expect((await fetch(`http://127.0.0.1:${kysy.port}/readyz`)).status).toBe(200);
    expect(kysy.slack).not.toBeNull();
    await kysy.close();
    await store.close();
  });
});
