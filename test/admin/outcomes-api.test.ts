import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { startTestServer, type TestServer } from '../http/server.js';
import type { SeedConversation } from '../support/seed/plan.js';
import { seededStore } from '../support/seed/seeded-store.js';
import { pgliteStore } from '../support/stores.js';
import { AdminClient, addUser } from './admin-client.js';

const FILTERS = 'from=2026-10-05&to=2026-11-01&locale=fi&period=day&tz=Europe%2FHelsinki';

interface Outcomes {
  query: Record<string, unknown>;
  period: string;
  buckets: Array<{ start: string; counts: Record<string, number> }>;
  funnel: Array<{ step: string; count: number }>;
  outcomes: { won: number };
  roi: unknown[];
}

describe('GET /api/admin/outcomes: the dashboard figures as JSON, with the page\'s filters', () => {
  let store: Store;
  let plan: SeedConversation[];
  let server: TestServer;
  let analyst: AdminClient;

  beforeAll(async () => {
    ({ store, plan } = await seededStore(pgliteStore, { seed: 5, conversations: 400, start: '2026-10-05', days: 28, versions: [1] }));
    server = await startTestServer(store);
    await addUser(store, 'antti@fieldwise.example', 'analyst');
    analyst = new AdminClient(server.url);
    await analyst.signIn('antti@fieldwise.example');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('counts what the history says for the filters, and the page shows the same figures', async () => {
    const response = await analyst.get(`/api/admin/outcomes?${FILTERS}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Outcomes;
    const finnish = plan.filter((c) => c.locale === 'fi');
    const count = (step: string) => body.funnel.find((r) => r.step === step)!.count;
    expect(count('conversations')).toBe(finnish.length);
    expect(count('engaged')).toBe(finnish.filter((c) => c.answers.length > 0).length);
    expect(count('won')).toBe(finnish.filter((c) => c.lead?.status === 'won').length);
    expect(body.outcomes.won).toBe(count('won'));
    expect(body).toMatchObject({ period: 'day', query: { from: '2026-10-05', to: '2026-11-01', locale: 'fi', tz: 'Europe/Helsinki' }, roi: [] });
    expect(body.buckets.length).toBeGreaterThan(20);
    expect(body.buckets.reduce((n, b) => n + b.counts.conversations!, 0)).toBe(finnish.length);

    const page = await (await analyst.get(`/admin/outcomes?${FILTERS}`)).text();
    const row = (label: string) => new RegExp(`<th scope="row">${label}</th><td class="num">(\\d+)</td>`).exec(page)?.[1];
    expect(Number(row('Conversations'))).toBe(count('conversations'));
    expect(Number(row('Won'))).toBe(count('won'));
  });

  it('refuses a filter it cannot read with a readable 400', async () => {
    const response = await analyst.get('/api/admin/outcomes?from=last-week&tz=Mars%2FOlympus');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('from');
    expect(error.message).toContain('tz');
  });

  it('answers nobody without a sign-in', async () => {
    expect((await fetch(`${server.url}/api/admin/outcomes`)).status).toBe(401);
  });
});
