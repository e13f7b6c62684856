import { Router } from 'express';
import type { ConversationStore } from '../../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { LeadStatus } from '../../../bot/lead/status.js';
import { Locale } from '../../../qualification/definition/schema.js';
import { Decision } from '../../../qualification/score/result.js';
import type { InboxFilter, LeadInboxStore } from '../../store/lead-inbox.js';
import { HttpError } from '../../http/errors.js';
import { signedIn } from '../auth/principal.js';
import { html } from '../html.js';
import { inboxConditions, InboxQuery } from '../inbox-query.js';
import type { CompanyStore } from '../../companies/company-store.js';
import type { HubSpotRecordStore } from '../../crm/hubspot/record-store.js';
import { accountPart, answersTable, hubspotStatus, scoreBreakdown, timeline, transcript } from '../pages/lead-parts.js';
import { layout } from '../pages/layout.js';
import { outcomeForms } from './lead-outcome.js';
import { LOCAL_TIMES_URL } from './outcomes.js';

const PAGE = 50;
const STATUSES = LeadStatus.options;

function toFilter(q: InboxQuery): InboxFilter {
  return { ...inboxConditions(q), limit: PAGE, offset: (q.page - 1) * PAGE };
}

const select = (name: string, label: string, values: readonly string[], current: string | undefined) =>
  html`<div class="field"><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">any</option>${values.map(
    (v) => html`<option value="${v}" ${v === current ? html`selected` : ''}>${v}</option>`,
  )}</select></div>`;

