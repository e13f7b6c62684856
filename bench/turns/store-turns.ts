import type { Store } from '../../adapters/store/index.js';
import { answer, commit, newConversation } from '../../adapters/store/contract-fixtures.js';

/** A score of `answered` criteria out of ten, as the engine writes one: it grows turn by turn. */
const score = (decision: string, answered: number) => ({
  fit: answered * 10,
  intent: 5,
  total: answered * 10 + 5,
  perCriterion: Array.from({ length: answered }, (_, k) => ({ id: `criterion_${k}`, category: 'company', value: k * 10 + 5, points: 10, reason: `${k * 10 + 5} is within 10-500 employees` })),
  decision,
  missing: Array.from({ length: 10 - answered }, (_, k) => `criterion_${answered + k}`),
});

/**
 * Writes `turns` turns through `store.runTurn`, as the store benches measure them: conversations of
 * eight turns, their starts included, each turn an answer, two audit events and a score that grows per
 * turn, the decision moving on the sixth.
 */
export async function writeTurns(store: Pick<Store, 'createConversation' | 'runTurn'>, turns: number): Promise<void> {
  for (let done = 0; done < turns; ) {
    const { conversation } = await store.createConversation(newConversation());
    for (let i = 0; i < 8 && done < turns; i++, done++) {
      const at = new Date().toISOString();
      const decision = i >= 5 ? 'sales_ready' : 'incomplete';
      const outcome = await store.runTurn(
        conversation.id,
        `m${i}`,
        ({ conversation: c }) => {
          const turn = commit(c.state, { text: `We are ${i * 10 + 5} people`, answers: [answer(`criterion_${i}`, i * 10 + 5, at)], decision, events: [{ type: 'question_asked', criterionId: `criterion_${i + 1}`, variant: null }] });
          return { ...turn, lead: { ...turn.lead, score: score(decision, i + 1) as typeof turn.lead.score } };
        },
        conversation.visitorId,
      );
      if (outcome.kind !== 'processed') throw new Error(`turn ${outcome.kind}`);
    }
  }
}
