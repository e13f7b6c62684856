import { Router } from 'express';
import { FUNNEL_STEPS } from '../../../bot/outcomes/funnel.js';
import type { CampaignRoi } from '../../../bot/outcomes/roi.js';
import { Channel } from '../../../bot/ports/store.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { Locale } from '../../../qualification/definition/schema.js';
import { HttpError, parseOr400 } from '../../http/errors.js';
import type { FunnelStore } from '../../store/funnel.js';
import type { OutcomeStore } from '../../store/outcomes.js';
import { requirePermission } from '../auth/guards.js';
import { can, signedIn } from '../auth/principal.js';
import { type Html, html } from '../html.js';
import { NewCost, OutcomeQuery, type OutcomeReport, outcomeReport, roiReport } from '../outcome-report.js';
import { funnelChart, percent, stepLabel, trendChart } from '../pages/charts.js';
import { csrfField, layout } from '../pages/layout.js';

/** "42 min", "3.5 h", "2.1 d": how long sales took, at a glance. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

const money = (amount: number | null, currency: string) =>
  amount === null ? '–' : new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

const field = (name: string, label: string, value: string | number | undefined, type = 'text', form = 'o') =>
  html`<div class="field"><label for="${form}-${name}">${label}</label><input id="${form}-${name}" name="${name}" type="${type}" value="${value ?? ''}"${type === 'number' ? html` step="any" min="0"` : ''}></div>`;
const choice = (name: string, label: string, values: readonly string[], current: string | undefined, any = 'any') =>
  html`<div class="field"><label for="o-${name}">${label}</label><select id="o-${name}" name="${name}">${any ? html`<option value="">${any}</option>` : ''}${values.map(
    (v) => html`<option value="${v}" ${v === current ? html`selected` : ''}>${v}</option>`,
  )}</select></div>`;

function filters(r: OutcomeReport): Html {
  const q = r.query;
  return html`<form method="get" action="/admin/outcomes" class="filters" aria-label="Filter the figures">
${field('from', 'From', q.from, 'date')}${field('to', 'To', q.to, 'date')}${choice('period', 'By', ['week', 'day'], q.period, '')}
${choice('locale', 'Language', Locale.options, q.locale)}${choice('channel', 'Channel', Channel.options, q.channel)}
${field('source', 'utm_source', q.source)}${field('medium', 'utm_medium', q.medium)}${field('campaign', 'utm_campaign', q.campaign)}
${field('version', 'Definition version', q.version, 'number')}
<input type="hidden" name="tz" value="${q.tz}" data-viewer-zone>
<button type="submit">Show</button> <a href="/admin/outcomes">Clear</a></form>`;
}

function funnelSection(r: OutcomeReport): Html {
  return html`<section aria-labelledby="h-funnel"><h2 id="h-funnel">Funnel</h2>
<p class="hint">Conversations started ${r.query.from} – ${r.query.to}, and what became of them so far.</p>
<div class="chart-with-numbers">${funnelChart(r.funnel)}
<table class="numbers"><caption>Funnel in numbers</caption><thead><tr><th scope="col">Step</th><th scope="col">Count</th><th scope="col">Of previous</th><th scope="col">Of conversations</th></tr></thead>
<tbody>${r.funnel.map((row) => html`<tr><th scope="row">${stepLabel(row.step)}</th><td class="num">${row.count}</td><td class="num">${percent(row.ofPrevious)}</td><td class="num">${percent(row.ofConversations)}</td></tr>`)}</tbody></table></div>
</section>`;
}

function trendSection(r: OutcomeReport): Html {
  return html`<section aria-labelledby="h-trend"><h2 id="h-trend">${r.period === 'week' ? 'Weekly' : 'Daily'} trend</h2>
<p class="hint">${r.period === 'week' ? 'Weeks start on Monday' : 'Days'} in ${r.timeZone}.</p>
<div class="chart-with-numbers">${trendChart(r.buckets)}
<table class="numbers trend-numbers"><caption>Per ${r.period}</caption><thead><tr><th scope="col">${r.period === 'week' ? 'Week of' : 'Day'}</th>${FUNNEL_STEPS.map((s) => html`<th scope="col">${stepLabel(s)}</th>`)}</tr></thead>
<tbody>${r.buckets.map((b) => html`<tr><th scope="row">${b.start}</th>${FUNNEL_STEPS.map((s) => html`<td class="num">${b.counts[s]}</td>`)}</tr>`)}</tbody></table></div>
</section>`;
}

function salesSection(r: OutcomeReport): Html {
  const t = r.responseTimes;
  return html`<section aria-labelledby="h-sales"><h2 id="h-sales">Sales response</h2>
<p>From handoff to the first rep action: median <strong>${duration(t.median)}</strong>, p90 <strong>${duration(t.p90)}</strong> (${t.acted} leads acted on).</p>
<p class="hint">A rep action: accept, reject, reassign to a colleague or a reply to the visitor, whichever came first; Kysy's reminders are not.</p>
<table class="numbers"><caption>Per owner (SLA: accepted or rejected within ${r.slaMinutes} min)</caption>
<thead><tr><th scope="col">Owner</th><th scope="col">Received</th><th scope="col">Accepted</th><th scope="col">Median time to accept</th><th scope="col">SLA misses</th></tr></thead>
<tbody>${r.owners.map((o) => html`<tr><th scope="row">${o.name}</th><td class="num">${o.received}</td><td class="num">${o.accepted} (${percent(o.received ? o.accepted / o.received : null)})</td><td class="num">${duration(o.medianToAccept)}</td><td class="num">${o.slaMisses}</td></tr>`)}</tbody></table>
</section>`;
}

function outcomesSection(r: OutcomeReport): Html {
  const o = r.outcomes;
  return html`<section aria-labelledby="h-outcomes"><h2 id="h-outcomes">Outcomes</h2>
<p>Won <strong>${o.won}</strong>${o.revenue.length ? html` for ${o.revenue.map((v, i) => html`${i ? ', ' : ''}<strong>${money(v.amount, v.currency)}</strong>`)}` : ''}; lost <strong>${o.lost}</strong>; rejected <strong>${o.rejected}</strong>.</p>
<table class="numbers"><caption>Why leads were rejected or lost</caption><thead><tr><th scope="col">Reason</th><th scope="col">Rejected / lost</th><th scope="col">Leads</th></tr></thead>
<tbody>${o.reasons.map((x) => html`<tr><th scope="row">${x.reason}</th><td>${x.type}</td><td class="num">${x.count}</td></tr>`)}</tbody></table>
</section>`;
}

function roiSection(rows: CampaignRoi[], canEdit: boolean, principal: ReturnType<typeof signedIn>): Html {
  return html`<section aria-labelledby="h-roi"><h2 id="h-roi">ROI per campaign</h2>
<p class="hint">Revenue is the won amounts of leads whose first conversation came from the campaign (utm_campaign) within the cost's period (UTC days), in the cost's currency.</p>
<table class="numbers roi"><thead><tr><th scope="col">Campaign</th><th scope="col">Period</th><th scope="col">Cost</th><th scope="col">Conversations</th><th scope="col">Leads</th><th scope="col">Sales-ready</th><th scope="col">Won</th><th scope="col">Revenue</th><th scope="col">ROI</th><th scope="col">Revenue per lead</th><th scope="col">Cost per sales-ready lead</th>${canEdit ? html`<th scope="col"><span class="visually-hidden">Remove</span></th>` : ''}</tr></thead>
<tbody>${rows.map(
    (c) => html`<tr><th scope="row">${c.campaign}</th><td>${c.from} – ${c.to}</td><td class="num">${money(c.amount, c.currency)}</td><td class="num">${c.conversations}</td><td class="num">${c.leads}</td><td class="num">${c.salesReady}</td><td class="num">${c.won}</td>
<td class="num">${money(c.revenue, c.currency)}</td><td class="num">${percent(c.roi)}</td><td class="num">${money(c.revenuePerLead, c.currency)}</td><td class="num">${money(c.costPerSalesReadyLead, c.currency)}</td>
${canEdit ? html`<td><form method="post" action="/admin/outcomes/costs/${c.id}/delete">${csrfField(principal)}<button type="submit" class="link">Remove</button></form></td>` : ''}</tr>`,
  )}</tbody></table>
${canEdit
    ? html`<form method="post" action="/admin/outcomes/costs" class="filters" aria-label="Add a campaign cost">${csrfField(principal)}
${field('campaign', 'Campaign (utm_campaign)', undefined, 'text', 'cost')}${field('from', 'From', undefined, 'date', 'cost')}${field('to', 'To', undefined, 'date', 'cost')}
${field('amount', 'Cost', undefined, 'number', 'cost')}${field('currency', 'Currency', 'EUR', 'text', 'cost')}<button type="submit">Add cost</button></form>`
    : ''}
</section>`;
}

function liftSection(r: OutcomeReport): Html {
  const o = r.lift.overall;
  return html`<section aria-labelledby="h-lift"><h2 id="h-lift">What predicts acceptance</h2>
<p class="hint">Handed-off leads per answer: ${o.leads} leads, ${percent(o.acceptance)} accepted and ${percent(o.winRate)} won overall. Flags point at answers whose points disagree with what sales did (at least 10 leads, 15 points from the overall rate); they change nothing by themselves.</p>
${r.lift.criteria.map(
    (c) => html`<table class="numbers lift"><caption>${c.criterionId}</caption><thead><tr><th scope="col">Answer</th><th scope="col">Points</th><th scope="col">Leads</th><th scope="col">Accepted</th><th scope="col">Won</th><th scope="col">Flag</th></tr></thead>
<tbody>${c.cells.map((x) => html`<tr class="${x.flag ? 'flagged' : ''}"><th scope="row">${x.label}</th><td class="num">${x.points}</td><td class="num">${x.leads}</td><td class="num">${percent(x.acceptance)} <span class="vs">vs ${percent(o.acceptance)}</span></td><td class="num">${percent(x.winRate)}</td><td>${x.flag ?? ''}</td></tr>`)}</tbody></table>`,
  )}
</section>`;
}

/** Where the page script that shows times in the viewer's zone is served. */
export const LOCAL_TIMES_URL = '/admin/assets/local-times.js';

