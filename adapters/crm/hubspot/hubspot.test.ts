import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotEvent } from '../../../bot/conversation.js';
import type { Decision } from '../../../qualification/score/result.js';
import { createDefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { LeadDefinition } from '../../../qualification/definition/schema.js';
import { exampleDefinition } from '../../../test/support/example-definition.js';
import { type FakeHubSpot, startFakeHubSpot } from '../../../test/support/fake-hubspot.js';
import { pgliteStore, postgresAvailable, postgresStore } from '../../../test/support/stores.js';
import { hubspotStatus } from '../../admin/pages/lead-parts.js';
import { capturingLogger } from '../../../test/support/log-lines.js';
import { actOn, answer, commit, manualClock, newConversation } from '../../store/contract-fixtures.js';
import type { Store } from '../../store/index.js';
import { createHubSpotWorker, HUBSPOT_SINK } from './worker.js';

/** The example definition with a HubSpot mapping, as a marketer following the README writes it. */
function mappedDefinition() {
  const base = exampleDefinition();
  return LeadDefinition.parse({
    ...base,
    crm: {
      hubspot: {
        properties: { contact: { role: 'jobtitle' }, company: { company_size: 'numberofemployees', industry: 'industry' } },
        deal: { pipeline: 'default', stage: 'qualifiedtobuy' },
        owners: { anna: '9001', erik: '9002' },
        lifecycleStage: { nurture: 'lead' },
      },
    },
  });
}

const stores: Array<[string, () => Promise<Store>]> = [['PGlite', () => pgliteStore({ clock, leadEventSinks: [HUBSPOT_SINK] })]];
if (postgresAvailable()) stores.push(['PostgreSQL', () => postgresStore({ clock, leadEventSinks: [HUBSPOT_SINK] })]);
const clock = manualClock(new Date().toISOString());

describe.each(stores)('the HubSpot sync on %s', (_db, open) => {
  let store: Store;
  let hubspot: FakeHubSpot;
  const log = capturingLogger();
  let visitors = 0;

  beforeAll(async () => {
    [store, hubspot] = await Promise.all([open(), startFakeHubSpot()]);
    await store.publish(mappedDefinition(), 'kysy', 'seed');
  });
  afterAll(async () => {
    await hubspot?.close();
    await store?.close();
  });

  const worker = (overrides: { token?: string; alertAfter?: number } = {}) =>
    createHubSpotWorker({
      accessToken: overrides.token ?? hubspot.token,
      basePath: hubspot.url,
      paced: false,
      outbox: store,
      events: store,
      records: store,
      definitions: createDefinitionCatalog(store, mappedDefinition()),
      clock,
      logger: log.logger,
      publicUrl: 'https://kysy.example.com',
      alertAfter: overrides.alertAfter,
    });

  /** A visitor who answered, said yes to being contacted (or not) and qualified as `decision`. */
  async function lead(decision: Decision, email: string, consent = true): Promise<string> {
    const { conversation } = await store.createConversation(newConversation({ visitorId: `visitor-${++visitors}-${email}` }));
    const at = clock.now().toISOString();
    const answers = [
      answer('industry', 'hvac', at),
      answer('company_size', 40, at),
      answer('role', 'operations', at),
      { ...answer('current_tool', 'paper_spreadsheets', at), raw: 'we use <b>paper</b> & Excel' },
      answer('contact_name', 'Maija Meikäläinen', at),
      answer('contact_email', email, at),
      answer('company_name', 'Kylmä & Lämpö Oy', at),
    ];
    const events: BotEvent[] = consent ? [{ type: 'consent_changed', consent: 'granted' }] : [];
    await store.runTurn(conversation.id, `turn-${visitors}`, ({ conversation: c }) =>
      commit(c.state, { answers, decision, events, leadEvents: [{ type: 'lead.qualified', data: { decision } }] }),
    );
    return conversation.id;
  }

  const pendingRows = async (leadId: string) =>
    (await store.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'hubspot' AND conversation_id = $1 AND status = 'pending'`, [leadId]))[0]!.n;

  it('makes contact, company, deal and note once for a sales-ready lead, through a 429 and a crash before the ids were kept', async () => {
    const leadId = await lead('sales_ready', 'maija@kylmalampo.fi');
    const sync = worker();

    hubspot.limitOnce(3);
    expect(await sync.tick()).toEqual({ delivered: 0, failed: 1 });
    clock.advance(2_000);
    expect(await sync.tick()).toEqual({ delivered: 0, failed: 0 }); // Retry-After said 3 s, not the backoff's 1 s

    // Everything reaches HubSpot, then keeping the ids fails (a real database fault): the outbox row stays.
    await store.sql.script(`CREATE FUNCTION refuse_hubspot_ids() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'crash before commit'; END $$;
      CREATE TRIGGER refuse_hubspot_ids BEFORE INSERT ON hubspot_records FOR EACH ROW EXECUTE FUNCTION refuse_hubspot_ids();`);
    clock.advance(1_500);
    expect(await sync.tick()).toEqual({ delivered: 0, failed: 1 });
    expect([hubspot.objects.contacts.size, hubspot.objects.companies.size, hubspot.objects.deals.size, hubspot.objects.notes.size]).toEqual([1, 1, 1, 1]);
    expect(await store.hubspotRecords(leadId)).toBeNull();
    await store.sql.script('DROP TRIGGER refuse_hubspot_ids ON hubspot_records; DROP FUNCTION refuse_hubspot_ids();');

    clock.advance(5_000);
    expect(await sync.tick()).toEqual({ delivered: 1, failed: 0 });
    expect([hubspot.objects.contacts.size, hubspot.objects.companies.size, hubspot.objects.deals.size, hubspot.objects.notes.size]).toEqual([1, 1, 1, 1]);
    // HubSpot refused the second contact and deal (409); the sync found them by e-mail and lead id.
    expect(['contacts', 'companies', 'deals', 'notes'].map((t) => hubspot.creates(t as 'contacts'))).toEqual([1, 1, 1, 1]);
    expect(hubspot.creates('contacts', 409)).toBe(1);
    expect(hubspot.creates('deals', 409)).toBe(1);
    expect(hubspot.creates('contacts', 429)).toBe(1);
    expect(await pendingRows(leadId)).toBe(0);

    const [contact] = hubspot.objects.contacts.values();
    const [company] = hubspot.objects.companies.values();
    const [deal] = hubspot.objects.deals.values();
    const [note] = hubspot.objects.notes.values();
    expect(contact!.properties).toMatchObject({ email: 'maija@kylmalampo.fi', firstname: 'Maija', lastname: 'Meikäläinen', company: 'Kylmä & Lämpö Oy', jobtitle: 'Operations / service manager', lifecyclestage: 'salesqualifiedlead' });
    expect(company!.properties).toMatchObject({ domain: 'kylmalampo.fi', name: 'Kylmä & Lämpö Oy', numberofemployees: '40' });
    expect(deal!.properties).toMatchObject({ pipeline: 'default', dealstage: 'qualifiedtobuy', hubspot_owner_id: '9001', kysy_lead_id: leadId, dealname: 'Kylmä & Lämpö Oy (Kysy)' });
    expect(hubspot.associated(['contacts', contact!.id], ['companies', company!.id])).toBe(true);
    expect(hubspot.associated(['deals', deal!.id], ['contacts', contact!.id])).toBe(true);
    expect(hubspot.associated(['deals', deal!.id], ['companies', company!.id])).toBe(true);
    expect(hubspot.associated(['notes', note!.id], ['deals', deal!.id])).toBe(true);
    // The note: the visitor's own words, escaped; the fit and intent; the transcript link.
    const body = note!.properties.hs_note_body!;
    expect(body).toContain('we use &lt;b&gt;paper&lt;/b&gt; &amp; Excel');
    expect(body).not.toContain('<b>paper');
    expect(body).toMatch(/fit \d+, intent \d+, total \d+/);
    expect(body).toContain(`https://kysy.example.com/admin/leads/${leadId}`);
    expect(await store.hubspotRecords(leadId)).toEqual({ contactId: contact!.id, companyId: company!.id, dealId: deal!.id, noteId: note!.id, portalId: '4242', uiDomain: 'app-eu1.hubspot.com' });
    // Every call carried the private app's token (the fake answers 401 otherwise) and the deal key exists.
    expect(hubspot.requests.filter((r) => r.path === '/crm/v3/properties/deals' && r.method === 'POST')).toHaveLength(1);

    // Won in Slack: the deal moves to the won stage with the amount; nothing new is made.
    await actOn(store, leadId, { type: 'handed_off', to: 'U0ANNA' }, clock.now().toISOString());
    await actOn(store, leadId, { type: 'accepted', by: 'U0ANNA' }, clock.now().toISOString());
    await actOn(store, leadId, { type: 'won', by: 'U0ANNA', amount: 12000, currency: 'EUR' }, clock.now().toISOString());
    expect(await sync.tick()).toEqual({ delivered: 3, failed: 0 });
    expect(deal!.properties).toMatchObject({ dealstage: 'closedwon', amount: '12000' });
    expect([hubspot.objects.contacts.size, hubspot.objects.companies.size, hubspot.objects.deals.size, hubspot.objects.notes.size]).toEqual([1, 1, 1, 1]);
    expect(await sync.tick()).toEqual({ delivered: 0, failed: 0 }); // exactly once per event

    // The admin lead page: synced, with links to the records in the account's own HubSpot host.
    const page = hubspotStatus(await store.hubspotStatus(leadId)).value;
    expect(page).toContain(`href="https://app-eu1.hubspot.com/contacts/4242/record/0-3/${deal!.id}"`);
    expect(page).toContain(`href="https://app-eu1.hubspot.com/contacts/4242/record/0-1/${contact!.id}"`);
    expect(page).toMatch(/synced \d{4}-/);
  });

  it('gives a nurture lead a contact and company at the nurture lifecycle stage, and no deal', async () => {
    const deals = hubspot.objects.deals.size;
    const leadId = await lead('nurture', 'olli@putkityo.fi');
    expect(await worker().tick()).toEqual({ delivered: 1, failed: 0 });
    const contact = [...hubspot.objects.contacts.values()].find((c) => c.properties.email === 'olli@putkityo.fi');
    expect(contact?.properties.lifecyclestage).toBe('lead');
    expect([...hubspot.objects.companies.values()].some((c) => c.properties.domain === 'putkityo.fi')).toBe(true);
    expect(hubspot.objects.deals.size).toBe(deals);
    expect(await store.hubspotRecords(leadId)).toMatchObject({ dealId: null, noteId: null });
  });

  it('makes no company for a free-mail address, and joins a company HubSpot already has by its domain', async () => {
    const companies = hubspot.objects.companies.size;
    await lead('nurture', 'liisa.virtanen@gmail.com');
    const existing = hubspot.seed('companies', { domain: 'asiakas.fi', name: 'Asiakas Oy', lifecyclestage: 'customer' });
    const customerLead = await lead('nurture', 'pekka@asiakas.fi');
    expect(await worker().tick()).toEqual({ delivered: 2, failed: 0 });
    expect(hubspot.objects.companies.size).toBe(companies + 1);
    const gmail = [...hubspot.objects.contacts.values()].find((c) => c.properties.email === 'liisa.virtanen@gmail.com');
    expect([...hubspot.associations].some((a) => a.startsWith(`contacts:${gmail!.id}|companies:`))).toBe(false);
    expect((await store.hubspotRecords(customerLead))?.companyId).toBe(existing);
    expect(hubspot.objects.companies.get(existing)!.properties.name).toBe('Asiakas Oy'); // a company sales keeps is not renamed
  });

  it('tells nothing of a visitor who did not consent', async () => {
    const before = hubspot.requests.length;
    await lead('sales_ready', 'quiet@example.org', false);
    expect(await worker().tick()).toEqual({ delivered: 1, failed: 0 });
    expect(hubspot.requests.length).toBe(before);
  });

  it('logs an ALERT when a delivery keeps failing (a revoked token), without the visitor in it', async () => {
    const leadId = await lead('nurture', 'revoked@firma.fi');
    const sync = worker({ token: 'pat-eu1-revoked', alertAfter: 2 });
    expect(await sync.tick()).toEqual({ delivered: 0, failed: 1 });
    clock.advance(1_500);
    expect(await sync.tick()).toEqual({ delivered: 0, failed: 1 });
    const alert = log.lines.find((l) => String(l.msg).startsWith('ALERT: HubSpot sync'));
    expect(alert).toMatchObject({ leadId, attempts: 2, reason: 'HubSpot answered 401 INVALID_AUTHENTICATION to contact create' });
    expect(JSON.stringify(log.lines)).not.toContain('revoked@firma.fi');
    expect(await store.hubspotStatus(leadId)).toMatchObject({ records: null, pending: 1, attempts: 2, lastError: expect.stringContaining('401') });
    clock.advance(5_000);
    expect(await worker().tick()).toEqual({ delivered: 1, failed: 0 });
  });
});
