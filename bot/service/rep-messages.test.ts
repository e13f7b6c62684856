import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../conversation.js';
import type { ConversationRecord } from '../ports/store.js';
import type { RepCommit } from '../ports/rep-messages.js';
import { createRepMessages } from './rep-messages.js';

function conversation(humanActive: boolean): ConversationRecord {
  const state = { locale: 'fi', phase: 'qualifying', asking: 'industry', humanActive } as ConversationState;
  return { id: 'c1', visitorId: 'v', leadId: 'c1', channel: 'web', externalId: null, locale: 'fi', context: {}, definitionVersion: 1, state, createdAt: '', updatedAt: '' };
}

function capture(humanActive: boolean): Promise<RepCommit> {
  return new Promise((resolve) => {
    const reps = createRepMessages({
      addRepMessage: async (_id, _ext, decide) => {
        resolve(decide(conversation(humanActive)));
        return { kind: 'processed', messages: [] };
      },
    });
    void reps.say('c1', 'slack:1', 'Hei, Anna täällä!', 'Anna');
  });
}

describe('a rep talking to the visitor', () => {
  it('first tells the visitor, in their language, that a person joined, and the bot goes quiet', async () => {
    const commit = await capture(false);
    expect(commit.messages).toEqual([
      { role: 'bot', text: expect.stringContaining('Anna') },
      { role: 'rep', text: 'Hei, Anna täällä!' },
    ]);
    expect(commit.messages[0]?.text).toContain('hiljaa');
    expect(commit.state.humanActive).toBe(true);
  });

  it('afterwards just passes the rep\'s words on', async () => {
    const commit = await capture(true);
    expect(commit.messages).toEqual([{ role: 'rep', text: 'Hei, Anna täällä!' }]);
  });
});