/**
 * The viewer's zone, which only the browser knows: `<time datetime data-local>` shows the instant
 * in it, and a form's `data-viewer-zone` field carries it (the page reloads once with it).
 */
const LOCAL_TIMES = `(() => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const format = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
  for (const el of document.querySelectorAll('time[data-local]')) {
    const at = new Date(el.getAttribute('datetime'));
    if (!isNaN(at)) { el.textContent = format.format(at); el.title = zone; }
  }
  for (const input of document.querySelectorAll('input[data-viewer-zone]')) input.value = zone;
  const url = new URL(location.href);
  if (document.querySelector('input[data-viewer-zone]') && !url.searchParams.has('tz') && zone !== 'UTC') {
    url.searchParams.set('tz', zone);
    location.replace(url);
  }
})();
`;

export function outcomeRoutes(deps: { store: FunnelStore & OutcomeStore; definitions: DefinitionCatalog; clock: Clock }): Router {
  const router = Router();

  router.get('/outcomes', async (req, res) => {
    const parsed = OutcomeQuery.safeParse(req.query);
    if (!parsed.success) throw new HttpError('bad_request', `A filter is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const principal = signedIn(res);
    const report = await outcomeReport(deps.store, deps.definitions, parsed.data, deps.clock.now());
    const roi = await roiReport(deps.store);
    const body = html`${filters(report)}<div class="dashboard">${funnelSection(report)}${trendSection(report)}${salesSection(report)}${outcomesSection(report)}</div>
${roiSection(roi, can(principal, 'edit'), principal)}${liftSection(report)}`;
    res.type('html').send(layout({ title: 'Outcomes', principal, body, wide: true, scripts: [LOCAL_TIMES_URL] }).value);
  });

  router.get(LOCAL_TIMES_URL.replace('/admin', ''), (_req, res) => {
    res.type('text/javascript').send(LOCAL_TIMES);
  });

  router.post('/outcomes/costs', requirePermission('edit'), async (req, res) => {
    const cost = parseOr400(NewCost, req.body);
    await deps.store.addCampaignCost(cost, signedIn(res).email, deps.clock.now());
    res.redirect(303, '/admin/outcomes#h-roi');
  });

  router.post('/outcomes/costs/:id/delete', requirePermission('edit'), async (req, res) => {
    if (!(await deps.store.removeCampaignCost(String(req.params.id)))) throw new HttpError('not_found', 'No such campaign cost.');
    res.redirect(303, '/admin/outcomes#h-roi');
  });

  return router;
}
