import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import type { ConversationService } from '../../bot/service/types.js';
import { exampleDefinition } from '../support/example-definition.js';
import { pgliteStore } from '../support/stores.js';

// The real understanding, counted: a typed message is read once per turn (issue 13), however often the
// store decides the turn (a lost optimistic write, a consented e-mail address that looks for the
// person's lead) and whether or not company knowledge is asked first.
vi.mock('../../qualification/understand/understand.js', async (real) => {
  const actual = await real<typeof import('../../qualification/understand/understand.js')>();
  return { understand: vi.fn(actual.understand) };
});
let reads: ReturnType<typeof vi.mocked<typeof import('../../qualification/understand/understand.js').understand>>;

const definition = exampleDefinition();
let store: Store;
let service: ConversationService;
let n = 0;

beforeAll(async () => {
  // A worker keeps its modules between files (vitest.config.ts: isolate false): the service and the
  // engine are loaded afresh here, so they import the counted understanding, not a copy loaded before.
  vi.resetModules();
  reads = vi.mocked((await import('../../qualification/understand/understand.js')).understand);
  const { createConversationService } = await import('../../bot/service/conversation-service.js');
  const { createDefinitionCatalog, publishIfChanged } = await import('../../bot/service/definition-catalog.js');
  store = await pgliteStore();
  await publishIfChanged(store, definition, 'test', 'one reading');
  service = createConversationService({
    store,
    definitions: createDefinitionCatalog(store, definition),
    clock: { now: () => new Date('2026-12-02T07:00:00Z') },
    random: { next: () => 0.5 },
    knowledge: { answer: async () => ({ text: 'Yes, Fieldwise integrates with Microsoft Teams.', sources: [] }) },
  });
});
afterAll(async () => {
  await store.close();
  vi.doUnmock('../../qualification/understand/understand.js');
  vi.resetModules();
});
beforeEach(() => {
  reads.mockClear();
});

let visitors = 0;
/** A conversation of a new visitor, or of `visitorId` returning. */
async function opened(visitorId = `one-reading-visitor-${++visitors}`) {
  const { conversation } = await service.open({ channel: 'web', visitorId, hints: { locales: ['en'] }, context: {} });
  return conversation;
}

const send = (c: { id: string; visitorId: string }, input: { text: string } | { choice: string }) =>
  service.message({ channel: 'web', conversation: { conversationId: c.id, visitorId: c.visitorId }, clientMessageId: `m${++n}`, input });

/** A conversation whose next question, consent given, is the e-mail address. */
async function readyForEmail(visitorId?: string) {
  const c = await opened(visitorId);
  for (const text of ['We are an HVAC company in Gothenburg with about 40 people', 'paper and excel', 'scheduling', 'within 3 months']) await send(c, { text });
  await send(c, { choice: 'yes' });
  return c;
}

/** How many times `understand` read the message of one turn. */
async function readsOf(c: { id: string; visitorId: string }, text: string): Promise<number> {
  reads.mockClear();
  const turn = await send(c, { text });
  expect(turn.kind).toBe('processed');
  return reads.mock.calls.filter(([, read]) => read === text).length;
}

describe('a typed message, with company knowledge configured', () => {
  it('an answer is read once', async () => {
    const c = await opened();
    expect(await readsOf(c, 'We are an HVAC company in Gothenburg with about 40 people')).toBe(1);
  });

  it('a question is read once, though it is looked up outside the lock and the turn taken again', async () => {
    const c = await opened();
    expect(await readsOf(c, 'Do you integrate with Teams?')).toBe(1);
  });

  it('an e-mail address given with consent is read once, also when the turn is decided again with the person’s other lead', async () => {
    expect(await readsOf(await readyForEmail(), 'erik.fan@example.se')).toBe(1);
    expect(await readsOf(await readyForEmail(), 'erik.fan@example.se')).toBe(1);
  });

  it('a returning visitor’s first answer is read once, though the turn joins their open lead and is decided again', async () => {
    const earlier = await opened();
    await send(earlier, { text: 'We are an HVAC company' });
    expect(await readsOf(await opened(earlier.visitorId), 'about 40 people in Gothenburg')).toBe(1);
  });
});
