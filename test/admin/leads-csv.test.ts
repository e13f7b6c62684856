import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadView } from '../../bot/lead/view.js';
import { actOn, answer, commit, newConversation } from '../../adapters/store/contract-fixtures.js';
import type { Store } from '../../adapters/store/index.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';

let store: Store;
let server: TestServer;
const AT = '2030-01-01T10:00:00.000Z';

beforeAll(async () => {
  store = await pgliteStore();
  server = await startTestServer(store);
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

/** A lead with the answers given; consent when asked; on a campaign. */
async function lead(answers: Array<[string, string | number | string[]]>, options: { consent?: boolean; campaign?: string; won?: number } = {}) {
  const utm: Record<string, string> = options.campaign ? { utm_source: 'google', utm_medium: 'cpc', utm_campaign: options.campaign } : {};
  const context = { pageUrl: 'https://example.com/', utm };
  const { conversation } = await store.createConversation(newConversation({ context }));
  await store.runTurn(conversation.id, 'a', ({ conversation: c }) =>
    commit(c.state, {
      decision: 'sales_ready',
      answers: answers.map(([id, value]) => answer(id, value, AT)),
      events: options.consent ? [{ type: 'consent_changed', consent: 'granted' }] : [],
    }),
  );
  if (options.won !== undefined) {
    await actOn(store, conversation.id, { type: 'accepted', by: 'U0ANNA' }, AT);
    await actOn(store, conversation.id, { type: 'won', by: 'U0ANNA', amount: options.won, currency: 'EUR' }, AT);
  }
  return conversation.id;
}

const csv = async (query = '') => {
  const response = await server.admin(`/api/admin/leads.csv${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="kysy-leads-\d{4}-\d{2}-\d{2}\.csv"$/);
  return parse(await response.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
};

/** What a row must say of a lead: its view, as text, formulas defused. */
function expectedRow(view: LeadView): Record<string, string> {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : /^[=+\-@\t\r]/.test(String(v)) && typeof v === 'string' ? `'${v}` : String(v));
  const answers = Object.fromEntries(view.answers.map((a) => [`answer.${a.criterionId}`, text(a.label)]));
  return {
    lead_id: view.id, created_at: view.createdAt, status: view.status, decision: view.decision, fit: text(view.score.fit), intent: text(view.score.intent),
    total: text(view.score.total), owner_id: text(view.owner?.id), owner_name: text(view.owner?.name), assignee: text(view.assignee),
    handed_off_at: text(view.handedOffAt), outcome_amount: text(view.outcome?.amount), outcome_currency: text(view.outcome?.currency),
    outcome_reason: text(view.outcome?.reason), locale: view.locale, channel: view.channel, utm_source: text(view.campaign?.source),
    utm_medium: text(view.campaign?.medium), utm_campaign: text(view.campaign?.campaign), contact_name: text(view.contact.name),
    contact_email: text(view.contact.email), company: text(view.contact.company), ...answers,
  };
}

describe('GET /api/admin/leads.csv', () => {
  it('round-trips every lead through a CSV parser: quotes, commas, line breaks, ä, and formulas defused', async () => {
    const awkward = await lead(
      [
        ['industry', 'hvac'],
        ['company_size', 60],
        ['motivation', ['save_time', 'grow']],
        ['contact_name', '=HYPERLINK("http://evil.example","Åsa")'],
        ['contact_email', 'asa@example.fi'],
        ['company_name', 'Lämpö, "Piste"\nOy'],
      ],
      { consent: true, campaign: 'spring, "launch"' },
    );
    const secret = await lead([['industry', 'hvac'], ['contact_email', 'no-consent@example.fi']], { campaign: 'autumn' });
    const won = await lead([['industry', 'hvac']], { won: 12_500.5 });

    const rows = await csv();
    expect(rows.map((r) => r.lead_id)).toEqual([won, secret, awkward]);
    const views = await Promise.all(rows.map((r) => store.leadView(r.lead_id!)));
    for (const [i, row] of rows.entries()) {
      const filled = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
      expect(filled).toEqual(Object.fromEntries(Object.entries(expectedRow(views[i]!)).filter(([, v]) => v !== '')));
    }
    const byId = new Map(rows.map((r) => [r.lead_id, r]));
    expect(byId.get(awkward)).toMatchObject({
      contact_name: `'=HYPERLINK("http://evil.example","Åsa")`,
      company: 'Lämpö, "Piste"\nOy',
      utm_campaign: 'spring, "launch"',
      'answer.motivation': expect.stringContaining(', '),
      'answer.company_size': '60 employees',
    });
    // Without consent, no contact detail leaves Kysy, the CSV included.
    expect(byId.get(secret)).toMatchObject({ contact_email: '', 'answer.contact_email': '' });
    expect(byId.get(won)).toMatchObject({ status: 'won', outcome_amount: '12500.5', outcome_currency: 'EUR' });
    // One column per criterion of the definition, in its order, after the lead's facts.
    expect(Object.keys(rows[0]!).filter((k) => k.startsWith('answer.'))).toEqual([
      'answer.industry', 'answer.company_size', 'answer.country', 'answer.role', 'answer.decision_power', 'answer.current_tool', 'answer.main_pain',
      'answer.timeline', 'answer.budget', 'answer.motivation', 'answer.contact_name', 'answer.contact_email', 'answer.company_name',
    ]);
  });

  it("takes the inbox's filters and refuses a bad one with a readable 400", async () => {
    expect((await csv('?campaign=SPRING')).map((r) => r.utm_campaign)).toEqual(['spring, "launch"']);
    expect((await csv('?status=won')).map((r) => r.status)).toEqual(['won']);
    expect(await csv('?from=2999-01-01')).toEqual([]);
    const bad = await server.admin('/api/admin/leads.csv?status=maybe');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad_request', message: expect.stringContaining('status') } });
  });
});
