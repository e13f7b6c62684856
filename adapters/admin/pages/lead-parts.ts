import type { Answer } from '../../../qualification/answer.js';
import type { LeadDefinition } from '../../../qualification/definition/schema.js';
import type { ScoreResult } from '../../../qualification/score/result.js';
import type { StoredMessage } from '../../../bot/ports/store.js';
import type { TimelineEntry } from '../../store/lead-inbox.js';
import type { Account } from '../../companies/company-store.js';
import { type HubSpotStatus, recordUrl } from '../../crm/hubspot/record-store.js';
import { html } from '../html.js';

export const SOURCE_WORDS: Record<Answer['source'], string> = {
  asked: 'asked',
  button: 'asked (button)',
  volunteered: 'volunteered',
  model: 'inferred by the model',
  previous: 'from an earlier visit',
  page: 'known to the website (identify)',
};

/** An answer's value in words: option labels (in the definition's default locale) instead of ids. */
export function valueWords(definition: LeadDefinition | undefined, criterionId: string, value: Answer['value']): string {
  const criterion = definition?.criteria.find((c) => c.id === criterionId);
  const labelOf = (id: string) => {
    if (!criterion || !('options' in criterion)) return id;
    const option = criterion.options.find((o) => o.id === id);
    return option ? (option.label[definition!.defaultLocale] ?? id) : id;
  };
  if (Array.isArray(value)) return value.map(labelOf).join(', ');
  return typeof value === 'string' ? labelOf(value) : String(value);
}

export function scoreBreakdown(score: ScoreResult) {
  return html`<dl class="totals">
  <div><dt>Decision</dt><dd class="decision ${score.decision}">${score.decision}</dd></div>
  <div><dt>Fit</dt><dd>${score.fit}</dd></div><div><dt>Intent</dt><dd>${score.intent}</dd></div><div><dt>Total</dt><dd>${score.total}</dd></div>
</dl>
${score.disqualifiedBy ? html`<p class="error-text">Disqualified by ${score.disqualifiedBy.criterionId}: ${score.disqualifiedBy.reason}</p>` : ''}
<table class="breakdown"><caption>Score breakdown</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">Category</th><th scope="col">Points</th><th scope="col">Why</th></tr></thead>
<tbody>${score.perCriterion.map((c) => html`<tr><th scope="row">${c.id}</th><td>${c.category}</td><td class="num">${c.points}</td><td>${c.reason}</td></tr>`)}</tbody>
</table>
${score.missing.length ? html`<p>Still open: ${score.missing.join(', ')}</p>` : ''}`;
}

export function transcript(messages: StoredMessage[]) {
  return html`<ol class="transcript">${messages.map(
    (m) => html`<li class="msg ${m.role}"><span class="who">${m.role}</span> <time datetime="${m.createdAt}">${m.createdAt.slice(11, 19)}</time>
  <p>${m.text}</p>${m.choices?.length ? html`<p class="choices">Offered: ${m.choices.map((c) => c.label).join(' · ')}</p>` : ''}</li>`,
  )}</ol>`;
}

export function answersTable(definition: LeadDefinition | undefined, answers: Answer[]) {
  return html`<table><caption>Answers</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">Answer</th><th scope="col">Source</th><th scope="col">In their words</th><th scope="col">Confidence</th></tr></thead>
<tbody>${answers.map(
    (a) => html`<tr><th scope="row">${a.criterionId}</th><td>${valueWords(definition, a.criterionId, a.value)}</td><td>${SOURCE_WORDS[a.source]}</td><td>${a.raw}</td><td class="num">${a.confidence.toFixed(2)}</td></tr>`,
  )}</tbody></table>`;
}

function detailWords(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([key, value]) => key !== 'type' && key !== 'score' && value !== '' && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');
}

export function timeline(entries: TimelineEntry[]) {
  if (entries.length === 0) return html`<p>Nothing has happened to this lead yet.</p>`;
  return html`<ol class="timeline">${entries.map(
    (e) => html`<li><time datetime="${e.at}">${e.at.replace('T', ' ').slice(0, 19)}</time> <strong>${e.type}</strong>
  ${e.actor !== 'bot' && e.actor !== 'kysy' ? html` by ${e.actor}` : ''} ${detailWords(e.detail)}</li>`,
  )}</ol>`;
}

/** Where the lead stands in HubSpot: its records (linked) and what is still to be synced. */
export function hubspotStatus(status: HubSpotStatus) {
  const { records } = status;
  const record = (label: string, object: 'contact' | 'company' | 'deal', id: string | null) => {
    if (!records || !id) return html`<div><dt>${label}</dt><dd>–</dd></div>`;
    const url = recordUrl(records, object, id);
    return html`<div><dt>${label}</dt><dd>${url ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${id}</a>` : id}</dd></div>`;
  };
  const state = status.pending === 0 ? (records ? `synced ${records.syncedAt.replace('T', ' ').slice(0, 19)}` : 'nothing to sync (no consent, or not qualified)') : status.lastError ? `retrying (${status.attempts} failed attempts: ${status.lastError})` : `${status.pending} event(s) waiting`;
  return html`<dl class="facts crm">
  <div><dt>HubSpot</dt><dd class="${status.lastError ? 'error-text' : ''}">${state}</dd></div>
  ${record('Contact', 'contact', records?.contactId ?? null)}${record('Company', 'company', records?.companyId ?? null)}${record('Deal', 'deal', records?.dealId ?? null)}
</dl>`;
}

/** The lead's company and everyone else from it: several people, one account. */
export function accountPart(account: Account, leadId: string) {
  const { company } = account;
  const known = company.knownBy === 'list' ? 'a customer (the uploaded list)' : company.knownBy === 'crm' ? 'a customer (HubSpot)' : 'not a known customer';
  return html`<p><strong>${company.name ?? company.domain ?? '–'}</strong>${company.domain ? html` (${company.domain})` : ''} — ${known}</p>
<ul class="account">${account.leads.map(
    (l) => html`<li>${l.id === leadId ? html`this lead` : html`<a href="/admin/leads/${encodeURIComponent(l.id)}">${l.createdAt.replace('T', ' ').slice(0, 16)}</a>`} — ${l.email ?? 'no e-mail'}, ${l.decision}, ${l.status}</li>`,
  )}</ul>`;
}
