import { type KnownCompanies, routesOnCompany } from '../../qualification/route/company.js';
import type { ConversationState, VisitorInput } from '../conversation.js';
import { type Reading, readMessage, readingFor } from '../engine/reading.js';
import { begin, turn } from '../engine/turn.js';
import { type KnownFacts, knownAnswers } from '../host/known.js';
import { pageGreeting } from '../host/proactive.js';
import type { OpenConversation, Opened } from '../ports/channel.js';
import type { Knowledge, ModelUnderstanding } from '../ports/model.js';
import type { MessageReader } from '../ports/understanding.js';
import type { Clock, Random } from '../ports/runtime.js';
import type { ConversationStore, LoadedConversation, PeekedTurn, TurnOutcome } from '../ports/store.js';
import { VersionMoved } from '../ports/definitions.js';
import type { DefinitionCatalog } from './definition-catalog.js';
import { type BeforeTurn, beforeTurn } from './model-step.js';
import { readAhead } from './read-ahead.js';
import { relayToPerson } from './relay.js';
import { buildTurnCommit } from './turn-commit.js';
import { applyWording } from './wording.js';
import type { ConversationService, Handled } from './types.js';
import { channelPort } from './channels.js';
import { pickLocale } from './locale-pick.js';
import { assignVariants, newVisitorId } from './variants.js';

export interface ServiceDeps {
  store: ConversationStore;
  definitions: DefinitionCatalog;
  clock: Clock;
  random: Random;
  /** Optional model understanding (LLM); without it understanding is deterministic only. */
  understandModel?: ModelUnderstanding;
  /** Optional answers to visitor questions from the company's own content. */
  knowledge?: Knowledge;
  /** Customers already known, for routing rules on `company.known` (read only once a definition has such a rule). */
  companies?: { knownCompanies(): Promise<KnownCompanies> };
  /** Let the model reword the next question (needs understandModel). */
  wording?: boolean;
  /** Reads typed messages on another thread, before their turn (see read-ahead.ts); without it, on this one, in the turn. */
  reader?: MessageReader;
}

/** What was learned before the turn: the look-ahead's, and the store's read it came from (the turn then needs no read of its own). */
type Ahead = BeforeTurn & { peeked?: PeekedTurn };

/** What the locked turn needed was not in memory: a definition version, or (null) the known customers. */
class NeedsLoading extends Error {
  constructor(readonly version: number | null) {
    super(version === null ? 'known customers are not loaded' : `definition version ${version} is not loaded`);
  }
}

/** The locked turn read a question for company knowledge, which is asked outside the lock: ask it, then take the turn again. */
class NeedsKnowledge extends Error {
  constructor(
    readonly reading: Reading,
    readonly conversationId: string,
  ) {
    super('the message asks the company something');
  }
}

/** Loading a definition, the known customers and asking company knowledge may each interrupt a turn once. */
const MAX_ATTEMPTS = 4;

