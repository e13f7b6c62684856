import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConversationState } from '../bot/conversation.js';
import type { Knowledge } from '../bot/ports/model.js';
import type { ConversationLead, ConversationRecord, ConversationStore, LoadedConversation, StoredMessage, TurnOutcome } from '../bot/ports/store.js';
import { createConversationService } from '../bot/service/conversation-service.js';
import { createDefinitionCatalog } from '../bot/service/definition-catalog.js';
import type { ConversationService } from '../bot/service/types.js';
import { parseDefinition } from '../qualification/definition/parse.js';
import { seededRandom } from '../test/support/seeded-random.js';
import { LOCALES, TypingVisitor, type Seen } from './turns/visitor.js';

/**
 * `tsx bench/core-turns.ts`: CPU microseconds per turn the pure core spends — the conversation
 * service, the engine, understanding, scoring and routing, reply rendering — with no HTTP and no
 * database: the bench:turns visitors typing in en/fi/sv/pl through the web channel port into a store
 * kept in memory. What a store costs is not counted: its rows are kept as they come (a real store
 * parses them on the way out, `adapters/store/records.ts`). Knowledge is configured (the shipped
 * definition names a folder) but knows nothing, so each typed message is looked ahead like in
 * production. BENCH_CORE_CONVERSATIONS (400) conversations per round: the first round, and the fastest of 5 more.
 */
const ROOT = new URL('..', import.meta.url);
const CONVERSATIONS = Number(process.env.BENCH_CORE_CONVERSATIONS ?? 400);
const ROUNDS = 5;

/** Just what the service's turn path uses, in memory; the rest is never called here. */
function memoryStore(): ConversationStore {
  const conversations = new Map<string, { record: ConversationRecord; lead: ConversationLead | null; messages: StoredMessage[]; answered: Set<string> }>();
  let ids = 0;
  const at = new Date('2026-01-15T10:00:00Z').toISOString();
  const stored = (conversationId: string, role: StoredMessage['role'], reply: { text: string; choices?: StoredMessage['choices']; asking?: string | null }): StoredMessage => ({
    id: `m${++ids}`,
    conversationId,
    role,
    text: reply.text,
    ...(reply.choices ? { choices: reply.choices } : {}),
    ...(role === 'bot' ? { asking: reply.asking ?? null } : {}),
    createdAt: at,
  });
  const unused = () => Promise.reject(new Error('not used by the bench'));
  return {
    async createConversation(input) {
      const id = `c${++ids}`;
      const record: ConversationRecord = {
        id,
        visitorId: input.visitorId ?? `v${id}`,
        leadId: id,
        channel: input.channel,
        externalId: input.externalId ?? null,
        locale: input.locale,
        context: input.context,
        definitionVersion: input.definitionVersion,
        state: input.state,
        createdAt: at,
        updatedAt: at,
      };
      const messages = input.replies.map((r) => stored(id, 'bot', r));
      conversations.set(id, { record, lead: null, messages, answered: new Set() });
      return { conversation: record, messages, created: true };
    },
    async peekTurn(conversationId, clientMessageId, visitorId) {
      const found = conversations.get(conversationId);
      if (!found || found.record.visitorId !== visitorId) return { kind: 'not_found' };
      return found.answered.has(clientMessageId) ? { kind: 'answered' } : { kind: 'open', conversation: found.record, lead: found.lead, version: '' };
    },
    async runTurn(conversationId, clientMessageId, decide: (loaded: LoadedConversation) => ReturnType<Parameters<ConversationStore['runTurn']>[2]>, visitorId): Promise<TurnOutcome> {
      const found = conversations.get(conversationId);
      if (!found || (visitorId !== undefined && found.record.visitorId !== visitorId)) return { kind: 'not_found' };
      const commit = decide({ conversation: found.record, lead: found.lead });
      found.answered.add(clientMessageId);
      const messages = commit.replies.map((r) => stored(conversationId, 'bot', r));
      found.record = { ...found.record, state: commit.state };
      found.lead = { id: found.lead?.id ?? conversationId, status: found.lead?.status ?? 'open', qualifiedAs: commit.lead.decision };
      return { kind: 'processed', messages, state: commit.state };
    },
    remembered(conversationId) {
      const found = conversations.get(conversationId)?.record;
      return found && { definitionVersion: found.definitionVersion, state: found.state };
    },
    async findByExternalId() {
      return null;
    },
    async offeredChoices() {
      return [];
    },
    async visitorAnswers() {
      return [];
    },
    async rememberedConsent() {
      return null;
    },
    load: unused,
    transcript: unused,
    listConversations: unused,
    conversationDetail: unused,
    leadDetail: unused,
  };
}

