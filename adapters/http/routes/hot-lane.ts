import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';
import type { ConversationService } from '../../../bot/service/types.js';
import { weakEtag } from '../etag.js';
import { answerMessage, startConversation } from './public-api.js';

/** The two requests every conversation is made of, and the route each is declared as (for metrics). */
const MESSAGES = /^\/api\/conversations\/([A-Za-z0-9_-]{1,64})\/messages$/;

type Hot = { route: string; params: Record<string, string>; answer: (service: ConversationService, req: Request) => Promise<unknown>; status: number };

/**
 * The hot request `req` is, in the one plain shape the lane serves: POST to the exact lower-case path,
 * no query. Every other shape — a query string, a trailing slash, another case — goes down Express's
 * router as before.
 */
function hotRequest(req: IncomingMessage): Hot | null {
  if (req.method !== 'POST' || req.url === undefined) return null;
  if (req.url === '/api/conversations') return { route: '/api/conversations', params: {}, answer: startConversation, status: 201 };
  const id = MESSAGES.exec(req.url)?.[1];
  if (id === undefined) return null;
  return { route: '/api/conversations/:id/messages', params: { id }, answer: answerMessage, status: 200 };
}

/** What `res.status(status).json(body)` sends for a POST (no ETag freshness to check), minus Express's per-call header parsing. */
function sendJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('ETag', weakEtag(text, 'utf8'));
  // A string body leaves in the same write as the headers.
  res.end(text);
}

export interface HotLaneParts {
  service: ConversationService;
  /**
   * The app's own middleware instances that run before these routes, in the app's order (request log,
   * security headers, CORS, rate limit): the same request ids, headers, CORS answers and counts.
   */
  before: RequestHandler[];
  /** The routes' own middleware (the public API's body reader, the same express.json instance), run once the route is known. */
  body: RequestHandler[];
  /** The app's error handler: every refusal is answered exactly as on the router. */
  onError: ErrorRequestHandler;
}

/** Express's own dispatch of a request into an app (`app.handle`, not in its types). */
type Dispatch = (req: IncomingMessage, res: ServerResponse, callback?: (error?: unknown) => void) => void;

/** What a request that took the lane is never passed on to: the app's error handler answers every refusal. */
const answered: NextFunction = () => undefined;

/**
 * Starting a conversation and sending a message, answered ahead of Express's router: `app` hands
 * these two requests to the lane before its own dispatch. The lane dresses the request and response
 * as Express does (its request and response prototypes, their links, `originalUrl`, `baseUrl`), runs
 * the same middleware instances in the same order as the router would (the body read by the same
 * express.json instance) and the same route code, and answers errors through the app's error handler:
 * what Express spends per request before its first middleware (a final handler made, the router's
 * layers walked and matched) and res.json's header parsing is what it saves. No layer of the app
 * serves these two routes but the ones named here (channels and the admin live elsewhere), so none is
 * skipped. Every other request goes to Express as before.
 */
export function hotLane(app: Express, { service, before, body, onError }: HotLaneParts): void {
  const steps = [...before, ...body];
  const host = app as unknown as { handle: Dispatch; request: Request; response: Response };
  const dispatch = host.handle.bind(app);
  host.handle = (req, res, callback) => {
    const hot = hotRequest(req);
    if (!hot) return dispatch(req, res, callback);
    const request = Object.setPrototypeOf(req, host.request) as Request;
    const response = Object.setPrototypeOf(res, host.response) as Response;
    request.res = response;
    request.originalUrl = req.url!;
    request.baseUrl = '';
    response.req = request;
    response.locals = Object.create(null) as Record<string, unknown>;
    new LaneRun(hot, service, steps, before.length, onError, request, response, answered).step(0);
  };
}

/** One request down the lane (a class: its steps are not closures made per request). */
class LaneRun {
  constructor(
    private readonly hot: Hot,
    private readonly service: ConversationService,
    private readonly steps: RequestHandler[],
    /** The step at which the router would have matched the route. */
    private readonly routed: number,
    private readonly onError: ErrorRequestHandler,
    private readonly req: Request,
    private readonly res: Response,
    private readonly next: NextFunction,
  ) {}

  step(index: number): void {
    // Where the router would have matched the route: the request log labels the request by it.
    if (index === this.routed) Object.assign(this.req, { route: { path: this.hot.route }, params: this.hot.params });
    const middleware = this.steps[index];
    if (!middleware) return this.answer();
    try {
      middleware(this.req, this.res, (error?: unknown) => (error ? this.fail(error) : this.step(index + 1)));
    } catch (error) {
      this.fail(error);
    }
  }

  /** The route's answer sent, or its refusal (or a failure to send) to the error handler: one promise, which the request context's hooks see too. */
  answer(): void {
    this.hot.answer(this.service, this.req).then(
      (body) => this.send(body),
      (error: unknown) => this.fail(error),
    );
  }

  send(body: unknown): void {
    try {
      sendJson(this.res, this.hot.status, body);
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error: unknown): void {
    this.onError(error, this.req, this.res, this.next);
  }
}
