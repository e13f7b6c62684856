import { expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { onBothDatabases } from '../support/stores.js';
import { serverForSuite, type TestServer } from './server.js';
import { PROFILES, Visitor } from './visitor.js';

onBothDatabases('a returning person', returningPerson);

/** One person, one open lead: a later conversation of the same visitor or the same consented e-mail updates it. */
function returningPerson(open: () => Promise<Store>) {
  let store: Store;
  let server: TestServer;

  serverForSuite(open, (kysy) => ({ store, server } = kysy));

  const handoffs = (conversationIds: string[]) =>
    store.sql.query<{ conversation_id: string; payload: { conversationId: string } }>(
      `SELECT conversation_id, payload FROM outbox WHERE kind = 'handoff' AND conversation_id IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY seq`,
      [JSON.stringify(conversationIds)],
    );
  const leadRows = (conversationIds: string[]) =>
    store.sql.query<{ conversation_id: string }>('SELECT conversation_id FROM leads WHERE conversation_id IN (SELECT jsonb_array_elements_text($1::jsonb))', [
      JSON.stringify(conversationIds),
    ]);
  const eventTypes = async (leadId: string) =>
    (await store.sql.query<{ type: string }>('SELECT type FROM lead_events WHERE lead_id = $1 ORDER BY seq', [leadId])).map((e) => e.type);

  /** Everything the bot asked over a whole conversation, greeting included. */
  async function playAsking(visitor: Visitor, start: Record<string, unknown>): Promise<Array<string | null | undefined>> {
    const asked = (await visitor.start(start)).messages.map((m) => m.asking);
    for (let turns = 0; !visitor.state.done && turns < 30; turns++) asked.push(...(await visitor.answer()).messages.map((m) => m.asking));
    expect(visitor.state.done).toBe(true);
    return asked;
  }

  async function handedOff(): Promise<Visitor> {
    const first = new Visitor(server.url, PROFILES.sales_ready);
    expect(await playAsking(first, { locale: 'en' })).toEqual(expect.arrayContaining(['consent', 'contact_email']));
    await server.running.worker.tick();
    expect(await store.lead(first.conversationId)).toMatchObject({ status: 'handed_off' });
    return first;
  }

  it('does not ask the same visitor for consent and e-mail again, and updates their lead instead of handing off twice', async () => {
    const first = await handedOff();
    const again = new Visitor(server.url, PROFILES.sales_ready);
    const asked = await playAsking(again, { locale: 'en', visitorId: first.visitorId });

    expect(again.visitorId).toBe(first.visitorId);
    expect(asked).not.toContain('consent');
    expect(asked).not.toContain('contact_email');
    const both = [first.conversationId, again.conversationId];
    expect((await handoffs(both)).map((h) => h.payload.conversationId)).toEqual([first.conversationId]);
    expect(await server.running.worker.tick()).toEqual({ delivered: 0, failed: 0 });
    expect((await leadRows(both)).map((l) => l.conversation_id)).toEqual([first.conversationId]);
    expect(await eventTypes(first.conversationId)).toEqual(['lead.qualified', 'lead.handed_off', 'lead.updated']);
    expect(await store.leadView(first.conversationId)).toMatchObject({ status: 'handed_off', conversationIds: both, contact: { email: first.email } });
  });

  it('attaches a later conversation with the same consented e-mail, in any case, to the open lead', async () => {
    const first = await handedOff();
    const elsewhere = new Visitor(server.url, { ...PROFILES.sales_ready, contact_email: { text: first.email!.toUpperCase() } });
    const asked = await playAsking(elsewhere, { locale: 'en' });

    // A new browser is nobody the bot knows: it asks, and the answer tells who it is.
    expect(asked).toEqual(expect.arrayContaining(['consent', 'contact_email']));
    const both = [first.conversationId, elsewhere.conversationId];
    expect(await handoffs(both)).toHaveLength(1);
    expect((await leadRows(both)).map((l) => l.conversation_id)).toEqual([first.conversationId]);
    // What the second conversation's own lead had told (qualified, before it knew who this was) moves to the person's lead.
    expect(await eventTypes(first.conversationId)).toEqual(['lead.qualified', 'lead.handed_off', 'lead.qualified', 'lead.updated']);
    expect((await store.leadView(first.conversationId))?.conversationIds).toEqual(both);
    expect((await store.conversationDetail(elsewhere.conversationId))?.lead).toMatchObject({ conversationId: first.conversationId, status: 'handed_off' });
  });

  it('remembers when the consent was given and to which wording', async () => {
    const first = await handedOff();
    const [consent] = await store.sql.query<{ granted: boolean; at: Date | string; text_version: string; text: string }>(
      'SELECT granted, at, text_version, text FROM consents WHERE visitor_id = $1',
      [first.visitorId],
    );
    expect(consent).toMatchObject({ granted: true, text_version: expect.stringMatching(/^en:[0-9a-f]{8}$/) });
    expect(consent!.text).toContain('Fieldwise');
    expect(await store.rememberedConsent(first.visitorId)).toEqual({ at: new Date(consent!.at).toISOString(), textVersion: consent!.text_version });
  });

  it('gives a person whose lead was closed a new lead and a new handoff', async () => {
    const first = await handedOff();
    await server.running.life.act(first.conversationId, { type: 'rejected', by: 'U1', reason: 'not_a_fit' });
    const again = new Visitor(server.url, PROFILES.sales_ready);
    await playAsking(again, { locale: 'en', visitorId: first.visitorId });
    expect((await handoffs([first.conversationId, again.conversationId])).map((h) => h.payload.conversationId)).toEqual([first.conversationId, again.conversationId]);
  });
}
