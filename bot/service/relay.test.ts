import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../conversation.js';
import type { ConversationRecord, TurnCommit } from '../ports/store.js';
import { relayToPerson } from './relay.js';

const conversation = (humanActive: boolean) => ({ id: 'c1', state: { humanActive } as ConversationState }) as ConversationRecord;
const commit = { visitorMessage: { text: 'Can we talk tomorrow?' }, outbox: [] } as unknown as TurnCommit;

describe('relaying the visitor to the person in the chat', () => {
  it('queues what the visitor said while a person is in the conversation, keyed by the message', () => {
    expect(relayToPerson(commit, conversation(true), 'm-7').outbox).toEqual([
      { kind: 'relay', key: 'relay:c1:m-7', payload: { conversationId: 'c1', text: 'Can we talk tomorrow?' } },
    ]);
  });

  it('queues nothing while only the bot talks', () => {
    expect(relayToPerson(commit, conversation(false), 'm-7')).toBe(commit);
  });
});
