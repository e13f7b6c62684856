import { Router } from 'express';
import { z } from 'zod';
import type { LeadStatus } from '../../../bot/lead/status.js';
import type { LeadLife } from '../../../bot/service/lead-life.js';
import { HttpError, parseOr400 } from '../../http/errors.js';
import { LOST_REASONS } from '../../slack/modals.js';
import { requirePermission } from '../auth/guards.js';
import { can, type Principal, signedIn } from '../auth/principal.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../pages/layout.js';

const Outcome = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('won'),
    amount: z.coerce.number({ message: 'must be a number' }).min(0, 'must be 0 or more').max(1e11),
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be a currency code like EUR'),
    note: z.string().trim().max(500).optional(),
  }),
  z.object({
    outcome: z.literal('lost'),
    reason: z.enum(Object.values(LOST_REASONS) as [string, ...string[]], { message: 'pick a reason' }),
    note: z.string().trim().max(500).optional(),
  }),
]);

/** Won (amount, currency) or Lost (reason) for an accepted lead, as Slack's modals record them. */
export function outcomeForms(principal: Principal | undefined, leadId: string, status: LeadStatus | undefined): Html {
  if (status !== 'accepted' || !can(principal, 'edit')) return html``;
  const action = `/admin/leads/${encodeURIComponent(leadId)}/outcome`;
  return html`<section aria-labelledby="h-outcome"><h2 id="h-outcome">Record the outcome</h2>
<form method="post" action="${action}" class="filters" aria-label="Won">${csrfField(principal)}<input type="hidden" name="outcome" value="won">
<div class="field"><label for="won-amount">Deal value</label><input id="won-amount" name="amount" type="number" min="0" step="any" required></div>
<div class="field"><label for="won-currency">Currency</label><input id="won-currency" name="currency" value="EUR" required></div>
<button type="submit">Won</button></form>
<form method="post" action="${action}" class="filters" aria-label="Lost">${csrfField(principal)}<input type="hidden" name="outcome" value="lost">
<div class="field"><label for="lost-reason">Reason</label><select id="lost-reason" name="reason" required><option value="">Pick a reason</option>${Object.values(LOST_REASONS).map(
    (r) => html`<option>${r}</option>`,
  )}</select></div>
<div class="field"><label for="lost-note">Note</label><input id="lost-note" name="note"></div>
<button type="submit">Lost</button></form></section>`;
}

export function leadOutcomeRoutes(deps: { life: LeadLife }): Router {
  const router = Router();
  router.post('/leads/:id/outcome', requirePermission('edit'), async (req, res) => {
    const outcome = parseOr400(Outcome, req.body);
    const leadId = String(req.params.id);
    const by = signedIn(res).email;
    const note = outcome.note ? { note: outcome.note } : {};
    const changed = await deps.life.act(
      leadId,
      outcome.outcome === 'won' ? { type: 'won', by, amount: outcome.amount, currency: outcome.currency, ...note } : { type: 'lost', by, reason: outcome.reason, ...note },
    );
    if (!changed) throw new HttpError('conflict', 'Won or lost can be recorded once, for a lead that sales accepted.');
    res.redirect(303, `/admin/leads/${encodeURIComponent(leadId)}`);
  });
  return router;
}
