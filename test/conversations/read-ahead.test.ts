import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Store, storeOn } from '../../adapters/store/index.js';
import { readerThreads, ReaderUnavailable } from '../../adapters/understanding/reader-thread.js';
import type { MessageReader } from '../../bot/ports/understanding.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { ConversationService } from '../../bot/service/types.js';
import { exampleDefinition } from '../support/example-definition.js';
import { freshPgliteDatabase } from '../support/pglite-template.js';

// Understanding on this thread, counted (as in one-reading.test.ts): a message the reader's worker
// read before the turn is not read here again; one it could not read, or read against a state the
// turn does not find, is read here, once.
vi.mock('../../qualification/understand/understand.js', async (real) => {
  const actual = await real<typeof import('../../qualification/understand/understand.js')>();
  return { understand: vi.fn(actual.understand) };
});
const lookUps = vi.fn(async (_text: string, _locale: string, _conversationId?: string) => ({ text: 'Yes, Fieldwise integrates with Microsoft Teams.', sources: [] }));
let reads: ReturnType<typeof vi.mocked<typeof import('../../qualification/understand/understand.js').understand>>;

const definition = exampleDefinition();
const NOW = new Date('2026-12-02T07:00:00Z');
let store: Store;
/** The service as Kysy runs it (with a reader), on a database another instance without one (`elsewhere`, a store of its own) also turns. */
let served: ConversationService;
let elsewhere: ConversationService;
let failing: ConversationService;
const reader = readerThreads(1, { patienceMs: 30_000 });
const broken = readerThreads(1, { script: () => Promise.reject(new Error('no bundle')) });

/** A new reader refuses reads until its worker is up and has learned the definition. */
async function started(started: MessageReader, learned: LeadDefinition) {
  for (const since = Date.now(); ; await new Promise((r) => setTimeout(r, 20))) {
    try {
      return await started.read(learned, 'hello', { locale: 'en', now: NOW, asking: null });
    } catch (error) {
      if (!(error instanceof ReaderUnavailable) || Date.now() - since > 100_000) throw error;
    }
  }
}

beforeAll(async () => {
  // The service and the engine loaded afresh, so that they import the counted understanding (one-reading.test.ts).
  vi.resetModules();
  reads = vi.mocked((await import('../../qualification/understand/understand.js')).understand);
  const { createConversationService } = await import('../../bot/service/conversation-service.js');
  const { createDefinitionCatalog, publishIfChanged } = await import('../../bot/service/definition-catalog.js');
  const database = await freshPgliteDatabase();
  store = await storeOn(database);
  // Another process on the same database: it remembers only what it did itself.
  const other = await storeOn(database);
  await publishIfChanged(store, definition, 'test', 'read ahead');
  const catalog = createDefinitionCatalog(store, definition);
  const service = (with_: { reader?: MessageReader }) =>
    createConversationService({
      store: with_.reader === undefined ? other : store,
      definitions: with_.reader === reader ? catalog : createDefinitionCatalog(store, definition),
      clock: { now: () => NOW },
      random: { next: () => 0.5 },
      knowledge: { answer: (...asked) => lookUps(...asked) },
      ...with_,
    });
  served = service({ reader });
  elsewhere = service({});
  failing = service({ reader: broken });
  // The reader learns the definition as the service holds it (read back from the store) before it reads against it.
  await started(reader, (await catalog.current()).definition);
}, 120_000);
afterAll(async () => {
  await Promise.all([store.close(), reader.close(), broken.close()]);
  vi.doUnmock('../../qualification/understand/understand.js');
  vi.resetModules();
});

let visitors = 0;
let n = 0;
const opened = async (service: ConversationService) =>
  (await service.open({ channel: 'web', visitorId: `read-ahead-visitor-${++visitors}`, hints: { locales: ['en'] }, context: {} })).conversation;

/** One turn by `service`, and how many times this thread read its message. */
async function turn(service: ConversationService, c: { id: string; visitorId: string }, text: string) {
  reads.mockClear();
  const reply = await service.message({ channel: 'web', conversation: { conversationId: c.id, visitorId: c.visitorId }, clientMessageId: `m${++n}`, input: { text } });
  if (reply.kind === 'not_found') throw new Error('no such conversation');
  return { reply, readsHere: reads.mock.calls.filter(([, read]) => read === text).length };
}

const TEXTS = ['We are an HVAC company in Gothenburg with about 40 people', 'paper and excel', 'Do you integrate with Teams?', 'scheduling', 'within 3 months', 'not sure yet'];

describe('messages read before their turn on another thread', () => {
  it('reads a conversation it started or turned on the reader, and takes the very turn this thread would', async () => {
    const [ahead, here] = [await opened(served), await opened(elsewhere)];
    for (const text of TEXTS) {
      const [a, h] = [await turn(served, ahead, text), await turn(elsewhere, here, text)];
      expect(a.readsHere).toBe(0);
      expect(h.readsHere).toBe(1);
      // The wording differs by the visitor's variants (assignVariants); what was recorded and asked next does not.
      expect(a.reply.messages.map((m) => [m.role, m.choices])).toEqual(h.reply.messages.map((m) => [m.role, m.choices]));
      expect({ ...a.reply.state, variants: undefined }).toEqual({ ...h.reply.state, variants: undefined });
    }
  });

  it('looks a question it read up in company knowledge before the turn, which then has the answer and nothing to give back', async () => {
    const c = await opened(served);
    await turn(served, c, TEXTS[0]!);
    lookUps.mockClear();
    const turns = vi.spyOn(store, 'runTurn');
    const { reply, readsHere } = await turn(served, c, 'Do you integrate with Teams?');
    expect(readsHere).toBe(0);
    expect(lookUps.mock.calls).toEqual([['Do you integrate with Teams?', 'en', c.id]]);
    // One turn taken: none gave the conversation back to have the question looked up (NeedsKnowledge).
    expect(turns).toHaveBeenCalledTimes(1);
    turns.mockRestore();
    expect(reply.messages.some((m) => m.text.includes('integrates with Microsoft Teams'))).toBe(true);
  });

  it('reads here a message of a conversation it has not seen', async () => {
    const c = await opened(elsewhere);
    expect((await turn(served, c, TEXTS[0]!)).readsHere).toBe(1);
    expect((await turn(served, c, TEXTS[1]!)).readsHere).toBe(0);
  });

  it('reads again here a message read against a question another instance has moved on from', async () => {
    const c = await opened(served);
    await turn(served, c, TEXTS[0]!);
    const moved = await turn(elsewhere, c, TEXTS[1]!);
    const { reply, readsHere } = await turn(served, c, 'scheduling');
    expect(readsHere).toBe(1);
    expect(reply.state.answers[moved.reply.state.asking!]?.raw).toBe('scheduling');
  });

  it('reads every message here when the reader cannot, and loses none', async () => {
    const c = await opened(failing);
    for (const text of TEXTS.slice(0, 2)) {
      const { reply, readsHere } = await turn(failing, c, text);
      expect(readsHere).toBe(1);
      expect(reply.kind).toBe('processed');
    }
  });
});
