import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotEvent } from '../../bot/conversation.js';
import { begin, turn } from '../../bot/engine/turn.js';
import { validateDefinition } from '../../qualification/definition/parse.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { pgliteStore, postgresAvailable, postgresStore } from '../../test/support/stores.js';
import { customerDomains } from '../admin/routes/companies-api.js';
import { answer, commit, manualClock, newConversation } from '../store/contract-fixtures.js';
import type { Store } from '../store/index.js';

const clock = manualClock('2026-12-02T08:00:00.000Z');
const stores: Array<[string, () => Promise<Store>]> = [['PGlite', () => pgliteStore({ clock })]];
if (postgresAvailable()) stores.push(['PostgreSQL', () => postgresStore({ clock })]);

describe.each(stores)('companies on %s', (_db, open) => {
  let store: Store;
  let visitors = 0;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store?.close();
  });

  /** A person who gave an e-mail and a company name, with consent (or without). */
  async function person(email: string, companyName: string | null, consent = true): Promise<string> {
    const { conversation } = await store.createConversation(newConversation({ visitorId: `v-${++visitors}` }));
    const at = clock.now().toISOString();
    const events: BotEvent[] = consent ? [{ type: 'consent_changed', consent: 'granted' }] : [];
    await store.runTurn(conversation.id, `t-${visitors}`, ({ conversation: c }) => ({
      ...commit({ ...c.state, consent: consent ? 'granted' : null }, { answers: [answer('contact_email', email, at)], events }),
      email: consent ? email : null,
      company: { email: consent ? email : null, name: consent ? companyName : null },
    }));
    return conversation.id;
  }

  it('puts people of one company in one account: by e-mail domain, else by the company name given', async () => {
    const maija = await person('maija@kylmalampo.fi', 'Kylmä & Lämpö Oy');
    const pekka = await person('pekka@kylmalampo.fi', 'KL');
    const liisa = await person('liisa@gmail.com', 'Asiakas Oy');
    const olli = await person('olli@hotmail.com', 'asiakas');
    const quiet = await person('quiet@kylmalampo.fi', 'Kylmä & Lämpö Oy', false);

    const account = await store.leadAccount(maija);
    expect(account?.company).toMatchObject({ domain: 'kylmalampo.fi', name: 'Kylmä & Lämpö Oy', knownBy: null });
    expect(account?.leads.map((l) => l.id).sort()).toEqual([maija, pekka].sort());
    const byName = await store.leadAccount(liisa);
    expect(byName?.company).toMatchObject({ domain: null, name: 'Asiakas Oy' });
    expect((await store.leadAccount(olli))?.company.id).toBe(byName?.company.id);
    expect(await store.leadAccount(quiet)).toBeNull(); // without consent nothing ties the person to a company
  });

  it('marks customers from the uploaded list and from the CRM; a new list replaces the old', async () => {
    const parsed = customerDomains('domain\nkylmalampo.fi\nhttps://www.vanha.fi/about\n"putki@putkityo.fi"\n');
    expect(parsed).toEqual({ domains: ['kylmalampo.fi', 'vanha.fi', 'putkityo.fi'], errors: [] });
    expect(customerDomains('gmail.com\nnot a domain').errors).toEqual(['line 1: gmail.com is a free-mail domain, not a customer\'s', 'line 2: "not a domain" is not a domain like example.com']);

    expect(await store.replaceCustomerList(parsed.domains, clock.now())).toBe(3);
    await store.markCompanyKnown('asiakas-crm.fi', clock.now());
    expect(await store.replaceCustomerList(['kylmalampo.fi'], clock.now())).toBe(1);
    const known = await store.knownCompanies();
    expect([...known.domains].sort()).toEqual(['asiakas-crm.fi', 'kylmalampo.fi']);
    const accounts = await store.accounts(50);
    expect(accounts.find((c) => c.domain === 'kylmalampo.fi')).toMatchObject({ knownBy: 'list', leads: 2 });
    expect(accounts.find((c) => c.domain === 'vanha.fi')).toMatchObject({ knownBy: null });
  });

  it('routes a known customer to the account manager in the turn itself (engine fed the known companies)', async () => {
    const base = exampleDefinition();
    const result = validateDefinition({ ...base, routing: { ...base.routing, rules: [{ owner: 'mikko', when: [{ company: { known: true } }] }, ...base.routing.rules] } });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const definition = result.definition;
    const at = clock.now().toISOString();
    const known = await store.knownCompanies();
    const begun = begin(definition, { locale: 'en', previousAnswers: [answer('country', 'sweden', at)], variants: {} }, clock.now()).state;
    const state = { ...begun, consent: 'granted' as const, answers: { ...begun.answers, contact_email: answer('contact_email', 'uusi@kylmalampo.fi', at) } };
    expect(turn(definition, state, { text: 'hello' }, clock.now(), { customers: known }).lead.owner).toBe('mikko');
    expect(turn(definition, state, { text: 'hello' }, clock.now()).lead.owner).toBe('erik');
  });
});
