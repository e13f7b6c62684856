import type { Clock } from '../../bot/ports/runtime.js';
import type { ConversationStore, TurnCommit } from '../../bot/ports/store.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { belongsTo, findConversation, storedTurn } from './conversations.js';
import type { LeadEventSinks } from './lead-events.js';
import { saveTurnLead } from './lead-turn.js';
import { decideForPerson } from './person-lead.js';
import { OUTBOX_CHANNEL } from './outbox.js';
import { json } from './records.js';
import { insertReviewItems } from './review-queue.js';
import { insertAnswers, insertMessage, insertReplies, recordEvents } from './writes.js';
import { randomUUID } from 'node:crypto';

/** One row per key, ever: a handoff requested twice (a retry, a second trigger) is delivered once. */
async function enqueue(tx: SqlExecutor, conversationId: string, items: TurnCommit['outbox'], now: Date) {
  for (const item of items) {
    await tx.query(
      `INSERT INTO outbox (id, kind, conversation_id, idempotency_key, payload, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [randomUUID(), item.kind, conversationId, item.key ?? `${item.kind}:${conversationId}`, json(item.payload), now.toISOString()],
    );
    // Sent on commit, to every instance: a worker listening delivers now instead of at its next poll.
    await tx.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, item.kind]);
  }
}

export function turnRunner(driver: SqlDriver, clock: Clock, sinks: LeadEventSinks): Pick<ConversationStore, 'runTurn'> {
  return {
    runTurn(conversationId, clientMessageId, decide, visitorId) {
      return driver.transaction(async (tx) => {
        // The row lock serialises turns of one conversation across instances: the second waits and
        // then reads the first one's state.
        const conversation = await findConversation(tx, conversationId, true);
        if (!conversation || !belongsTo(conversation, visitorId)) return { kind: 'not_found' } as const;
        const stored = await storedTurn(tx, conversationId, clientMessageId);
        if (stored) return { kind: 'duplicate', messages: stored, state: conversation.state } as const;

        const { commit, leadId, before } = await decideForPerson(tx, { conversation }, decide);
        const now = clock.now();
        const visitor = await insertMessage(
          tx,
          conversationId,
          { role: 'visitor', text: commit.visitorMessage.text, choice: commit.visitorMessage.choice, clientMessageId },
          now,
        );
        const messages = await insertReplies(tx, conversationId, commit.replies, visitor.id, now);
        const owner = { conversationId, visitorId: conversation.visitorId };
        await insertAnswers(tx, { ...owner, messageId: visitor.id }, commit.answers);
        await recordEvents(tx, owner, commit.events, now);
        const reviewOwner = { conversationId, locale: commit.state.locale, definitionVersion: conversation.definitionVersion };
        await insertReviewItems(tx, reviewOwner, commit.review ?? [], now);
        await tx.query('UPDATE conversations SET state = $2, decision = $3, locale = $4, updated_at = $5 WHERE id = $1', [
          conversationId,
          json(commit.state),
          commit.state.decision,
          commit.state.locale,
          now.toISOString(),
        ]);
        await saveTurnLead(tx, { leadId, conversationId, before, definitionVersion: conversation.definitionVersion, commit, sinks, now });
        await enqueue(tx, conversationId, commit.outbox, now);
        return { kind: 'processed', messages, state: commit.state } as const;
      });
    },
  };
}
