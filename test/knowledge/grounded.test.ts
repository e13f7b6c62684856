import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startKnowledge, type RunningKnowledge } from '../../adapters/knowledge/index.js';
import { createLlm, type Llm } from '../../adapters/llm/index.js';
import { countTokens, PROMPT_TOKEN_BOUND } from '../../adapters/llm/tokens.js';
import type { Store } from '../../adapters/store/index.js';
import { emptyReply, type FakeOpenAI, startFakeOpenAI } from '../llm/fake-openai.js';
import { pgliteStore } from '../support/stores.js';

const KNOWLEDGE = new URL('../../knowledge/', import.meta.url).pathname;

describe('grounded answers written by the model from the passages', () => {
  let store: Store;
  let folder: string;
  let fake: FakeOpenAI;
  let llm: Llm;
  let running: RunningKnowledge;

  beforeAll(async () => {
    // The tokenizers' tables are read on first use (~1 s of CPU, 4 s and more on a loaded machine): here, in
    // the hook's time, not in the first test's 20 s.
    countTokens('');
    store = await pgliteStore();
    folder = await mkdtemp(join(tmpdir(), 'kysy-grounded-'));
    await cp(KNOWLEDGE, folder, { recursive: true });
    fake = await startFakeOpenAI();
    llm = createLlm({ apiKey: 'k', model: 'gpt-4o-mini', baseURL: fake.url, timeoutMs: 800, wording: false });
    running = await startKnowledge({
      sql: store.sql,
      folder,
      locales: ['en', 'fi', 'sv', 'pl'],
      company: 'Fieldwise',
      fallbackLocale: 'en',
      watch: false,
      model: { call: llm.call, prompts: llm.prompts, meter: llm.meter },
    });
  });
  afterAll(async () => {
    running.close();
    await fake.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.respondWith(emptyReply);
  });

  it('sends the top passages numbered, the question fenced, and keeps only cited sources', async () => {
    fake.respondWith(() => ({ kind: 'json', value: { answered: true, text: 'Yes: job updates and approvals right in Teams.', cites: [1, 7] } }));
    const answer = await running.knowledge.answer('Do you integrate with Teams?', 'en', 'conv-g');
    expect(fake.requests).toHaveLength(1);
    const [system, user] = fake.requests[0]!.body.messages;
    expect(system!.content).toMatch(/\[1\] Integrations: Microsoft Teams\n/);
    expect(user!.content).toBe('<visitor_question>\nDo you integrate with Teams?\n</visitor_question>\n');
    expect(fake.requests[0]!.promptTokens).toBeLessThan(PROMPT_TOKEN_BOUND);
    expect(answer).toEqual({
      text: 'Yes: job updates and approvals right in Teams.',
      sources: [{ title: 'Integrations: Microsoft Teams', url: 'https://fieldwise.example/integrations#microsoft-teams' }],
    });
    expect(llm.meter.usage('conv-g')).toMatchObject({ calls: 1, failures: 0 });
  });

  it('answers a Polish visitor from the English content, in Polish', async () => {
    fake.respondWith(() => ({ kind: 'json', value: { answered: true, text: 'Tak, Fieldwise integruje się z Microsoft Teams.', cites: [1] } }));
    const answer = await running.knowledge.answer('Czy Fieldwise działa z Microsoft Teams?', 'pl');
    expect(fake.requests[0]!.body.messages[0]!.content).toContain('in Polish');
    expect(answer?.text).toBe('Tak, Fieldwise integruje się z Microsoft Teams.');
  });

  it('says it does not know when the passages do not answer', async () => {
    fake.respondWith(() => ({ kind: 'json', value: { answered: false, text: null, cites: [] } }));
    expect(await running.knowledge.answer('Do you integrate with Salesforce?', 'en')).toBeNull();
  });

  it('makes no call when nothing in the content matches', async () => {
    expect(await running.knowledge.answer('What is the capital of Mongolia?', 'en')).toBeNull();
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ['a failed call', { kind: 'status', status: 500 }],
    ['an answer citing nothing it was given', { kind: 'json', value: { answered: true, text: 'Sure, we do everything.', cites: [9] } }],
    ['malformed JSON', { kind: 'malformed' }],
  ] as const)('falls back to the best passage on %s', async (_, reply) => {
    fake.respondWith(() => reply);
    const answer = await running.knowledge.answer('Do you integrate with Teams?', 'en');
    expect(answer?.text).toMatch(/^Yes, Fieldwise integrates with Microsoft Teams/);
    expect(answer?.sources[0]?.url).toBe('https://fieldwise.example/integrations#microsoft-teams');
  });
});
