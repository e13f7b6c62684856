import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store, storeOn } from '../../adapters/store/index.js';
import { openPostgres } from '../../adapters/store/pg-driver.js';
import { answer, commit, newConversation } from '../../adapters/store/contract-fixtures.js';
import { exampleDefinition } from '../support/example-definition.js';
import { TEST_CONNECT_TIMEOUT_MS } from '../support/postgres-cluster.js';
import { createPostgresDatabase } from '../support/postgres-database.js';
import { postgresAvailable } from '../support/stores.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run gdpr -- …` (the script is `tsx adapters/cli/gdpr.ts`, here without npm's start-up) against the database at `url`. */
function gdpr(url: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string[] }> {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, ['--import', 'tsx', 'adapters/cli/gdpr.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url } });
    let stdout = '';
    let stderr = '';
    run.stdout.on('data', (chunk) => (stdout += chunk));
    run.stderr.on('data', (chunk) => (stderr += chunk));
    run.on('close', (status) => resolve({ status, stdout, stderr: stderr.split('\n').filter(Boolean) }));
  });
}

describe.skipIf(!postgresAvailable())('npm run gdpr', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let store: Store;
  let conversationId: string;

  beforeAll(async () => {
    database = await createPostgresDatabase('migrated');
    store = await storeOn(openPostgres(database.url, { connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS }));
    await store.publish(exampleDefinition(), 'kysy', 'seed');
    const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-maija' }));
    conversationId = conversation.id;
    const at = new Date().toISOString();
    await store.runTurn(conversationId, 'm1', ({ conversation: c }) =>
      commit(c.state, { text: 'maija.k@example.fi', answers: [answer('industry', 'hvac', at), answer('contact_email', 'maija.k@example.fi', at)], email: 'maija.k@example.fi' }),
    );
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('refuses a malformed address with the usage and exit code 1', async () => {
    expect(await gdpr(database.url, 'erase', '--email', 'maija')).toMatchObject({ status: 1, stderr: [expect.stringContaining('--email must be an e-mail address'), expect.any(String)] });
  }, 60_000);

  it('exports the person as JSON, then erases them for good, each audited under the CLI', async () => {
    const exported = await gdpr(database.url, 'export', '--email', 'Maija.K@Example.fi');
    expect(exported.status).toBe(0);
    const body = JSON.parse(exported.stdout) as { conversations: Array<{ id: string }>; messages: Array<{ text: string }> };
    expect(body.conversations.map((c) => c.id)).toEqual([conversationId]);
    expect(body.messages.map((m) => m.text)).toContain('maija.k@example.fi');

    const erased = await gdpr(database.url, 'erase', '--email', 'maija.k@example.fi');
    expect(erased).toMatchObject({ status: 0, stderr: [] });
    expect(erased.stdout).toMatch(/^erased [0-9a-f-]{36}: 1 conversations, \d+ messages, 2 answers, 1 leads, 0 Slack cards to redraw\n$/);
    expect((await store.transcript(conversationId))?.map((m) => m.text)).not.toContain('maija.k@example.fi');
    const audit = await store.sql.query<{ type: string; actor: string }>(`SELECT type, actor FROM audit_events WHERE type LIKE 'person.%' ORDER BY seq`);
    expect(audit.map((a) => a.type)).toEqual(['person.exported', 'person.erased']);
    expect(audit.every((a) => a.actor.startsWith('cli:'))).toBe(true);
    expect(JSON.parse((await gdpr(database.url, 'export', '--email', 'maija.k@example.fi')).stdout).conversations).toEqual([]);
    // Three processes, each loading the store and a connection: seconds apiece on a loaded machine.
  }, 60_000);
});
