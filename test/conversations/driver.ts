import { expect } from 'vitest';
import type { Answer, Extraction } from '../../qualification/answer.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import type { BotEvent, ConversationState, RememberedConsent, Reply, TurnResult, VisitorInput } from '../../bot/conversation.js';
import { begin, turn } from '../../bot/engine/turn.js';

export interface ChatOptions {
  locale: Locale;
  previousAnswers?: Answer[];
  /** A consent the visitor gave in an earlier conversation. */
  consent?: RememberedConsent;
  variants?: Record<string, string>;
  start?: Date;
}

/**
 * A conversation as a test reads it: the visitor's lines and what the bot asks after each
 * (botbuilder's TestAdapter in spirit). Every turn runs the real engine; a minute passes per turn.
 */
export class Chat {
  state: ConversationState;
  /** Everything the bot said, in order. */
  readonly replies: Reply[] = [];
  readonly events: BotEvent[] = [];
  /** What the bot said in the last turn. */
  last: Reply[] = [];
  private now: Date;

  constructor(
    readonly definition: LeadDefinition,
    options: ChatOptions,
  ) {
    this.now = options.start ?? new Date('2026-11-23T09:00:00.000Z');
    const init = { locale: options.locale, previousAnswers: options.previousAnswers ?? [], consent: options.consent, variants: options.variants ?? {} };
    this.state = this.take(begin(this.definition, init, this.now));
  }

  get asking(): string | null {
    return this.state.asking;
  }

  /** The visitor types a line; `expectAsking` is what the bot's question must be about afterwards. */
  say(text: string, expectAsking?: string | null, modelExtractions?: Extraction[]): this {
    return this.send({ text }, expectAsking, modelExtractions);
  }

  /** The visitor clicks a button by its choice id. */
  click(choice: string, expectAsking?: string | null): this {
    return this.send({ choice }, expectAsking);
  }

  /** A sales rep joins (or leaves) the chat. */
  humanActive(active: boolean): this {
    this.state = { ...this.state, humanActive: active };
    return this;
  }

  /** The reply that asks the current question (with its buttons). */
  question(): Reply | undefined {
    return [...this.last].reverse().find((r) => r.asking !== undefined);
  }

  lastText(): string {
    return this.last.map((r) => r.text).join('\n');
  }

  eventsOf<T extends BotEvent['type']>(type: T): Extract<BotEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<BotEvent, { type: T }> => e.type === type);
  }

  private send(input: VisitorInput, expectAsking?: string | null, modelExtractions?: Extraction[]): this {
    this.now = new Date(this.now.getTime() + 60_000);
    const line = input.text ?? `[${input.choice}]`;
    this.state = this.take(turn(this.definition, this.state, input, this.now, { modelExtractions }));
    if (expectAsking !== undefined) {
      expect(this.state.asking, `after “${line}” the bot said:\n${this.lastText()}`).toBe(expectAsking);
    }
    return this;
  }

  private take(result: TurnResult): ConversationState {
    this.last = result.replies;
    this.replies.push(...result.replies);
    this.events.push(...result.events);
    return result.state;
  }
}

export function chat(definition: LeadDefinition, options: ChatOptions): Chat {
  return new Chat(definition, options);
}
