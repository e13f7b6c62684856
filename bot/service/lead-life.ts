import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { applyLeadAction, type LeadAction, type LeadState } from '../lead/lifecycle.js';
import { ownerOf } from '../lead/owner.js';
import type { LeadStore, Settling } from '../ports/leads.js';
import type { Clock } from '../ports/runtime.js';
import type { DefinitionCatalog } from './definition-catalog.js';

/** What sales (Slack, the admin) and Kysy's workers do to a lead, each through the lifecycle's one function. */
export interface LeadLife {
  /** The lead as the action left it; null when there is no such lead or the action did not apply. */
  act(leadId: string, action: LeadAction): Promise<LeadState | null>;
  /**
   * The handoff was delivered: the lead goes to its owner's chat user (the owner falling back as routing
   * does), and the handoff's outbox item, when given, is settled with it in one write.
   */
  handOff(leadId: string, settling?: Settling): Promise<LeadState | null>;
}

/** A lead's definition version not loaded yet: thrown out of `decide`, which must not wait for it. */
class NotLoaded extends Error {
  constructor(readonly version: number) {
    super(`definition version ${version} is not loaded`);
  }
}

export function createLeadLife(deps: { leads: LeadStore; definitions: Pick<DefinitionCatalog, 'version' | 'loaded'>; clock: Clock }): LeadLife {
  const { leads, definitions, clock } = deps;

  /**
   * The action is decided on the lead as the store reads it, with its definition version's SLA and
   * owners, in the store's one read: the version is nearly always loaded already (the lead's turns used
   * it). One that is not is loaded and the change tried again, since `decide` must not wait; deciding
   * throws meanwhile, so the store writes (and settles) nothing.
   */
  async function change(leadId: string, actionFor: (lead: LeadState, definition: LeadDefinition) => LeadAction, settling?: Settling) {
    for (;;) {
      const at = clock.now().toISOString();
      try {
        return await leads.changeLead(
          leadId,
          (lead) => {
            const definition = definitions.loaded(lead.definitionVersion);
            if (!definition) throw new NotLoaded(lead.definitionVersion);
            return applyLeadAction(lead, actionFor(lead, definition), at, definition.sla);
          },
          settling,
        );
      } catch (error) {
        if (!(error instanceof NotLoaded)) throw error;
        if (!(await definitions.version(error.version))) throw new Error(`definition version ${error.version} of lead ${leadId} is missing`, { cause: error });
      }
    }
  }

  return {
    act: (leadId, action) => change(leadId, () => action),
    handOff: (leadId, settling) => change(leadId, (lead, definition) => ({ type: 'handed_off', to: ownerOf(definition, lead.ownerId).slackUser ?? null }), settling),
  };
}