/** Knowledge configured but empty: every question is looked up, none is answered. */
const noKnowledge: Knowledge = { answer: async () => null };

function service(): ConversationService {
  const parsed = parseDefinition(readFileSync(new URL('lead-definition.example.yaml', ROOT), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const definition = parsed.definition;
  const definitionStore = {
    published: async () => ({ version: 1, definition, author: 'bench', note: '', createdAt: '' }),
    publishedVersion: async () => 1,
    version: async (v: number) => (v === 1 ? { version: 1, definition, author: 'bench', note: '', createdAt: '' } : null),
    publish: () => Promise.reject(new Error('not used by the bench')),
  };
  let tick = Date.parse('2026-01-15T10:00:00Z');
  return createConversationService({
    store: memoryStore(),
    definitions: createDefinitionCatalog(definitionStore, definition),
    clock: { now: () => new Date((tick += 1000)) },
    random: { next: seededRandom(7) },
    knowledge: noKnowledge,
  });
}

function seen(messages: StoredMessage[], state: ConversationState): Seen {
  const asked = [...messages].reverse().find((m) => m.choices && m.asking === state.asking);
  return { asking: state.asking, choices: asked?.choices ?? [], done: state.phase === 'closed' && !state.humanActive };
}

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** `CONVERSATIONS` whole conversations one after another: CPU µs per request (a start or a typed message). */
async function round(kysy: ConversationService, seed: number): Promise<{ micros: number; turns: number }> {
  const random = seededRandom(seed);
  let turns = 0;
  let messages = 0;
  const started = cpuMicros();
  for (let i = 0; i < CONVERSATIONS; i++) {
    const visitor = new TypingVisitor(LOCALES[i % LOCALES.length]!, random);
    const opened = await kysy.open({ channel: 'web', hints: { locales: [visitor.locale] }, context: {} });
    turns += 1;
    let now = seen(opened.messages, opened.conversation.state);
    const { id, visitorId } = opened.conversation;
    for (let text = visitor.next(now); text !== null; text = visitor.next(now)) {
      const reply = await kysy.message({ channel: 'web', conversation: { conversationId: id, visitorId }, clientMessageId: `m${++messages}`, input: { text } });
      if (reply.kind === 'not_found') throw new Error('conversation lost');
      turns += 1;
      now = seen(reply.messages, reply.state);
    }
  }
  return { micros: (cpuMicros() - started) / turns, turns };
}

/**
 * The first round on a fresh service (the definition compiled, the code not yet optimised: what a
 * server just started pays), then the fastest of `ROUNDS` more, each with visitors of its own.
 */
export async function measureCoreTurns(): Promise<{ cold: number; warm: number; turns: number }> {
  const kysy = service();
  const cold = await round(kysy, 1);
  const rounds: { micros: number; turns: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(await round(kysy, r + 2));
  const warm = Math.min(...rounds.map((r) => r.micros));
  return { cold: cold.micros, warm, turns: cold.turns };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { cold, warm, turns } = await measureCoreTurns();
  console.log(`core turns: ${warm.toFixed(0)} µs CPU per request in the core warm, ${cold.toFixed(0)} µs in the first ${CONVERSATIONS} conversations (${turns} requests) of a fresh service; no HTTP, no database`);
}
