import { describe, expect, it } from 'vitest';
import { LOCALES, TypingVisitor, type Seen } from '../../bench/turns/visitor.js';
import { ConversationState, type TurnResult } from '../../bot/conversation.js';
import { begin, turn } from '../../bot/engine/turn.js';
import { json } from './records.js';
import { turnCache } from './turn-cache.js';
import { seededRandom } from '../../test/support/seeded-random.js';
import { exampleDefinition } from '../../test/support/example-definition.js';

function seenAfter(result: TurnResult): Seen {
  const asked = result.replies.findLast((r) => r.choices && r.asking === result.state.asking);
  return { asking: result.state.asking, choices: asked?.choices ?? [], done: result.state.phase === 'closed' && !result.state.humanActive };
}

describe('turnCache', () => {
  // What lets the cache hand a turn the JSON of the state it wrote without validating it again: every
  // state the engine leaves (a start's, each turn's) is plain data that a read's parse gives back as is.
  it("keeps only states that a read's parse of their JSON gives back unchanged", () => {
    const definition = exampleDefinition();
    const random = seededRandom(13);
    const readBack = (result: TurnResult) => {
      const text = json(result.state);
      expect(ConversationState.parse(JSON.parse(text))).toStrictEqual(JSON.parse(text));
      expect(JSON.parse(text)).toStrictEqual(result.state);
    };
    let turns = 0;
    for (let i = 0; i < 12; i++) {
      const visitor = new TypingVisitor(LOCALES[i % LOCALES.length]!, random);
      const now = new Date(Date.UTC(2026, 0, 15, 10, i));
      let result = begin(definition, { locale: visitor.locale, previousAnswers: [], variants: {} }, now);
      readBack(result);
      for (let text = visitor.next(seenAfter(result)); text !== null; text = visitor.next(seenAfter(result))) {
        result = turn(definition, result.state, { text }, now);
        readBack(result);
        turns += 1;
      }
    }
    expect(turns).toBeGreaterThan(60);
  }, 60_000);

  it('hands each turn a state of its own, as its JSON reads back, whatever the writer or an earlier turn did to theirs', () => {
    const definition = exampleDefinition();
    const now = new Date(Date.UTC(2026, 0, 15, 10));
    const started = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now);
    const { state } = turn(definition, started.state, { text: "We're an HVAC company in Finland, about 40 people" }, now);
    expect(Object.keys(state.answers).length).toBeGreaterThan(1);
    const written = JSON.parse(json(state)) as unknown;
    const cache = turnCache();
    const at = now.toISOString();
    const conversation = { id: 'c1', visitorId: 'v1', leadId: 'c1', channel: 'web', externalId: null, locale: 'en', context: {}, definitionVersion: 1, state, createdAt: at, updatedAt: at } as const;
    cache.wrote(conversation, { version: '1', lead: null });
    state.skipped.push('changed by the writer');
    Object.values(state.answers)[0]!.raw = 'changed by the writer';
    const first = cache.read('c1', 'm1')!.conversation.state;
    expect(first).toStrictEqual(written);
    first.skipped.push('changed by a turn');
    Object.values(first.answers)[0]!.raw = 'changed by a turn';
    expect(cache.read('c1', 'm1')!.conversation.state).toStrictEqual(written);
  });
});
