import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { createConversationService } from '../../bot/service/conversation-service.js';
import { createDefinitionCatalog, publishIfChanged } from '../../bot/service/definition-catalog.js';
import type { Store } from '../store/index.js';
import { pgliteStore } from '../../test/support/stores.js';
import { createKysyBot } from './kysy-bot.js';
import { exampleDefinition } from '../../test/support/example-definition.js';

const definition = exampleDefinition();
const industry = definition.criteria.find((c) => c.id === 'industry');
const hvacLabel = industry?.type === 'choice' ? industry.options.find((o) => o.id === 'hvac')!.label.en! : '';

describe('Bot Framework activities ↔ the conversation service (TestAdapter)', () => {
  let store: Store;
  let run: ReturnType<typeof createKysyBot>;

  beforeAll(async () => {
    store = await pgliteStore();
    await publishIfChanged(store, definition, 'test', 'example');
    const definitions = createDefinitionCatalog(store, definition);
    let seed = 0;
    const service = createConversationService({
      store,
      definitions,
      clock: { now: () => new Date('2026-11-23T10:00:00Z') },
      random: { next: () => ((seed = (seed * 9301 + 49297) % 233280), seed / 233280) },
    });
    run = createKysyBot({ service });
  });
  afterAll(() => store.close());

  function adapterFor(conversationId: string, locale?: string) {
    const adapter = new TestAdapter(run, { conversation: { id: conversationId, isGroup: false, name: '' } as Activity['conversation'], channelId: 'test', locale });
    return adapter;
  }

  const messages = (activities: Partial<Activity>[]) => activities.filter((a) => a.type === ActivityTypes.Message);

  it('greets when the visitor joins, and offers the first question as suggested actions', async () => {
    const adapter = adapterFor('ta-greet');
    await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] });
    const sent = messages(adapter.activeQueue);
    expect(sent[0]?.text).toContain(definition.greeting.en);
    const question = sent.find((a) => a.suggestedActions);
    expect(question?.text).toContain(definition.criteria.find((c) => c.id === 'industry')!.question.en);
    const titles = question!.suggestedActions!.actions.map((a) => a.title);
    expect(titles).toContain(hvacLabel);
  });

  it('does not greet when only the bot joins', async () => {
    const adapter = adapterFor('ta-bot-joins');
    await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'bot', name: 'Bot' }] });
    expect(messages(adapter.activeQueue)).toHaveLength(0);
  });

  it('speaks the locale of the activity', async () => {
    const adapter = adapterFor('ta-sv', 'sv-SE');
    await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }], locale: 'sv-SE' });
    expect(messages(adapter.activeQueue)[0]?.text).toContain(definition.greeting.sv);
  });

  it('falls back to the default locale for a language the definition does not speak', async () => {
    const adapter = adapterFor('ta-de', 'de-DE');
    await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }], locale: 'de-DE' });
    expect(messages(adapter.activeQueue)[0]?.text).toContain(definition.greeting[definition.defaultLocale]);
  });

  it('shows a typing indicator, then records a clicked suggested action as that choice', async () => {
    const adapter = adapterFor('ta-click');
    await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] });
    adapter.activeQueue.splice(0);
    await adapter.processActivity({ type: ActivityTypes.Message, text: hvacLabel, id: 'click-1' });
    expect(adapter.activeQueue[0]?.type).toBe(ActivityTypes.Typing);
    const conversation = await store.findByExternalId('botframework', 'test:ta-click');
    expect(conversation?.state.answers.industry).toMatchObject({ value: 'hvac', source: 'button' });
  });

  it('understands typed text that volunteers several facts', async () => {
    const adapter = adapterFor('ta-typed');
    await adapter.processActivity({ type: ActivityTypes.Message, text: 'We are a plumbing company with 120 employees in Tampere', id: 'typed-1' });
    const conversation = await store.findByExternalId('botframework', 'test:ta-typed');
    expect(conversation?.state.answers.industry?.value).toBe('plumbing');
    expect(conversation?.state.answers.company_size?.value).toBe(120);
    expect(conversation?.state.answers.country?.value).toBe('finland');
    const sent = messages(adapter.activeQueue);
    expect(sent[0]?.text, 'a visitor who writes first still gets the greeting').toContain(definition.greeting.en);
  });
});
