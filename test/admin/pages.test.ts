import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { PROFILES, Visitor } from '../http/visitor.js';
import { postgresAvailable, postgresStore, pgliteStore } from '../support/stores.js';

describe('the admin pages over real conversations on PGlite', () => adminPages(pgliteStore));
describe.skipIf(!postgresAvailable())('the admin pages over real conversations on PostgreSQL', () => adminPages(postgresStore));

const cells = (row: string) => [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());

function adminPages(open: () => Promise<Store>) {
  let store: Store;
  let server: TestServer;
  const page = async (path: string) => {
    const response = await server.admin(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    store = await open();
    server = await startTestServer(store);
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('counts each arm of the A/B-tested question with its sample size next to every rate', async () => {
    await Promise.all(
      (['sales_ready', 'sales_ready', 'nurture', 'sales_ready', 'nurture', 'disqualified'] as const).map(async (profile) => {
        const visitor = new Visitor(server.url, PROFILES[profile]);
        await visitor.start({ locale: 'en', context: { utm: { utm_campaign: profile } } });
        await visitor.playToEnd();
      }),
    );
    const table = /<table class="ab"><caption>main_pain<\/caption>[\s\S]*?<\/table>/.exec(await page('/admin/experiments'))?.[0] ?? '';
    const rows = [...table.matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => cells(m[0]));
    expect(rows.map((r) => r[0])).toEqual(['plain question', 'pain_one_thing']);
    const asked = rows.reduce((sum, r) => sum + Number(r[2]), 0);
    // Disqualified visitors are never asked about their pain; the five others are, once each.
    expect(asked).toBe(5);
    for (const row of rows) {
      const n = row[2];
      expect(row[4]).toMatch(new RegExp(`^${n} of ${n}( \\(100%\\))?$`));
      expect(row[5]).toMatch(new RegExp(`^0 of ${n}`));
      expect(row[6]).toMatch(new RegExp(`^0 of ${n}`));
    }
    const qualified = rows.reduce((sum, r) => sum + Number(/^(\d+) of/.exec(r[7]!)![1]), 0);
    expect(qualified).toBe(3);
  });

  it('filters the inbox and shows the handoff timeline on the lead page', async () => {
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start({ locale: 'en', context: { utm: { utm_campaign: 'timeline-check' } } });
    await visitor.playToEnd();
    await server.running.worker.tick();

    const inbox = await page('/admin/leads?campaign=timeline&decision=sales_ready&owner=anna&locale=en');
    expect(inbox).toContain(`/admin/leads/${visitor.conversationId}`);
    expect((inbox.match(/<tr><td><a href="\/admin\/leads\//g) ?? []).length).toBe(1);
    expect(await page('/admin/leads?campaign=timeline&decision=nurture')).not.toContain(visitor.conversationId);
    expect(await page('/admin/leads?campaign=timeline&status=won')).not.toContain(visitor.conversationId);

    const lead = await page(`/admin/leads/${visitor.conversationId}`);
    const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(lead)?.[1] ?? '';
    expect([...timeline.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1])).toEqual(
      expect.arrayContaining(['decision_changed', 'consent_changed', 'handoff_requested', 'handoff.queued', 'handoff.delivered']),
    );
    expect(lead).toContain('sales_ready');
    expect(lead).toContain('Anna Virtanen');
  });
}
