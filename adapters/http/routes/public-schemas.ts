import { z } from 'zod';
import { Asking, type ConversationState, Reply } from '../../../bot/conversation.js';
import type { StoredMessage } from '../../../bot/ports/store.js';
import { KnownFacts } from '../../../bot/host/known.js';
import { QUALIFIED } from '../../../bot/lead/events.js';

/** Ids the store hands out; anything else cannot name a conversation. */
export const ConversationId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a conversation id')
  .meta({ description: 'A conversation id, as POST /api/conversations returned it.', example: 'c_8fJ2kQ1xZ0' });

/** Visitor ids are opaque random strings the server (or the widget, from an earlier visit) holds. */
export const VisitorId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,128}$/, 'must be 16-128 letters, digits, - or _')
  .meta({ description: "The visitor's secret id: their key to their own conversations.", example: 'v_3kR9sQ2mX7pL1aZ4' });

/** The id of a proactive greeting the definition declares. */
export const GreetingId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'is not a greeting id').max(64);

export const StartBody = z.object({
  locale: z.string().max(35).optional(),
  visitorId: VisitorId.optional(),
  context: z
    .object({
      pageUrl: z.string().max(2000).optional(),
      referrer: z.string().max(2000).optional(),
      utm: z.record(z.string().max(64), z.string().max(256)).optional(),
    })
    .optional(),
  known: KnownFacts.optional(),
  greeting: GreetingId.optional(),
}).meta({
  id: 'StartConversation',
  description: 'A wish for the language (else Accept-Language, else the definition\'s default), a visitor id kept from an earlier visit, and where the visitor is.',
  example: { locale: 'fi', visitorId: 'v_3kR9sQ2mX7pL1aZ4', context: { pageUrl: 'https://www.example.com/pricing', utm: { source: 'newsletter' } } },
});

export const MessageBody = z
  .object({
    clientMessageId: z.string().min(1, 'is required').max(100).regex(/^[A-Za-z0-9_.:-]+$/, 'may hold only letters, digits and - _ . :'),
    text: z.string().trim().min(1, 'is empty').max(4000).optional(),
    choice: z.string().min(1, 'is empty').max(200).optional(),
    known: KnownFacts.optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.choice === undefined), {
    message: 'send exactly one of text or choice',
  })
  .meta({
    id: 'VisitorMessage',
    description: 'Exactly one of `text` (typed) or `choice` (a button id). Sending the same `clientMessageId` again returns the stored reply: retries are safe.',
    example: { clientMessageId: 'm-1701500000-1', text: 'We are about 40 people' },
  });

/** The only message shape a visitor sees: no score, decision, owner or internal ids. */
export const BotMessage = Reply.extend({ id: z.string() }).meta({
  id: 'BotMessage',
  example: { id: 'msg_2', text: 'Which field is your company in?', choices: [{ id: 'hvac', label: 'HVAC' }], asking: 'industry' },
});
export type BotMessage = z.infer<typeof BotMessage>;
export const TranscriptMessage = BotMessage.extend({ role: z.enum(['bot', 'visitor', 'rep']) });
/** `asking`: what the bot's last question is about (criterion id, "consent", or null); `done`: nothing more to say. */
/** `qualified`: whether the visitor qualified (true / false), null until decided; never a score or which decision. */
export const VisitorState = z
  .object({ asking: Asking, done: z.boolean(), qualified: z.boolean().nullable() })
  .meta({ id: 'VisitorState', example: { asking: 'industry', done: false, qualified: null } });

export const TurnReply = z.object({ messages: z.array(BotMessage), state: VisitorState }).meta({ id: 'TurnReply' });
export const StartReply = TurnReply.extend({ conversationId: ConversationId, visitorId: VisitorId }).meta({ id: 'StartReply' });
export const TranscriptReply = z
  .object({ conversationId: ConversationId, messages: z.array(TranscriptMessage), state: VisitorState })
  .meta({ id: 'Transcript' });

export function botMessage(message: StoredMessage): BotMessage {
  return {
    id: message.id,
    text: message.text,
    ...(message.choices?.length ? { choices: message.choices.map((c) => ({ id: c.id, label: c.label })) } : {}),
    ...(message.asking !== undefined ? { asking: message.asking } : {}),
  };
}

export function transcriptMessage(message: StoredMessage): z.infer<typeof TranscriptMessage> {
  return { ...botMessage(message), role: message.role };
}

/** `done` once the bot has closed and no person is talking with the visitor: a rep keeps it open. */
export function visitorState(state: ConversationState): z.infer<typeof VisitorState> {
  const qualified = state.decision === 'incomplete' ? null : QUALIFIED.includes(state.decision);
  return { asking: state.asking, done: state.phase === 'closed' && !state.humanActive, qualified };
}

export const GreetingQuery = z.object({
  path: z.string().startsWith('/', 'must be a path starting with /').max(2000),
  locale: z.string().max(35).optional(),
  greeting: GreetingId.optional(),
});
export const GreetingReply = z
  .object({ greeting: z.object({ id: GreetingId, text: z.string(), delayMs: z.number() }).nullable() })
  .meta({ id: 'GreetingReply', example: { greeting: { id: 'pricing', text: 'Comparing plans? I can help you find the right one.', delayMs: 8000 } } });
