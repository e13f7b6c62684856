import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import type { KnowledgeAnswer } from '../../bot/ports/model.js';
import { createConversationService } from '../../bot/service/conversation-service.js';
import { createDefinitionCatalog, publishIfChanged } from '../../bot/service/definition-catalog.js';
import type { ConversationService } from '../../bot/service/types.js';
import { exampleDefinition } from '../support/example-definition.js';
import { pgliteStore } from '../support/stores.js';

// Company knowledge without a model, over the real service and store: the locked turn finds the
// question and has it looked up outside the lock, so only questions cost more than the turn itself.
const definition = exampleDefinition();
const ANSWER: KnowledgeAnswer = { text: 'Yes, Fieldwise integrates with Microsoft Teams.', sources: [{ title: 'Teams', url: 'https://fieldwise.example/integrations#microsoft-teams' }] };

let store: Store;
let service: ConversationService;
let asked: { question: string; locale: string; conversationId?: string }[];
let n = 0;

beforeAll(async () => {
  store = await pgliteStore();
  await publishIfChanged(store, definition, 'test', 'knowledge turn');
  service = createConversationService({
    store,
    definitions: createDefinitionCatalog(store, definition),
    clock: { now: () => new Date('2026-12-02T07:00:00Z') },
    random: { next: () => 0.5 },
    knowledge: {
      answer: async (question, locale, conversationId) => {
        asked.push({ question, locale, conversationId });
        return ANSWER;
      },
    },
  });
});
afterAll(() => store.close());
beforeEach(() => {
  asked = [];
});

async function opened(locale: 'en' | 'fi' = 'en') {
  const { conversation } = await service.open({ channel: 'web', hints: { locales: [locale] }, context: {} });
  return conversation;
}

const send = (conversationId: string, visitorId: string, text: string, clientMessageId = `m${++n}`) =>
  service.message({ channel: 'web', conversation: { conversationId, visitorId }, clientMessageId, input: { text } });

describe('a typed question with company knowledge and no model', () => {
  it('is looked up once, in the conversation’s language, and answered from the content', async () => {
    const c = await opened('fi');
    const turn = await send(c.id, c.visitorId, 'Toimiiko se Teamsin kanssa?');
    expect(asked).toEqual([{ question: 'Toimiiko se Teamsin kanssa?', locale: 'fi', conversationId: c.id }]);
    expect(turn.kind === 'processed' && turn.messages[0]!.text).toContain('https://fieldwise.example/integrations#microsoft-teams');
  });

  it('an answer that asks nothing is not looked up', async () => {
    const c = await opened();
    const turn = await send(c.id, c.visitorId, 'We are an HVAC company');
    expect(asked).toEqual([]);
    expect(turn.kind === 'processed' && turn.state.answers.industry?.value).toBe('hvac');
  });

  it('a repeated client message id is not looked up again', async () => {
    const c = await opened();
    await send(c.id, c.visitorId, 'Do you integrate with Teams?', 'same-id');
    const again = await send(c.id, c.visitorId, 'Do you integrate with Teams?', 'same-id');
    expect(again.kind).toBe('duplicate');
    expect(asked).toHaveLength(1);
  });

  it("someone else's conversation is not found and its question is not looked up", async () => {
    const c = await opened();
    expect(await send(c.id, 'stranger-visitor-0123456789', 'Do you integrate with Teams?')).toEqual({ kind: 'not_found' });
    expect(asked).toEqual([]);
  });
});
