import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { exampleDefinition } from '../support/example-definition.js';
import { pgliteStore } from '../support/stores.js';
import type { ChannelMessage } from '../../bot/ports/channel.js';
import { createConversationService } from '../../bot/service/conversation-service.js';
import { createDefinitionCatalog, publishIfChanged } from '../../bot/service/definition-catalog.js';
import type { ConversationService } from '../../bot/service/types.js';

// The channel port over the real service and store: what every channel relies on.
const definition = exampleDefinition();
const labelOf = (id: string, locale: 'en' | 'sv') => {
  const industry = definition.criteria.find((c) => c.id === 'industry');
  return industry?.type === 'choice' ? industry.options.find((o) => o.id === id)!.label[locale]! : '';
};

let store: Store;
let service: ConversationService;
let keys = 0;
const newKey = () => `test:conversation-${++keys}`;

beforeAll(async () => {
  store = await pgliteStore();
  await publishIfChanged(store, definition, 'test', 'channel port');
  let seed = 0;
  service = createConversationService({
    store,
    definitions: createDefinitionCatalog(store, definition),
    clock: { now: () => new Date('2026-12-02T07:00:00Z') },
    random: { next: () => ((seed = (seed * 9301 + 49297) % 233280), seed / 233280) },
  });
});
afterAll(() => store.close());

const keyed = (key: string, clientMessageId: string, input: ChannelMessage['input']): ChannelMessage => ({
  channel: 'botframework',
  conversation: { key },
  clientMessageId,
  input,
  context: {},
});

describe('finding or creating a conversation by the channel’s key', () => {
  it('creates it once: the second open finds it, with no greeting to show again', async () => {
    const key = newKey();
    const first = await service.open({ channel: 'botframework', key, context: {} });
    const again = await service.open({ channel: 'botframework', key, context: {} });
    expect(first.created).toBe(true);
    expect(first.messages[0]?.text).toContain(definition.greeting.en);
    expect(again).toMatchObject({ created: false, messages: [], conversation: { id: first.conversation.id } });
  });

  it('creates one conversation for racing first messages, and only the creator shows the greeting', async () => {
    const key = newKey();
    const opened = await Promise.all(Array.from({ length: 5 }, () => service.open({ channel: 'botframework', key, context: {} })));
    expect(new Set(opened.map((o) => o.conversation.id)).size).toBe(1);
    expect(opened.filter((o) => o.created)).toHaveLength(1);
    expect(opened.filter((o) => o.messages.length > 0)).toHaveLength(1);
  });

  it('keeps keys apart per channel, and opens a new conversation every time without a key', async () => {
    const key = newKey();
    const bf = await service.open({ channel: 'botframework', key, context: {} });
    const web = await service.open({ channel: 'web', key, context: {} });
    expect(web.created).toBe(true);
    expect(web.conversation.id).not.toBe(bf.conversation.id);
    const [a, b] = await Promise.all([service.open({ channel: 'web', context: {} }), service.open({ channel: 'web', context: {} })]);
    expect(a.conversation.id).not.toBe(b.conversation.id);
  });

  it('greets before its reply when the first message creates the conversation, and not on the next', async () => {
    const key = newKey();
    const first = await service.message(keyed(key, 'm1', { text: 'We do plumbing' }));
    const second = await service.message(keyed(key, 'm2', { text: 'about 40 people' }));
    if (first.kind === 'not_found' || second.kind === 'not_found') throw new Error('not found');
    expect(first.messages[0]?.text).toContain(definition.greeting.en);
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.messages.some((m) => m.text.includes(definition.greeting.en!))).toBe(false);
  });
});

