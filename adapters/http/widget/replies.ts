/**
 * The shapes the bot's API answers with, checked by hand: a schema library would double the bundle
 * a customer's visitors download. `replies.test.ts` holds these to the server's own zod schemas.
 */
export interface Choice {
  id: string;
  label: string;
}
export interface Message {
  id: string;
  text: string;
  role?: 'bot' | 'visitor' | 'rep';
  choices?: Choice[];
  asking?: string | null;
}
export interface Turn {
  messages: Message[];
  /** `qualified`: null until the bot has decided; never a score. */
  state: { asking: string | null; done: boolean; qualified: boolean | null };
}
export interface Started extends Turn {
  conversationId: string;
  visitorId: string;
}
export interface Transcript extends Turn {
  conversationId: string;
}
/** A message pushed while the chat is open (a sales rep writing). */
export interface Pushed {
  id: string;
  role: 'bot' | 'rep';
  text: string;
}

export type Check<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const arrayOf = (check: (value: unknown) => boolean) => (value: unknown): boolean => Array.isArray(value) && value.every(check);
const isRole = (value: unknown): boolean => value === 'bot' || value === 'visitor' || value === 'rep';

const isChoice = (value: unknown): boolean => isRecord(value) && isString(value.id) && isString(value.label);

const isMessage = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) &&
  isString(value.id) &&
  isString(value.text) &&
  (value.choices === undefined || arrayOf(isChoice)(value.choices)) &&
  (value.asking == null || isString(value.asking));

/** A turn's messages are the bot's and carry no role; a transcript's each name theirs. */
const isTurnOf = (message: (value: unknown) => boolean) => (value: unknown): value is Turn =>
  isRecord(value) &&
  arrayOf(message)(value.messages) &&
  isRecord(value.state) &&
  (value.state.asking === null || isString(value.state.asking)) &&
  typeof value.state.done === 'boolean' &&
  (value.state.qualified === null || typeof value.state.qualified === 'boolean');

export const isTurn: Check<Turn> = isTurnOf((value) => isMessage(value) && (value.role === undefined || isRole(value.role)));

export const isStarted: Check<Started> = (value): value is Started =>
  isTurn(value) && isString((value as Partial<Started>).conversationId) && isString((value as Partial<Started>).visitorId);

const isTranscriptTurn = isTurnOf((value) => isMessage(value) && isRole(value.role));
export const isTranscript: Check<Transcript> = (value): value is Transcript =>
  isTranscriptTurn(value) && isString((value as Partial<Transcript>).conversationId);

export const isPushed: Check<Pushed> = (value): value is Pushed =>
  isRecord(value) && isString(value.id) && isString(value.text) && (value.role === 'bot' || value.role === 'rep');

/** A proactive greeting for the page, or null. */
export interface Greeting {
  id: string;
  text: string;
  delayMs: number;
}
export const isGreetingReply: Check<{ greeting: Greeting | null }> = (value): value is { greeting: Greeting | null } =>
  isRecord(value) &&
  (value.greeting === null || (isRecord(value.greeting) && isString(value.greeting.id) && isString(value.greeting.text) && typeof value.greeting.delayMs === 'number'));
