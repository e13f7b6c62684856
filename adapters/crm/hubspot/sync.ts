import { AssociationTypes, type Client } from '@hubspot/api-client';
import type { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/contacts/models/AssociationSpec.js';
import type { LeadView } from '../../../bot/lead/view.js';
import type { LeadDefinition } from '../../../qualification/definition/schema.js';
import type { ScoreResult } from '../../../qualification/score/result.js';
import { apiStatus, deliveryError } from './client.js';
import { companyDomain } from '../../companies/free-mail.js';
import { companyProperties, contactProperties, dealProperties, mappingOf, noteBody, noteMarker, type Properties } from './properties.js';
import type { HubSpotRecords } from './record-store.js';

const DEFINED = 'HUBSPOT_DEFINED' as AssociationSpecAssociationCategoryEnum;
const to = (id: string, type: AssociationTypes) => ({ to: { id }, types: [{ associationCategory: DEFINED, associationTypeId: type }] });

/** Sales has the lead: it gets a deal even when the visitor asked for a person before qualifying. */
const WITH_SALES = new Set(['handed_off', 'accepted', 'won', 'lost']);

export interface SyncInput {
  view: LeadView;
  score: ScoreResult | null;
  definition: LeadDefinition;
  records: HubSpotRecords | null;
  /** The admin page of the conversation, for the note. */
  transcriptUrl: string;
  now: Date;
}

export type SyncResult =
  | { synced: HubSpotRecords; companyCustomer: boolean; domain: string | null }
  | { skipped: string };

/** Runs one call; a failure throws for the outbox (deliveryError). */
async function call<T>(step: string, now: Date, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw deliveryError(error, step, now);
  }
}

/** Runs one call whose 404 or 409 the caller handles: that comes back as the status. */
async function attempt<T>(step: string, now: Date, run: () => Promise<T>, handled: number[]): Promise<T | number> {
  try {
    return await run();
  } catch (error) {
    const status = apiStatus(error);
    if (status !== null && handled.includes(status)) return status;
    throw deliveryError(error, step, now);
  }
}

const isStatus = (value: unknown): value is number => typeof value === 'number';

/**
 * Makes HubSpot show the lead as it is now. Every step finds what an earlier, interrupted attempt
 * made before making anything: the contact by e-mail (HubSpot answers 409 to a second one), the
 * company through the contact's associations (read at once, unlike search) and then by domain, the
 * deal by its unique `kysy_lead_id` (409 again), the note by its marker among the deal's notes.
 */
export async function syncLead(client: Client, input: SyncInput, ensureDealProperty: () => Promise<void>): Promise<SyncResult> {
  const { view, now } = input;
  const mapping = mappingOf(input.definition);
  const records: HubSpotRecords = input.records ?? { contactId: null, companyId: null, dealId: null, noteId: null, portalId: null, uiDomain: null };
  const email = view.contact.email;
  if (!email) return { skipped: 'no consented e-mail' };
  const wantsDeal = view.decision === 'sales_ready' || WITH_SALES.has(view.status) || records.dealId !== null;
  if (!wantsDeal && view.decision !== 'nurture' && records.contactId === null) return { skipped: `decision ${view.decision}` };

  // Contact, by e-mail.
  const contact = { properties: contactProperties(view, mapping) };
  const contactId = await upsertContact(client, email, contact, records.contactId, now);
  records.contactId = contactId;

  // Company, by the e-mail's domain; none for free-mail addresses.
  const domain = companyDomain(email);
  let companyCustomer = false;
  if (domain) {
    const found = await findCompany(client, contactId, domain, records.companyId, now);
    if (found) {
      records.companyId = found.id;
      companyCustomer = found.customer;
      await call('company association', now, () => client.crm.associations.v4.basicApi.createDefault('companies', found.id, 'contacts', contactId));
    } else {
      const properties = companyProperties(view, mapping, domain);
      const created = await call('company create', now, () =>
        client.crm.companies.basicApi.create({ properties, associations: [to(contactId, AssociationTypes.companyToContact)] }),
      );
      records.companyId = created.id;
    }
  }

  if (wantsDeal) {
    await ensureDealProperty();
    records.dealId = await upsertDeal(client, view, dealProperties(view, mapping, false), dealProperties(view, mapping, true), records, now);
    const body = noteBody(view, input.score, input.transcriptUrl);
    records.noteId = await upsertNote(client, view.id, body, records, now);
  }
  return { synced: records, companyCustomer, domain };
}

