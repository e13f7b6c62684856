import type { HandoffTransport } from '../../bot/ports/handoff.js';
import type { Logger } from '../log/logger.js';

/** The transport without Slack: the handoff is a log line (and stays visible in the admin API). */
export function logTransport(logger: Logger): HandoffTransport {
  return {
    name: 'log',
    async deliver(handoff, outboxId) {
      logger.info(
        {
          outboxId,
          conversationId: handoff.conversationId,
          reason: handoff.reason,
          decision: handoff.decision,
          ownerId: handoff.ownerId,
          fit: handoff.fit,
          intent: handoff.intent,
        },
        'handoff: lead ready for sales',
      );
      return { transport: 'log' };
    },
  };
}
