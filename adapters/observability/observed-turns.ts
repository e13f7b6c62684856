import type { ConversationStore, LoadedConversation, TurnCommit } from '../../bot/ports/store.js';
import type { Logger } from '../log/logger.js';
import { metrics } from './metrics.js';
import { noteConversation } from './request-context.js';

function observe(loaded: LoadedConversation, commit: TurnCommit): void {
  const { channel, locale } = loaded.conversation;
  metrics.turns.inc({ channel, locale });
  for (const event of commit.events) {
    if (event.type === 'decision_changed') metrics.decisions.inc({ decision: event.to });
    // The engine's own word that a typed answer to the question asked was not understood.
    else if (event.type === 'answer_not_understood') metrics.fallbacks.inc({ criterion: event.criterionId });
  }
  const handoffs = commit.outbox.filter((row) => row.kind === 'handoff').length;
  if (handoffs > 0) metrics.handoffs.inc({ state: 'queued' }, handoffs);
}

/**
 * The conversation store, counted and logged (the other methods are the store's own, through the
 * prototype): each started conversation and each committed turn
 * becomes metrics and one log line of ids and outcomes (never the visitor's words). Only what
 * committed is counted: a replayed message or a rolled-back turn is not.
 */
export function observedTurns<S extends ConversationStore>(store: S, logger: Logger): S {
  return Object.assign(Object.create(store) as S, {
    async createConversation(input: Parameters<ConversationStore['createConversation']>[0]) {
      const created = await store.createConversation(input);
      const { id, channel, locale } = created.conversation;
      noteConversation(id);
      // A racing first message finds the conversation another one created: counted once.
      if (!created.created) return created;
      metrics.conversations.inc({ channel, locale });
      logger.info({ conversationId: id, channel, locale, asking: created.conversation.state.asking }, 'conversation started');
      return created;
    },
    async runTurn(...[conversationId, clientMessageId, decide, visitorId, peeked]: Parameters<ConversationStore['runTurn']>) {
      noteConversation(conversationId);
      let seen: { loaded: LoadedConversation; commit: TurnCommit } | null = null;
      const outcome = await store.runTurn(
        conversationId,
        clientMessageId,
        (loaded) => {
          const commit = decide(loaded);
          seen = { loaded, commit };
          return commit;
        },
        visitorId,
        peeked,
      );
      const committed = outcome.kind === 'processed' ? (seen as { loaded: LoadedConversation; commit: TurnCommit } | null) : null;
      if (committed) observe(committed.loaded, committed.commit);
      // Below the configured level (LOG_LEVEL=warn under load) the line is not even built.
      if (logger.isLevelEnabled('info')) logger.info(
        {
          conversationId,
          outcome: outcome.kind,
          ...(committed ? { channel: committed.loaded.conversation.channel, locale: committed.loaded.conversation.locale } : {}),
          ...(outcome.kind === 'not_found' ? {} : { asking: outcome.state.asking, decision: outcome.state.decision }),
        },
        'turn',
      );
      return outcome;
    },
  });
}

