import { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import type { ConversationService } from '../../../bot/service/types.js';
import { jsonBody } from '../clean-input.js';
import { constantTimeEqual } from '../constant-time.js';
import { HttpError, parseOr400 } from '../errors.js';
import { ConversationId, GreetingQuery, MessageBody, StartBody, StartReply, TurnReply, VisitorId, botMessage, transcriptMessage, visitorState } from './public-schemas.js';

/** The largest body the public API reads, in bytes (16 kB); bigger ones are answered 413. */
const BODY_LIMIT = 16 * 1024;
export const IdParam = z.object({ id: ConversationId });
const VisitorParam = z.object({ visitorId: VisitorId });
/** The browser's languages in its order of preference ("de-DE,de;q=0.9,sv;q=0.8": a German speaker who reads Swedish); a few are plenty. */
const languagesOf = (req: Request) => req.acceptsLanguages().slice(0, 8);

/** The visitor's secret id: the X-Kysy-Visitor header (or ?visitorId=, for links and EventSource). */
function visitorOf(req: Request): string {
  const visitor = req.get('x-kysy-visitor') ?? (typeof req.query.visitorId === 'string' ? req.query.visitorId : undefined);
  if (!visitor) throw new HttpError('bad_request', 'visitorId is required: send the X-Kysy-Visitor header or ?visitorId=.');
  return parseOr400(VisitorParam, { visitorId: visitor }).visitorId;
}

/** A body that is present must be JSON; an absent (or empty) one is an empty object. */
function requireJson(req: Request, _res: unknown, next: (error?: unknown) => void) {
  const empty = req.get('content-length') === '0' || (!req.get('content-length') && !req.get('transfer-encoding'));
  if (!empty && !req.is('application/json')) next(new HttpError('unsupported_media_type', 'Send the body as application/json.'));
  else next();
}

/** POST /api/conversations (201): a new conversation, its greeting and first question. */
export async function startConversation(service: ConversationService, req: Request): Promise<z.infer<typeof StartReply>> {
  const body = parseOr400(StartBody, req.body ?? {});
  const { conversation, messages } = await service.open({
    channel: 'web',
    visitorId: body.visitorId,
    hints: { locales: [body.locale, ...languagesOf(req)], known: body.known },
    context: body.context ?? {},
    greeting: body.greeting,
  });
  return {
    conversationId: conversation.id,
    visitorId: conversation.visitorId,
    messages: messages.filter((m) => m.role === 'bot').map(botMessage),
    state: visitorState(conversation.state),
  };
}

/** POST /api/conversations/:id/messages: the bot's reply to one visitor message. */
export async function answerMessage(service: ConversationService, req: Request): Promise<z.infer<typeof TurnReply>> {
  const { id } = parseOr400(IdParam, req.params);
  const body = parseOr400(MessageBody, req.body ?? {});
  const visitorId = visitorOf(req);
  const outcome = await service.message({
    channel: 'web',
    conversation: { conversationId: id, visitorId },
    clientMessageId: body.clientMessageId,
    input: body.text !== undefined ? { text: body.text } : { choice: body.choice as string },
    hints: { known: body.known },
  });
  if (outcome.kind === 'not_found') throw new HttpError('not_found', 'No such conversation.');
  return { messages: outcome.messages.filter((m) => m.role === 'bot').map(botMessage), state: visitorState(outcome.state) };
}

/** How the public API reads a body: JSON (or none), at most BODY_LIMIT, parsed by express.json and cleaned. */
export const visitorBody = (): RequestHandler[] => [requireJson, jsonBody(BODY_LIMIT)];

/**
 * The widget's API. Replies carry text and buttons only; scores, decisions and owners stay on the server.
 * `json`: the app's body reader (visitorBody), shared with the hot lane.
 */
export function publicApi(service: ConversationService, json = visitorBody()): Router {
  const router = Router();

  router.post('/api/conversations', ...json, async (req, res) => {
    res.status(201).json(await startConversation(service, req));
  });

  router.post('/api/conversations/:id/messages', ...json, async (req, res) => {
    res.json(await answerMessage(service, req));
  });

  // The proactive greeting for the page the widget is on (none on excluded pages): public copy only.
  router.get('/api/greeting', async (req, res) => {
    const query = parseOr400(GreetingQuery, req.query);
    // Shared caches must keep one greeting per language.
    res.set({ 'Cache-Control': 'public, max-age=60', Vary: 'Accept-Language' });
    res.json({ greeting: await service.greeting(query.path, [query.locale, ...languagesOf(req)], query.greeting) });
  });

  router.get('/api/conversations/:id', async (req, res) => {
    const { id } = parseOr400(IdParam, req.params);
    const visitorId = visitorOf(req);
    const transcript = await service.transcript(id);
    // Someone else's conversation looks exactly like a missing one.
    if (!transcript || !constantTimeEqual(transcript.conversation.visitorId, visitorId)) {
      throw new HttpError('not_found', 'No such conversation.');
    }
    res.json({
      conversationId: transcript.conversation.id,
      messages: transcript.messages.map(transcriptMessage),
      state: visitorState(transcript.conversation.state),
    });
  });

  return router;
}
