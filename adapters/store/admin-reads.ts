import type { ConversationStore, LeadRecord } from '../../bot/ports/store.js';
import type { Decision, ScoreResult } from '../../qualification/score/result.js';
import type { SqlExecutor } from './driver.js';
import { findConversation, messagesOf } from './conversations.js';
import { ANSWER_COLUMNS, type AnswerRow, iso, toAnswer } from './records.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

interface SummaryRow {
  id: string;
  visitor_id: string;
  channel: 'web' | 'botframework';
  locale: 'en' | 'fi' | 'sv' | 'pl';
  decision: Decision;
  status: LeadRecord['status'] | null;
  owner_id: string | null;
  created_at: Date;
  updated_at: Date;
}

interface LeadRow {
  conversation_id: string;
  score: ScoreResult;
  decision: Decision;
  owner_id: string | null;
  status: LeadRecord['status'];
  definition_version: number;
  updated_at: Date;
}

export function adminReads(db: SqlExecutor): Pick<ConversationStore, 'listConversations' | 'conversationDetail'> {
  return {
    async listConversations(filter) {
      const limit = Math.min(Math.max(filter.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
      const rows = await db.query<SummaryRow>(
        `SELECT c.id, c.visitor_id, c.channel, c.locale, c.decision, l.status, l.owner_id, c.created_at, c.updated_at
         FROM conversations c LEFT JOIN leads l ON l.conversation_id = c.id
         WHERE ($1::text IS NULL OR c.decision = $1)
           AND ($2::timestamptz IS NULL OR c.created_at >= $2)
           AND ($3::timestamptz IS NULL OR c.created_at < $3)
         ORDER BY c.created_at DESC, c.id DESC
         LIMIT $4 OFFSET $5`,
        [filter.decision ?? null, filter.from ?? null, filter.to ?? null, limit, Math.max(filter.offset ?? 0, 0)],
      );
      return rows.map((r) => ({
        id: r.id,
        visitorId: r.visitor_id,
        channel: r.channel,
        locale: r.locale,
        decision: r.decision,
        status: r.status,
        ownerId: r.owner_id,
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
      }));
    },

    async conversationDetail(conversationId) {
      const conversation = await findConversation(db, conversationId);
      if (!conversation) return null;
      const answers = await db.query<AnswerRow>(`SELECT ${ANSWER_COLUMNS} FROM answers WHERE conversation_id = $1 ORDER BY seq`, [conversationId]);
      const [lead] = await db.query<LeadRow>(
        `SELECT conversation_id, score, decision, owner_id, status, definition_version, updated_at FROM leads WHERE conversation_id = $1`,
        [conversationId],
      );
      return {
        conversation,
        messages: await messagesOf(db, conversationId),
        answers: answers.map(toAnswer),
        lead: lead
          ? {
              conversationId: lead.conversation_id,
              score: lead.score,
              decision: lead.decision,
              ownerId: lead.owner_id,
              status: lead.status,
              definitionVersion: lead.definition_version,
              updatedAt: iso(lead.updated_at),
            }
          : null,
      };
    },
  };
}
