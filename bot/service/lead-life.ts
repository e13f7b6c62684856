import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { applyLeadAction, type LeadAction, type LeadState } from '../lead/lifecycle.js';
import { ownerOf } from '../lead/owner.js';
import type { LeadStore } from '../ports/leads.js';
import type { Clock } from '../ports/runtime.js';
import type { DefinitionCatalog } from './definition-catalog.js';

/** What sales (Slack, the admin) and Kysy's workers do to a lead, each through the lifecycle's one function. */
export interface LeadLife {
  /** The lead as the action left it; null when there is no such lead or the action did not apply. */
  act(leadId: string, action: LeadAction): Promise<LeadState | null>;
  /** The handoff was delivered: the lead goes to its owner's chat user (the owner falling back as routing does). */
  handOff(leadId: string): Promise<LeadState | null>;
}

export function createLeadLife(deps: { leads: LeadStore; definitions: Pick<DefinitionCatalog, 'version'>; clock: Clock }): LeadLife {
  const { leads, definitions, clock } = deps;

  async function change(leadId: string, actionFor: (lead: LeadState, definition: LeadDefinition) => LeadAction) {
    const lead = await leads.lead(leadId);
    if (!lead) return null;
    const published = await definitions.version(lead.definitionVersion);
    if (!published) throw new Error(`definition version ${lead.definitionVersion} of lead ${leadId} is missing`);
    const action = actionFor(lead, published.definition);
    const at = clock.now().toISOString();
    return leads.changeLead(leadId, (current) => applyLeadAction(current, action, at, published.definition.sla));
  }

  return {
    act: (leadId, action) => change(leadId, () => action),
    handOff: (leadId) => change(leadId, (lead, definition) => ({ type: 'handed_off', to: ownerOf(definition, lead.ownerId).slackUser ?? null })),
  };
}