async function upsertContact(client: Client, email: string, contact: { properties: Properties }, knownId: string | null, now: Date): Promise<string> {
  if (knownId) {
    const updated = await attempt('contact update', now, () => client.crm.contacts.basicApi.update(knownId, contact), [404]);
    if (!isStatus(updated)) return updated.id;
  }
  const created = await attempt('contact create', now, () => client.crm.contacts.basicApi.create({ ...contact, associations: [] }), [409]);
  if (!isStatus(created)) return created.id;
  // Someone (a rep, a form, an interrupted attempt of ours) made it already: e-mail is HubSpot's key.
  return (await call('contact update', now, () => client.crm.contacts.basicApi.update(email, contact, 'email'))).id;
}

async function findCompany(client: Client, contactId: string, domain: string, knownId: string | null, now: Date): Promise<{ id: string; customer: boolean } | null> {
  const linked = await call('contact companies', now, () => client.crm.associations.v4.basicApi.getPage('contacts', contactId, 'companies'));
  const ids = [...new Set([...(knownId ? [knownId] : []), ...linked.results.map((r) => String(r.toObjectId))])];
  if (ids.length > 0) {
    const read = await call('company read', now, () =>
      client.crm.companies.batchApi.read({ inputs: ids.map((id) => ({ id })), properties: ['domain', 'lifecyclestage'], propertiesWithHistory: [] }),
    );
    const mine = read.results.find((c) => c.properties.domain?.toLowerCase() === domain);
    if (mine) return { id: mine.id, customer: mine.properties.lifecyclestage === 'customer' };
  }
  const search = await call('company search', now, () =>
    client.crm.companies.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'domain', operator: 'EQ' as never, value: domain }] }],
      properties: ['domain', 'lifecyclestage'],
      sorts: ['createdate'],
      limit: 1,
      after: '0',
    }),
  );
  const hit = search.results[0];
  return hit ? { id: hit.id, customer: hit.properties.lifecyclestage === 'customer' } : null;
}

async function upsertDeal(client: Client, view: LeadView, update: Properties, create: Properties, records: HubSpotRecords, now: Date): Promise<string> {
  if (records.dealId) {
    const updated = await attempt('deal update', now, () => client.crm.deals.basicApi.update(records.dealId!, { properties: update }), [404]);
    if (!isStatus(updated)) return updated.id;
  }
  const associations = [to(records.contactId!, AssociationTypes.dealToContact), ...(records.companyId ? [to(records.companyId, AssociationTypes.primaryDealToCompany)] : [])];
  const created = await attempt('deal create', now, () => client.crm.deals.basicApi.create({ properties: create, associations }), [409]);
  if (!isStatus(created)) return created.id;
  // Made by an attempt that did not live to remember it: found by the lead id, HubSpot's unique key.
  const existing = await call('deal update', now, () => client.crm.deals.basicApi.update(view.id, { properties: update }, 'kysy_lead_id'));
  await call('deal association', now, () => client.crm.associations.v4.basicApi.createDefault('deals', existing.id, 'contacts', records.contactId!));
  if (records.companyId) await call('deal association', now, () => client.crm.associations.v4.basicApi.createDefault('deals', existing.id, 'companies', records.companyId!));
  return existing.id;
}

async function upsertNote(client: Client, leadId: string, body: string, records: HubSpotRecords, now: Date): Promise<string> {
  const properties = { hs_note_body: body };
  if (records.noteId) {
    const updated = await attempt('note update', now, () => client.crm.objects.notes.basicApi.update(records.noteId!, { properties }), [404]);
    if (!isStatus(updated)) return updated.id;
  }
  const linked = await call('deal notes', now, () => client.crm.associations.v4.basicApi.getPage('deals', records.dealId!, 'notes'));
  if (linked.results.length > 0) {
    const read = await call('note read', now, () =>
      client.crm.objects.notes.batchApi.read({ inputs: linked.results.map((r) => ({ id: String(r.toObjectId) })), properties: ['hs_note_body'], propertiesWithHistory: [] }),
    );
    const mine = read.results.find((n) => n.properties.hs_note_body?.includes(noteMarker(leadId)));
    if (mine) return (await call('note update', now, () => client.crm.objects.notes.basicApi.update(mine.id, { properties }))).id;
  }
  const associations = [
    to(records.dealId!, AssociationTypes.noteToDeal),
    to(records.contactId!, AssociationTypes.noteToContact),
    ...(records.companyId ? [to(records.companyId, AssociationTypes.noteToCompany)] : []),
  ];
  const created = await call('note create', now, () =>
    client.crm.objects.notes.basicApi.create({ properties: { ...properties, hs_timestamp: now.toISOString() }, associations }),
  );
  return created.id;
}
