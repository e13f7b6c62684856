import type { LeadView } from '../../../bot/lead/view.js';
import type { HubSpotMapping } from '../../../qualification/definition/crm.js';
import type { LeadDefinition } from '../../../qualification/definition/schema.js';
import type { ScoreResult } from '../../../qualification/score/result.js';
import { html } from '../../admin/html.js';

export type Properties = Record<string, string>;

/** The definition's `crm.hubspot`, or the defaults when it has none (a token alone is enough). */
export function mappingOf(definition: LeadDefinition): HubSpotMapping {
  return (
    definition.crm?.hubspot ?? {
      properties: { contact: {}, company: {}, deal: {} },
      deal: { pipeline: 'default', stage: 'appointmentscheduled', wonStage: 'closedwon', lostStage: 'closedlost' },
      owners: {},
      lifecycleStage: { salesReady: 'salesqualifiedlead', nurture: 'marketingqualifiedlead' },
    }
  );
}

/** Numbers as HubSpot's number properties take them; options by the labels sales agreed on; text as said. */
function mapped(view: LeadView, map: Record<string, string>): Properties {
  const out: Properties = {};
  for (const answer of view.answers) {
    const property = map[answer.criterionId];
    if (!property) continue;
    out[property] = typeof answer.value === 'number' ? String(answer.value) : answer.label;
  }
  return out;
}

export function contactProperties(view: LeadView, mapping: HubSpotMapping): Properties {
  const [first, ...rest] = (view.contact.name ?? '').trim().split(/\s+/).filter(Boolean);
  const stage = view.decision === 'sales_ready' ? mapping.lifecycleStage.salesReady : mapping.lifecycleStage.nurture;
  return {
    ...mapped(view, mapping.properties.contact),
    email: view.contact.email ?? '',
    ...(first ? { firstname: first } : {}),
    ...(rest.length ? { lastname: rest.join(' ') } : {}),
    ...(view.contact.company ? { company: view.contact.company } : {}),
    lifecyclestage: stage,
  };
}

export function companyProperties(view: LeadView, mapping: HubSpotMapping, domain: string): Properties {
  return { ...mapped(view, mapping.properties.company), domain, name: view.contact.company ?? domain };
}

/** The stage a deal is in by the lead's end; null while it is open (a rep may have moved it in HubSpot). */
export function closedStage(view: LeadView, mapping: HubSpotMapping): string | null {
  if (view.status === 'won') return mapping.deal.wonStage;
  if (view.status === 'lost' || view.status === 'rejected') return mapping.deal.lostStage;
  return null;
}

/** A deal's properties; `creating` adds the pipeline and the first stage, which are HubSpot's to change after. */
export function dealProperties(view: LeadView, mapping: HubSpotMapping, creating: boolean): Properties {
  const owner = view.owner ? mapping.owners[view.owner.id] : undefined;
  const closed = closedStage(view, mapping);
  const props: Properties = {
    ...mapped(view, mapping.properties.deal),
    dealname: `${view.contact.company ?? view.contact.name ?? view.contact.email ?? 'Lead'} (Kysy)`,
    kysy_lead_id: view.id,
    ...(owner ? { hubspot_owner_id: owner } : {}),
  };
  if (creating) Object.assign(props, { pipeline: mapping.deal.pipeline, dealstage: mapping.deal.stage });
  if (closed) props.dealstage = closed;
  if (view.status === 'won' && view.outcome?.amount != null) props.amount = String(view.outcome.amount);
  return props;
}

/** The line that tells Kysy's note on a deal from a rep's: found again after a crash, updated, not added. */
export function noteMarker(leadId: string): string {
  return `Kysy lead ${leadId}`;
}

/**
 * The qualification summary on the deal: each answer with the visitor's own words, the fit and
 * intent breakdown, and where to read the conversation. HTML, every visitor word escaped.
 */
export function noteBody(view: LeadView, score: ScoreResult | null, transcriptUrl: string): string {
  const points = new Map(score?.perCriterion.map((c) => [c.id, c]) ?? []);
  return html`<p><strong>Kysy qualification: ${view.decision.replace('_', '-')}</strong> — fit ${view.score.fit}, intent ${view.score.intent}, total ${view.score.total}</p>
<ul>${view.answers.map((a) => {
    const scored = points.get(a.criterionId);
    return html`<li><strong>${a.criterionId}</strong>: ${a.label}${a.raw && a.raw !== a.label ? html` — “${a.raw}”` : ''}${scored ? html` (${scored.category}, ${scored.points} points: ${scored.reason})` : ''}</li>`;
  })}</ul>
<p>Transcript: <a href="${transcriptUrl}">${transcriptUrl}</a></p>
<p>${noteMarker(view.id)}</p>`.value;
}
