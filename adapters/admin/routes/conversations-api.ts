import { Router } from 'express';
import { z } from 'zod';
import type { ConversationStore } from '../../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { Decision } from '../../../qualification/score/result.js';
import { HttpError, parseOr400 } from '../../http/errors.js';
import { ConversationId } from '../../http/routes/public-schemas.js';

export const ListQuery = z.object({
  decision: Decision.optional(),
  from: z.iso.datetime({ offset: true, message: 'must be an ISO date-time like 2026-01-31T00:00:00Z' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'must be an ISO date-time like 2026-01-31T00:00:00Z' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Read-only view for sales and marketing under /api/admin/conversations: everything the visitor never sees. */
export function conversationsApi(deps: { store: Pick<ConversationStore, 'listConversations' | 'conversationDetail'>; definitions: DefinitionCatalog }): Router {
  const { store, definitions } = deps;
  const router = Router();

  router.get('/conversations', async (req, res) => {
    const filter = parseOr400(ListQuery, req.query);
    const conversations = await store.listConversations(filter);
    res.json({ conversations, limit: filter.limit, offset: filter.offset });
  });

  router.get('/conversations/:id', async (req, res) => {
    const { id } = parseOr400(z.object({ id: ConversationId }), req.params);
    const detail = await store.conversationDetail(id);
    if (!detail) throw new HttpError('not_found', 'No such conversation.');
    const { conversation, messages, answers, lead } = detail;
    const definition = await definitions.version(conversation.definitionVersion);
    const owner = lead?.ownerId ? definition?.definition.routing.owners.find((o) => o.id === lead.ownerId) : undefined;
    res.json({
      conversation,
      messages,
      lead: {
        answers: answers.map((a) => ({ criterionId: a.criterionId, value: a.value, source: a.source, raw: a.raw, confidence: a.confidence, at: a.at })),
        score: lead?.score ?? null,
        decision: lead?.decision ?? conversation.state.decision,
        owner: lead?.ownerId ? { id: lead.ownerId, name: owner?.name ?? lead.ownerId } : null,
        status: lead?.status ?? null,
      },
    });
  });

  return router;
}
