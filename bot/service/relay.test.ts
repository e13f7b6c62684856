import { describe, expect, it } from 'vitest';
import type { Answer } from '../../qualification/answer.js';
import type { ConversationState } from '../conversation.js';
import type { ConversationRecord, TurnCommit } from '../ports/store.js';
import { relayToPerson } from './relay.js';

const conversation = (state: Partial<ConversationState>) =>
  ({ id: 'c1', leadId: 'c1', state: { humanActive: false, handoffRequested: false, ...state } as ConversationState }) as ConversationRecord;
const answer = { criterionId: 'company_size', value: 60 } as Answer;
const commit = (answers: Answer[] = []) => ({ visitorMessage: { text: 'Can we talk tomorrow?' }, answers, outbox: [] }) as unknown as TurnCommit;

describe('relaying the visitor to the person in the chat', () => {
  it('queues what the visitor said while a person is in the conversation, keyed by the message', () => {
    expect(relayToPerson(commit(), conversation({ humanActive: true, handoffRequested: true }), 'm-7').outbox).toEqual([
      { kind: 'relay', key: 'relay:c1:m-7', payload: { conversationId: 'c1', text: 'Can we talk tomorrow?' } },
    ]);
  });

  it('queues nothing while only the bot talks', () => {
    const quiet = commit([answer]);
    expect(relayToPerson(quiet, conversation({}), 'm-7')).toBe(quiet);
  });
});

describe('keeping the handed-off lead\'s card current', () => {
  it('queues one redraw of the card for a turn that records answers after the handoff, keyed by the message', () => {
    expect(relayToPerson(commit([answer]), conversation({ handoffRequested: true }), 'm-8').outbox).toEqual([
      { kind: 'relay', key: 'relay:c1:m-8:card', payload: { conversationId: 'c1', redraw: 'card' } },
    ]);
  });

  it('queues the words and the redraw when a person is in the chat and the visitor gives a new answer', () => {
    const kinds = relayToPerson(commit([answer]), conversation({ handoffRequested: true, humanActive: true }), 'm-9').outbox.map((o) => o.key);
    expect(kinds).toEqual(['relay:c1:m-9', 'relay:c1:m-9:card']);
  });

  it('queues no redraw for a turn that records nothing, nor before the handoff (the card is drawn when it is posted)', () => {
    const chatter = commit();
    expect(relayToPerson(chatter, conversation({ handoffRequested: true }), 'm-10')).toBe(chatter);
    const early = commit([answer]);
    expect(relayToPerson(early, conversation({}), 'm-11')).toBe(early);
  });
});
