import type { Clock } from '../../bot/ports/runtime.js';
import { ownerOf } from '../../bot/lead/owner.js';
import type { ConversationStore } from '../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../bot/service/definition-catalog.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { buildCard } from './card.js';
import { toCardLead } from './card-lead.js';
import type { CardedLead, CardStore } from './card-store.js';

export interface CardDeps {
  store: Pick<ConversationStore, 'leadDetail'> & CardStore;
  definitions: Pick<DefinitionCatalog, 'version'>;
  /** Link to the conversation in the admin: the full text behind anything the card cuts. */
  adminUrl: (conversationId: string) => string;
  clock: Clock;
}

export interface RenderedCard {
  card: ReturnType<typeof buildCard>;
  definition: LeadDefinition;
  record: CardedLead | null;
  title: string;
}

/**
 * The lead's card as it should look now, from what the store knows of all the person's conversations,
 * and the lead's card record (`record`). Both are read at once: each read waits its turn on PGlite's
 * one connection, behind the visitors' turns.
 */
export async function renderCard(deps: CardDeps, leadId: string, requestedAt?: string): Promise<RenderedCard> {
  const [detail, record] = await Promise.all([deps.store.leadDetail(leadId), deps.store.cardedLead(leadId)]);
  if (!detail) throw new Error(`lead ${leadId} not found`);
  const published = await deps.definitions.version(detail.conversation.definitionVersion);
  if (!published) throw new Error(`definition version ${detail.conversation.definitionVersion} not found`);
  const definition = published.definition;
  const owner = ownerOf(definition, record?.ownerId ?? detail.lead?.ownerId ?? null);
  const now = deps.clock.now();
  const lead = toCardLead({
    definition,
    detail,
    record,
    ownerUser: owner.slackUser ?? null,
    requestedAt: requestedAt ?? record?.handedOffAt ?? now.toISOString(),
    adminUrl: deps.adminUrl(leadId),
  });
  return { card: buildCard(lead, now), definition, record, title: lead.title };
}
