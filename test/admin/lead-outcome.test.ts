import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOn, commit, newConversation } from '../../adapters/store/contract-fixtures.js';
import type { Store } from '../../adapters/store/index.js';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';

let store: Store;
let server: TestServer;

beforeAll(async () => {
  store = await pgliteStore({ leadEventSinks: ['webhook'] });
  server = await startTestServer(store);
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

async function acceptedLead(): Promise<string> {
  const { conversation } = await store.createConversation(newConversation());
  await store.runTurn(conversation.id, 'a', ({ conversation: c }) => commit(c.state, { decision: 'sales_ready' }));
  await actOn(store, conversation.id, { type: 'accepted', by: 'U0ANNA' }, new Date().toISOString());
  return conversation.id;
}

const post = (leadId: string, fields: Record<string, string>) =>
  fetch(`${server.url}/admin/leads/${leadId}/outcome`, {
    method: 'POST',
    redirect: 'manual',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });

describe('the outcome of a lead, from its admin page', () => {
  it('offers Won and Lost for an accepted lead and records won with amount and currency, told as lead.won', async () => {
    const leadId = await acceptedLead();
    const page = await (await server.admin(`/admin/leads/${leadId}`)).text();
    expect(page).toContain('aria-label="Won"');
    expect(page).toContain('aria-label="Lost"');

    const response = await post(leadId, { outcome: 'won', amount: '12500', currency: 'eur' });
    expect(response.status).toBe(303);
    expect(await store.leadView(leadId)).toMatchObject({ status: 'won', outcome: { amount: 12500, currency: 'EUR', reason: null } });
    const [event] = await store.sql.query<{ type: string; data: unknown }>(`SELECT type, data FROM lead_events WHERE lead_id = $1 AND type = 'lead.won'`, [leadId]);
    expect(event).toEqual({ type: 'lead.won', data: { by: 'admin token', amount: 12500, currency: 'EUR' } });
    expect(await (await server.admin(`/admin/leads/${leadId}`)).text()).not.toContain('aria-label="Won"');
    // Once is enough: a second outcome is refused, readably.
    expect((await post(leadId, { outcome: 'lost', reason: 'Price' })).status).toBe(409);
  });

  it('records lost with a reason and refuses what it cannot read', async () => {
    const leadId = await acceptedLead();
    expect((await post(leadId, { outcome: 'won', amount: '-5', currency: 'EUR' })).status).toBe(400);
    expect((await post(leadId, { outcome: 'lost', reason: 'Because' })).status).toBe(400);
    expect((await post(leadId, { outcome: 'lost', reason: 'Chose a competitor', note: 'went with X' })).status).toBe(303);
    expect(await store.leadView(leadId)).toMatchObject({ status: 'lost', outcome: { reason: 'Chose a competitor' } });
  });
});
