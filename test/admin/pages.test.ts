import { expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { serverForSuite, type TestServer } from '../http/server.js';
import { PROFILES, Visitor } from '../http/visitor.js';
import { onBothDatabases } from '../support/stores.js';

onBothDatabases('the admin pages over real conversations', adminPages);

const cells = (row: string) => [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());

function adminPages(open: () => Promise<Store>) {
  let server: TestServer;
  const page = async (path: string) => {
    const response = await server.admin(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  serverForSuite(open, (kysy) => ({ server } = kysy));

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

  it('shows who each inbox row is, as far as they consented, and a disqualified conversation without status or owner', async () => {
    const consented = new Visitor(server.url, PROFILES.sales_ready);
    await consented.start({ locale: 'en', context: { utm: { utm_campaign: 'who-check' } } });
    await consented.playToEnd();
    const silent = new Visitor(server.url, { ...PROFILES.sales_ready, consent: { choice: 'no' } });
    await silent.start({ locale: 'en', context: { utm: { utm_campaign: 'who-check' } } });
    await silent.playToEnd();
    const out = new Visitor(server.url, PROFILES.disqualified);
    await out.start({ locale: 'en', context: { utm: { utm_campaign: 'who-check' } } });
    await out.playToEnd();

    const rows = [...(await page('/admin/leads?campaign=who-check')).matchAll(/<tr><td><a href="\/admin\/leads\/([^"]+)">[\s\S]*?<\/tr>/g)];
    const row = (id: string) => cells(rows.find((r) => r[1] === id)![0]);
    // Started (a time the page shows in the viewer's zone), who, decision, fit, intent, status, owner …
    expect(row(consented.conversationId)[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    expect(row(consented.conversationId)[1]).toMatch(/^(Lämpöpiste Oy · )?anna\.virtanen\+[0-9a-f]+@example\.fi$/); // the e-mail when no name was given
    expect(row(silent.conversationId)[1]).toBe('anonymous');
    expect(row(out.conversationId).slice(2, 7)).toEqual(['disqualified', expect.any(String), expect.any(String), '–', '–']);
    expect(await page(`/admin/leads/${out.conversationId}`)).toContain('disqualified, not a lead');
  });
}
