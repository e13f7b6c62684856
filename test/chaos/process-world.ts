import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../slack/fake-slack.js';
import { EXAMPLE_DEFINITION } from '../support/example-definition.js';
import { freePort } from '../support/free-port.js';
import { killAll, type KysyProcess, readyAt, startKysyProcess } from '../support/kysy-process.js';
import { createPostgresDatabase } from '../support/postgres-database.js';

export const ADMIN_TOKEN = 'chaos-tests-admin-token-0123456789abcdef';

/**
 * Kysy as operators run it: a process of its own (started, killed and started again on the same
 * port), on a PostgreSQL database of its own, with workers on and Slack at the fake Web API.
 */
export interface ProcessWorld {
  url: string;
  slack: FakeSlack;
  /** Empty for PGlite. */
  databaseUrl: string;
  /** The process now serving (the last one started). */
  kysy: KysyProcess;
  /** Starts a process and resolves once it answers /readyz. */
  start(): Promise<KysyProcess>;
  close(): Promise<void>;
}

/**
 * `databaseUrl`: a database the caller owns (a cluster it stops and starts); `pglite`: the embedded
 * database in the data directory (the default deployment); else a database of its own on the test server.
 */
export async function processWorld(env: Record<string, string> = {}, options: { databaseUrl?: string; pglite?: boolean } = {}): Promise<ProcessWorld> {
  const database =
    options.databaseUrl || options.pglite ? { url: options.databaseUrl ?? '', drop: async () => undefined } : await createPostgresDatabase();
  const slack = await startFakeSlack();
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-chaos-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const world: ProcessWorld = {
    url,
    databaseUrl: database.url,
    slack,
    kysy: undefined as unknown as KysyProcess,
    async start() {
      world.kysy = startKysyProcess({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        ADMIN_TOKEN,
        LEAD_DEFINITION: EXAMPLE_DEFINITION,
        WORKERS: 'on',
        RATE_LIMIT_PER_MINUTE: '1000000',
        SLACK_BOT_TOKEN: slack.token,
        SLACK_SIGNING_SECRET: 'chaos-signing-secret',
        SLACK_API_URL: slack.url,
        LOG_LEVEL: 'warn',
        ...env,
      });
      await readyAt(world.kysy, url);
      return world.kysy;
    },
    async close() {
      killAll();
      await world.kysy?.exited;
      await slack.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}

/** Handoff cards the fake Slack holds per conversation id. */
export function cardsPerConversation(slack: FakeSlack): Map<string, number> {
  const cards = new Map<string, number>();
  for (const card of slack.cards()) {
    const key = card.metadata?.event_type === 'kysy_handoff' ? String(card.metadata.event_payload.key) : null;
    if (key) cards.set(key, (cards.get(key) ?? 0) + 1);
  }
  return cards;
}
