import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadEventDraft } from '../../bot/lead/events.js';
import type { BotEvent } from '../../bot/conversation.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { actOn, answer, commit, manualClock, newConversation } from './contract-fixtures.js';
import { type Store, storeOn } from './index.js';
import type { DatabaseFactory } from './store.contract.js';

const SINKS = ['webhook', 'hubspot'];
const qualified = (decision: 'sales_ready' | 'nurture'): LeadEventDraft => ({ type: 'lead.qualified', data: { decision } });
const consented: BotEvent = { type: 'consent_changed', consent: 'granted' };

/** Lead events: written with their cause or not at all, fanned out once per sink, read back as events and views. */
export function leadEventContract(factory: Pick<DatabaseFactory, 'migrated'>) {
  const clock = manualClock('2030-03-01T10:00:00.000Z');
  let store: Store;

  beforeAll(async () => {
    store = await storeOn(await factory.migrated(), { clock, leadEventSinks: SINKS });
    await store.publish(exampleDefinition(), 'kysy', 'seed');
  });
  afterAll(() => store?.close());

  const eventsOf = (leadId: string) =>
    store.sql.query<{ id: string; type: string; data: Record<string, unknown> }>('SELECT id, type, data FROM lead_events WHERE lead_id = $1 ORDER BY seq', [leadId]);
  const fanOut = (leadId: string) =>
    store.sql.query<{ kind: string; idempotency_key: string; payload: unknown }>(
      `SELECT kind, idempotency_key, payload FROM outbox WHERE conversation_id = $1 AND kind = ANY($2::text[]) ORDER BY seq`,
      [leadId, SINKS],
    );

  async function turn(id: string, clientMessageId: string, options: Parameters<typeof commit>[1] = {}) {
    return store.runTurn(id, clientMessageId, ({ conversation }) => commit(conversation.state, options));
  }

  async function salesReady(options: Parameters<typeof commit>[1] = {}): Promise<string> {
    const { conversation } = await store.createConversation(newConversation());
    await turn(conversation.id, 'ready', { decision: 'sales_ready', leadEvents: [qualified('sales_ready')], ...options });
    return conversation.id;
  }

  /** A real fault inside a transaction: the database refuses the outbox row of `kind` for this lead. */
  const refuseOutbox = (kind: string, leadId: string) =>
    store.sql.script(`
      CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.kind = '${kind}' AND NEW.conversation_id = '${leadId}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox();`);
  const allowOutbox = () => store.sql.script('DROP TRIGGER refuse_outbox ON outbox; DROP FUNCTION refuse_outbox()');

  const act = (id: string, action: Parameters<typeof actOn>[2]) => actOn(store, id, action, clock.now().toISOString());
  const handOff = (id: string) => act(id, { type: 'handed_off', to: 'U0ANNA' });

  describe('lead events', () => {
    it('are written with the turn that caused them and fanned out to one outbox row per sink', async () => {
      const id = await salesReady();
      const [event, ...more] = await eventsOf(id);
      expect(more).toEqual([]);
      expect(event).toMatchObject({ type: 'lead.qualified', data: { decision: 'sales_ready' } });
      expect(await fanOut(id)).toEqual(SINKS.map((sink) => ({ kind: sink, idempotency_key: `${sink}:${event!.id}`, payload: { eventId: event!.id } })));
      expect(await store.leadEvent(event!.id)).toEqual({ id: event!.id, type: 'lead.qualified', leadId: id, createdAt: clock.now().toISOString(), data: { decision: 'sales_ready' } });
      expect(await store.leadEvent('no-such-event')).toBeNull();
    });

    it('tell the next turn what the lead was last qualified as', async () => {
      const id = await salesReady();
      const seen: unknown[] = [];
      await store.runTurn(id, 'next', ({ conversation, lead }) => {
        seen.push(lead);
        return commit(conversation.state, { decision: 'nurture', leadEvents: [qualified('nurture')] });
      });
      await store.runTurn(id, 'after', ({ conversation, lead }) => {
        seen.push(lead);
        return commit(conversation.state);
      });
      expect(seen).toEqual([
        { id, status: 'open', qualifiedAs: 'sales_ready' },
        { id, status: 'open', qualifiedAs: 'nurture' },
      ]);
      expect((await eventsOf(id)).map((e) => e.data.decision)).toEqual(['sales_ready', 'nurture']);
    });

    it('are not written twice by a retried turn', async () => {
      const id = await salesReady();
      const again = await store.runTurn(id, 'ready', () => {
        throw new Error('a retried message must not decide again');
      });
      expect(again.kind).toBe('duplicate');
      expect(await eventsOf(id)).toHaveLength(1);
      expect(await fanOut(id)).toHaveLength(SINKS.length);
    });

    it('are not written when their cause is not: a failing write rolls back the turn and its event together', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const id = conversation.id;
      // A real fault inside the transaction, after the event is written: the second sink's outbox row is refused.
      await refuseOutbox('hubspot', id);
      try {
        await expect(turn(id, 'ready', { decision: 'sales_ready', leadEvents: [qualified('sales_ready')], answers: [answer('industry', 'hvac', clock.now().toISOString())] })).rejects.toThrow('disk full');
        expect(await eventsOf(id)).toEqual([]);
        expect(await store.conversationDetail(id)).toMatchObject({ lead: null, answers: [], messages: [expect.objectContaining({ role: 'bot' })] });
      } finally {
        await allowOutbox();
      }
      await turn(id, 'ready', { decision: 'sales_ready', leadEvents: [qualified('sales_ready')] });
      expect(await eventsOf(id)).toHaveLength(1);
    });

    it('hand a lead off once: the first delivery writes lead.handed_off, a repeated one nothing', async () => {
      const id = await salesReady();
      expect(await handOff(id)).toMatchObject({ status: 'handed_off' });
      expect(await handOff(id)).toBeNull();
      expect((await eventsOf(id)).map((e) => [e.type, e.data])).toEqual([
        ['lead.qualified', { decision: 'sales_ready' }],
        ['lead.handed_off', { decision: 'sales_ready' }],
      ]);
      expect(await store.lead(id)).toMatchObject({ status: 'handed_off', handedOffAt: clock.now().toISOString() });
      expect(await fanOut(id)).toHaveLength(2 * SINKS.length);
      expect(await handOff('no-such-lead')).toBeNull();
    });

    it('follow rep actions: accepted and won with what they carried; a refused action and a reassignment write none', async () => {
      const id = await salesReady();
      await handOff(id);
      await act(id, { type: 'accepted', by: 'U0ANNA' });
      expect(await act(id, { type: 'accepted', by: 'U0ERIK' })).toBeNull();
      expect(await act(id, { type: 'reassigned', by: 'U0ANNA', to: 'U0ERIK' })).toMatchObject({ assignee: 'U0ERIK' });
      await act(id, { type: 'won', by: 'U0ERIK', amount: 12000, currency: 'EUR', note: 'three vans' });
      expect((await eventsOf(id)).map((e) => [e.type, e.data]).slice(2)).toEqual([
        ['lead.accepted', { by: 'U0ANNA' }],
        ['lead.won', { by: 'U0ERIK', amount: 12000, currency: 'EUR', note: 'three vans' }],
      ]);
    });

    it('are rolled back with a rep action whose write fails, and the status stays', async () => {
      const id = await salesReady();
      await handOff(id);
      await refuseOutbox('webhook', id);
      try {
        await expect(act(id, { type: 'rejected', by: 'U0ANNA', reason: 'Too small' })).rejects.toThrow('disk full');
      } finally {
        await allowOutbox();
      }
      expect(await store.lead(id)).toMatchObject({ status: 'handed_off', actions: [] });
      expect((await eventsOf(id)).map((e) => e.type)).toEqual(['lead.qualified', 'lead.handed_off']);
    });
  });

  describe('the lead view', () => {
    const at = () => clock.now().toISOString();
    const contactAnswers = () => [answer('contact_email', 'anna@lampopiste.fi', at()), answer('contact_name', 'Anna Virtanen', at()), answer('company_name', 'Lämpöpiste Oy', at())];

    async function lead(events: BotEvent[]): Promise<string> {
      const { conversation } = await store.createConversation(
        newConversation({ context: { pageUrl: 'https://fieldwise.example/pricing', utm: { utm_source: 'linkedin', utm_medium: 'paid', utm_campaign: 'spring_hvac' } } }),
      );
      await turn(conversation.id, 'm1', { answers: [answer('industry', 'hvac', at()), answer('company_size', 60, at())] });
      clock.advance(1000);
      await turn(conversation.id, 'm2', { answers: [answer('industry', 'electrical', at()), ...contactAnswers()], events, decision: 'sales_ready', leadEvents: [qualified('sales_ready')] });
      return conversation.id;
    }

    it('shows the lead with its newest answers, labelled, its contact details with consent, and where it came from', async () => {
      const id = await lead([consented]);
      await handOff(id);
      await act(id, { type: 'accepted', by: 'U0ERIK' });
      await act(id, { type: 'won', by: 'U0ERIK', amount: 12000, currency: 'EUR' });
      const view = await store.leadView(id);
      expect(view).toEqual({
        id,
        status: 'won',
        decision: 'sales_ready',
        score: { fit: 40, intent: 0, total: 40 },
        owner: { id: 'anna', name: 'Anna Virtanen' },
        assignee: 'U0ERIK',
        answers: [
          { criterionId: 'industry', value: 'electrical', label: 'Electrical', raw: 'electrical', source: 'asked' },
          { criterionId: 'company_size', value: 60, label: '60 employees', raw: '60', source: 'asked' },
          { criterionId: 'contact_name', value: 'Anna Virtanen', label: 'Anna Virtanen', raw: 'Anna Virtanen', source: 'asked' },
          { criterionId: 'contact_email', value: 'anna@lampopiste.fi', label: 'anna@lampopiste.fi', raw: 'anna@lampopiste.fi', source: 'asked' },
          { criterionId: 'company_name', value: 'Lämpöpiste Oy', label: 'Lämpöpiste Oy', raw: 'Lämpöpiste Oy', source: 'asked' },
        ],
        contact: { email: 'anna@lampopiste.fi', name: 'Anna Virtanen', company: 'Lämpöpiste Oy' },
        locale: 'en',
        channel: 'web',
        campaign: { source: 'linkedin', medium: 'paid', campaign: 'spring_hvac' },
        conversationIds: [id],
        createdAt: expect.any(String),
        handedOffAt: clock.now().toISOString(),
        outcome: { amount: 12000, currency: 'EUR', reason: null },
      });
    });

    it('shows no contact details of a person who did not consent', async () => {
      const id = await lead([{ type: 'consent_changed', consent: 'denied' }]);
      const view = await store.leadView(id);
      expect(view?.contact).toEqual({ email: null, name: null, company: null });
      expect(view?.answers.map((a) => a.criterionId)).toEqual(['industry', 'company_size']);
      expect(view?.outcome).toBeNull();
      expect(await store.leadView('no-such-lead')).toBeNull();
    });
  });
}