export function createConversationService(deps: ServiceDeps): ConversationService {
  const { store, definitions, clock, random, understandModel, knowledge } = deps;
  const readOnReader = deps.reader && readAhead(deps.reader);

  async function definitionOf(version: number) {
    const published = await definitions.version(version);
    if (!published) throw new Error(`definition version ${version} is missing from the store`);
    return published.definition;
  }

  // Customers already known, read for a turn only once a definition routing on `company.known` was met.
  let routesOnCompanies = false;
  async function knownCustomers(): Promise<KnownCompanies | undefined> {
    return routesOnCompanies && deps.companies ? deps.companies.knownCompanies() : undefined;
  }

  async function runLocked(
    conversationId: string,
    visitorId: string,
    clientMessageId: string,
    input: VisitorInput,
    looked: Ahead,
    now: Date,
    facts?: KnownFacts,
  ): Promise<TurnOutcome> {
    let ahead = looked;
    // The store may decide a turn more than once (an optimistic write lost to another writer, the
    // person's other lead found by the turn itself): the message is read once, and reused while it fits.
    let read = looked.reading;
    // Read (awaited) only once a definition routing on them was met: most turns have nothing to wait for.
    let customers = routesOnCompanies ? await knownCustomers() : undefined;
    // The decide callback runs inside the store's transaction and may not await: the definition (and
    // the known customers, when it routes on them, and company knowledge's answer to a question) must
    // already be in memory. Otherwise load or ask, and retry.
    const decide = ({ conversation, lead }: LoadedConversation) => {
      const definition = definitions.loaded(conversation.definitionVersion);
      if (!definition) throw new NeedsLoading(conversation.definitionVersion);
      if (customers === undefined && deps.companies && routesOnCompany(definition)) throw new NeedsLoading(null);
      const reading = input.text === undefined ? undefined : (read = readingFor(read, definition, conversation.state, input.text, now));
      if (reading && asksKnowledge(conversation.state, reading)) throw new NeedsKnowledge(reading, conversation.id);
      const known = knownAnswers(definition, facts, now);
      const result = turn(definition, conversation.state, input, now, { modelExtractions: ahead.modelExtractions, knowledge: ahead.knowledge, reading, known, customers });
      const commit = buildTurnCommit(definition, conversation, input, { ...result, replies: applyWording(result.replies, ahead.wording) }, now, lead);
      return relayToPerson(commit, conversation, clientMessageId, lead);
    };
    // A question for company knowledge not looked up before the turn (see `handle`). An answer looked up
    // for this text holds for any reading of it in the same language (`Knowledge.answer` is asked both).
    const lookedUp = (reading: Reading) => ahead.knowledge !== undefined && ahead.reading?.locale === reading.locale;
    const asksKnowledge = (state: ConversationState, reading: Reading) => knowledge !== undefined && !state.humanActive && reading.intents.includes('question') && !lookedUp(reading);
    for (let attempt = 1; ; attempt++) {
      try {
        return await store.runTurn(conversationId, clientMessageId, decide, visitorId, ahead.peeked);
      } catch (error) {
        if (!(error instanceof NeedsLoading || error instanceof NeedsKnowledge) || attempt === MAX_ATTEMPTS) throw error;
        if (error instanceof NeedsKnowledge) {
          const { reading } = error;
          ahead = { ...ahead, knowledge: await knowledge!.answer(reading.text, reading.locale, error.conversationId), reading };
        } else if (error.version !== null) await definitionOf(error.version);
        else {
          routesOnCompanies = true;
          customers = await knownCustomers();
        }
      }
    }
  }

  /** The model (and company knowledge, for a question) is asked before the row lock, never while holding it. */
  async function lookAhead(conversationId: string, clientMessageId: string, visitorId: string, text: string, now: Date): Promise<Ahead | 'not_found'> {
    // One read: a message already answered needs no look-ahead (the locked turn hands back the stored
    // reply), and no model call for someone else's conversation (the locked turn checks both again).
    const peeked = await store.peekTurn(conversationId, clientMessageId, visitorId);
    if (peeked.kind === 'answered') return { wording: null };
    if (peeked.kind === 'not_found') return 'not_found';
    const { conversation } = peeked;
    const definition = await definitionOf(conversation.definitionVersion);
    const reading = (await readOnReader?.(definition, conversation.state, text, now)) ?? readMessage(definition, conversation.state, text, now);
    return { ...(await beforeTurn({ model: understandModel, knowledge, wording: deps.wording }, conversation.id, conversation.state, reading)), peeked };
  }

  /**
   * The message read on the reader against what this process's store remembers of the conversation, and
   * a question it reads looked up in company knowledge, both before the turn: the locked turn keeps
   * them when it finds that state (reading.ts, `readingFor`), and reads or asks itself otherwise.
   */
  async function readFirst(conversationId: string, text: string, now: Date): Promise<Ahead> {
    const last = readOnReader && store.remembered(conversationId);
    const definition = last && definitions.loaded(last.definitionVersion);
    const reading = definition && (await readOnReader!(definition, last.state, text, now));
    if (!reading) return { wording: null };
    if (knowledge && !last.state.humanActive && reading.intents.includes('question')) {
      return { wording: null, reading, knowledge: await knowledge.answer(reading.text, reading.locale, conversationId) };
    }
    return { wording: null, reading };
  }

  /**
   * A new conversation: its language picked from the channel's hints, its greeting and first question
   * saved. Begun on the version last known published, saved only if it still is (no read of the
   * published version first); when another was published meanwhile, begun again on that one.
   */
  async function start(request: OpenConversation): Promise<Opened> {
    const visitorId = request.visitorId ?? newVisitorId(random);
    // Only a visitor id the client kept can have a history; a new one cannot.
    const previousAnswers = request.visitorId ? await store.visitorAnswers(visitorId) : [];
    const consent = request.visitorId ? await store.rememberedConsent(visitorId) : null;
    let published = definitions.lastPublished() ?? (await definitions.current());
    for (let attempt = 1; ; attempt++) {
      const definition = published.definition;
      const locale = pickLocale(definition, request.hints?.locales);
      const now = clock.now();
      const known = knownAnswers(definition, request.hints?.known, now);
      const result = begin(definition, { locale, previousAnswers, consent, variants: assignVariants(definition, visitorId), known, greeting: request.greeting }, now);
      try {
        const opened = await store.createConversation({
          channel: request.channel,
          visitorId,
          externalId: request.key,
          locale,
          context: request.context,
          definitionVersion: published.version,
          newestOnly: true,
          state: result.state,
          replies: result.replies,
          events: result.events,
        });
        return opened;
      } catch (error) {
        if (!(error instanceof VersionMoved) || attempt === MAX_ATTEMPTS) throw error;
        published = await definitions.current();
      }
    }
  }

  /** One turn; a conversation of another visitor than `visitorId` is `not_found`, exactly like a missing one. */
  async function handle(conversationId: string, clientMessageId: string, input: VisitorInput, visitorId: string, known?: KnownFacts): Promise<Handled> {
    // One instant for the whole turn: the look-ahead's reading stays valid for the locked turn.
    const now = clock.now();
    // Without a model only a question needs anything from outside (company knowledge), and no message
    // costs a read of the conversation before the turn. With a reader the message is read on another
    // thread first, against what this process last left of the conversation, and a question looked up
    // then; otherwise the locked turn reads it and, for a question, gives the lock back to have it
    // looked up (`NeedsKnowledge`).
    const ahead =
      input.text === undefined ? { wording: null } : understandModel ? await lookAhead(conversationId, clientMessageId, visitorId, input.text, now) : await readFirst(conversationId, input.text, now);
    if (ahead === 'not_found') return { kind: 'not_found' };
    const outcome = await runLocked(conversationId, visitorId, clientMessageId, input, ahead, now, known);
    if (outcome.kind === 'not_found') return outcome;
    return { kind: outcome.kind, messages: outcome.messages, state: outcome.state };
  }

  return {
    ...channelPort({ store, start, handle }),

    async greeting(path, locales, requested) {
      const { definition } = await definitions.current();
      const chosen = pageGreeting(definition, path, requested);
      const text = chosen && (chosen.text[pickLocale(definition, locales)] ?? chosen.text[definition.defaultLocale]);
      return chosen && text ? { id: chosen.id, text, delayMs: Math.round(chosen.delaySeconds * 1000) } : null;
    },

    async transcript(conversationId) {
      const loaded = await store.load(conversationId);
      if (!loaded) return null;
      const messages = (await store.transcript(conversationId)) ?? [];
      return { conversation: loaded.conversation, messages };
    },
  };
}