describe('a message through the port', () => {
  it('records a label posted back, in the conversation’s language, as that button’s choice', async () => {
    const key = newKey();
    await service.open({ channel: 'botframework', key, hints: { locales: ['sv-SE'] }, context: {} });
    await service.message(keyed(key, 'm1', { label: labelOf('plumbing', 'sv').toUpperCase() }));
    expect((await store.findByExternalId('botframework', key))?.state.answers.industry).toMatchObject({ value: 'plumbing', source: 'button' });
  });

  it('maps a label the first message carries against the greeting’s own choices', async () => {
    const key = newKey();
    await service.message(keyed(key, 'm1', { label: labelOf('hvac', 'en') }));
    expect((await store.findByExternalId('botframework', key))?.state.answers.industry).toMatchObject({ value: 'hvac', source: 'button' });
  });

  it('reads a label that names no choice as typed text', async () => {
    const key = newKey();
    await service.open({ channel: 'botframework', key, context: {} });
    await service.message(keyed(key, 'm1', { label: 'we are a plumbing company' }));
    expect((await store.findByExternalId('botframework', key))?.state.answers.industry).toMatchObject({ value: 'plumbing', source: 'asked', raw: expect.stringContaining('plumbing') });
  });

  it('answers a retried message with the stored reply and saves it once', async () => {
    const { conversation } = await service.open({ channel: 'web', context: {} });
    const message: ChannelMessage = { channel: 'web', conversation: { conversationId: conversation.id, visitorId: conversation.visitorId }, clientMessageId: 'retry-1', input: { choice: 'hvac' } };
    const first = await service.message(message);
    const again = await service.message(message);
    expect(first.kind).toBe('processed');
    expect(again).toEqual({ ...first, kind: 'duplicate' });
    expect((await store.transcript(conversation.id))!.filter((m) => m.role === 'visitor')).toHaveLength(1);
  });

  it("finds no conversation of another visitor's, and saves nothing in it", async () => {
    const { conversation } = await service.open({ channel: 'web', context: {} });
    const stranger = { conversationId: conversation.id, visitorId: 'stranger-visitor-0123456789' };
    expect(await service.message({ channel: 'web', conversation: stranger, clientMessageId: 'x1', input: { label: 'Plumbing' } })).toEqual({ kind: 'not_found' });
    expect((await store.transcript(conversation.id))!.filter((m) => m.role === 'visitor')).toEqual([]);
  });

  it('starts in the first language of the hints the definition speaks, else its default', async () => {
    const sv = await service.open({ channel: 'web', hints: { locales: [undefined, 'de-DE', 'sv-SE'] }, context: {} });
    const none = await service.open({ channel: 'web', hints: { locales: ['de-DE'] }, context: {} });
    expect(sv.conversation.locale).toBe('sv');
    expect(sv.messages[0]?.text).toContain(definition.greeting.sv);
    expect(none.conversation.locale).toBe(definition.defaultLocale);
  });
});

describe('the definition a conversation starts on', () => {
  it('is the one published last, from this instance or any other, with no read of the published version per conversation', async () => {
    const own = await pgliteStore();
    try {
      await publishIfChanged(own, definition, 'test', 'first');
      let asked = 0;
      const counted = { ...own, publishedVersion: () => (asked++, own.publishedVersion()) };
      const started = createConversationService({
        store: own,
        definitions: createDefinitionCatalog(counted, definition),
        clock: { now: () => new Date('2026-12-02T07:00:00Z') },
        random: { next: () => 0.5 },
      });
      const open = async () => (await started.open({ channel: 'web', context: {} })).conversation.definitionVersion;
      expect([await open(), await open(), await open()]).toEqual([1, 1, 1]);
      expect(asked, 'read once, for the first conversation').toBe(1);
      // Another instance (or the admin) publishes: the next conversation starts on it, read once again.
      const changed = { ...definition, greeting: { ...definition.greeting, en: 'Hello again!' } };
      await publishIfChanged(own, changed, 'test', 'second');
      const next = await started.open({ channel: 'web', context: {}, hints: { locales: ['en'] } });
      expect(next.conversation.definitionVersion).toBe(2);
      expect(next.messages[0]?.text).toContain('Hello again!');
      expect([await open(), await open()]).toEqual([2, 2]);
      expect(asked).toBe(2);
    } finally {
      await own.close();
    }
  });
});