export function leadRoutes(deps: { store: LeadInboxStore & Pick<ConversationStore, 'conversationDetail'> & Pick<HubSpotRecordStore, 'hubspotStatus'> & Pick<CompanyStore, 'leadAccount'>; definitions: DefinitionCatalog }): Router {
  const router = Router();

  router.get('/leads', async (req, res) => {
    const parsed = InboxQuery.safeParse(req.query);
    if (!parsed.success) throw new HttpError('bad_request', 'One of the filters is not valid.');
    const q = parsed.data;
    const current = await deps.definitions.current();
    const contactCriteria = current.definition.criteria.filter((c) => c.category === 'contact');
    const rows = await deps.store.leadInbox({ ...toFilter(q), contactCriteria: contactCriteria.map((c) => c.id) });
    // Who: the company, and the name or else the e-mail, as far as the person consented to give them.
    const company = contactCriteria.find((c) => c.type === 'text' && c.id.includes('company'))?.id;
    const person = [...contactCriteria.filter((c) => c.type === 'text' && c.id !== company), ...contactCriteria.filter((c) => c.type === 'email')].map((c) => c.id);
    const who = (contact: Record<string, string>) =>
      [company ? contact[company] : undefined, person.map((id) => contact[id]).find(Boolean)].filter(Boolean).join(' · ') || 'anonymous';
    // A disqualified conversation is no lead for sales: no status, no owner.
    const notALead = (decision: string) => decision === 'disqualified';
    const owners = current.definition.routing.owners.map((o) => o.id);
    const body = html`<form method="get" action="/admin/leads" class="filters" aria-label="Filter leads">
${select('decision', 'Decision', Decision.options, q.decision)}${select('status', 'Status', STATUSES, q.status)}
${select('owner', 'Owner', owners, q.owner)}${select('locale', 'Language', Locale.options, q.locale)}
<div class="field"><label for="f-from">From</label><input id="f-from" type="date" name="from" value="${q.from ?? ''}"></div>
<div class="field"><label for="f-to">To</label><input id="f-to" type="date" name="to" value="${q.to ?? ''}"></div>
<div class="field"><label for="f-campaign">Campaign (utm_campaign)</label><input id="f-campaign" name="campaign" value="${q.campaign ?? ''}"></div>
<button type="submit">Filter</button> <a href="/admin/leads">Clear</a>
</form>
<table class="inbox"><caption>${rows.length === 0 ? 'No conversations match.' : `Conversations, newest first (page ${q.page})`}</caption>
<thead><tr><th scope="col">Started</th><th scope="col">Who</th><th scope="col">Decision</th><th scope="col">Fit</th><th scope="col">Intent</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Language</th><th scope="col">Campaign</th><th scope="col">Channel</th></tr></thead>
<tbody>${rows.map(
      (r) => html`<tr><td><a href="/admin/leads/${encodeURIComponent(r.id)}"><time datetime="${r.createdAt}" data-local>${r.createdAt.replace('T', ' ').slice(0, 16)} UTC</time></a></td>
<td>${who(r.contact)}</td><td class="decision ${r.decision}">${r.decision}</td><td class="num">${r.fit ?? '–'}</td><td class="num">${r.intent ?? '–'}</td>
<td>${notALead(r.decision) ? '–' : (r.status ?? '–')}</td><td>${notALead(r.decision) ? '–' : (r.ownerId ?? '–')}</td><td>${r.locale}</td><td>${r.utm.utm_campaign ?? ''}</td><td>${r.channel}</td></tr>`,
    )}</tbody></table>
${rows.length === PAGE ? html`<p><a href="/admin/leads?${new URLSearchParams({ ...(req.query as Record<string, string>), page: String(q.page + 1) }).toString()}">Older</a></p>` : ''}`;
    res.type('html').send(layout({ title: 'Leads', principal: signedIn(res), body, wide: true, scripts: [LOCAL_TIMES_URL] }).value);
  });

  router.get('/leads/:id', async (req, res) => {
    const detail = await deps.store.conversationDetail(req.params.id);
    if (!detail) throw new HttpError('not_found', 'No such conversation.');
    const { conversation, messages, answers, lead } = detail;
    const definition = (await deps.definitions.version(conversation.definitionVersion))?.definition;
    const owner = lead?.ownerId ? definition?.routing.owners.find((o) => o.id === lead.ownerId) : undefined;
    const utm = conversation.context.utm ?? {};
    const crm = lead ? await deps.store.hubspotStatus(lead.conversationId) : null;
    const account = lead ? await deps.store.leadAccount(lead.conversationId) : null;
    const body = html`<dl class="facts">
  <div><dt>Started</dt><dd><time datetime="${conversation.createdAt}" data-local>${conversation.createdAt.replace('T', ' ').slice(0, 16)} UTC</time></dd></div>
  <div><dt>Language</dt><dd>${conversation.locale}</dd></div><div><dt>Channel</dt><dd>${conversation.channel}</dd></div>
  <div><dt>Definition</dt><dd>version ${conversation.definitionVersion}</dd></div>
  <div><dt>Status</dt><dd>${conversation.state.decision === 'disqualified' ? 'disqualified, not a lead' : (lead?.status ?? 'no lead yet')}</dd></div>
  <div><dt>Owner</dt><dd>${conversation.state.decision === 'disqualified' ? '–' : owner ? `${owner.name} (${owner.id})` : (lead?.ownerId ?? '–')}</dd></div>
  <div><dt>Page</dt><dd>${conversation.context.pageUrl ?? '–'}</dd></div>
  <div><dt>Campaign</dt><dd>${Object.entries(utm).map(([k, v]) => `${k}=${v}`).join(' ') || '–'}</dd></div>
</dl>
<div class="columns">
<section aria-labelledby="h-transcript"><h2 id="h-transcript">Transcript</h2>${transcript(messages)}</section>
<section aria-labelledby="h-lead"><h2 id="h-lead">Lead</h2>
${lead ? scoreBreakdown(lead.score) : html`<p>No answers scored yet (decision: ${conversation.state.decision}).</p>`}
${answersTable(definition, answers)}
<h2>Handoff timeline</h2>${timeline(await deps.store.leadTimeline(conversation.id))}
${outcomeForms(signedIn(res), conversation.id, lead?.status)}
${account ? html`<h2>Account</h2>${accountPart(account, lead!.conversationId)}` : ''}
${crm && (crm.records || crm.pending > 0) ? html`<h2>CRM</h2>${hubspotStatus(crm)}` : ''}
</section></div>`;
    res.type('html').send(layout({ title: `Conversation ${conversation.id.slice(0, 8)}`, principal: signedIn(res), body, wide: true, scripts: [LOCAL_TIMES_URL] }).value);
  });

  return router;
}
