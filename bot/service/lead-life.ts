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

export function createLeadLife(deps: { leads: LeadStore; definitions: Pick<DefinitionCatalog, 'version' | 'loaded'>; clock: Clock }): LeadLife {
  const { leads, definitions, clock } = deps;

  /**
   * The action is decided on the lead as the store reads it, with its definition version's SLA and
   * owners, in the store's one read: the version is nearly always loaded already (the lead's turns used
   * it). One that is not is loaded and the change tried again, since `decide` must not wait.
   */
  async function change(leadId: string, actionFor: (lead: LeadState, definition: LeadDefinition) => LeadAction) {
    for (;;) {
      let missing: number | null = null;
      const at = clock.now().toISOString();
      const changed = await leads.changeLead(leadId, (lead) => {
        const definition = definitions.loaded(lead.definitionVersion);
        if (!definition) {
          missing = lead.definitionVersion;
          return null;
        }
        missing = null;
        return applyLeadAction(lead, actionFor(lead, definition), at, definition.sla);
      });
      if (missing === null) return changed;
      if (!(await definitions.version(missing))) throw new Error(`definition version ${missing} of lead ${leadId} is missing`);
    }
  }

  return {
    act: (leadId, action) => change(leadId, () => action),
    handOff: (leadId) => change(leadId, (lead, definition) => ({ type: 'handed_off', to: ownerOf(definition, lead.ownerId).slackUser ?? null })),
  };
}
