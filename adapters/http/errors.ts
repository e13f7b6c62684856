import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Logger } from '../log/logger.js';
import { DatabaseUnavailable } from '../store/unavailable.js';
import { allowedMethods, type Routes } from './allowed-methods.js';
import { MAX_JSON_DEPTH } from './clean-input.js';

/**
 * Every error code the HTTP API (public and admin) answers with, and its status; clients may switch
 * on these. An endpoint that needs a new kind of refusal adds it here.
 */
export const ERROR_CODES = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_definition: 422,
  rate_limited: 429,
  internal: 500,
  not_ready: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** More top-level fields of the answer, beside `error` (the definition's `errors` with a 422). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }
}

/** The one way a JSON error leaves the server: `{error: {code, message}}` with the code's status. */
export function sendError(res: Response, error: HttpError): void {
  res.status(error.status).json({ ...error.extra, error: { code: error.code, message: error.message } });
}

/** "text: Too big: expected string to have <=4000 characters; clientMessageId: is required". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function parseOr400<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError('bad_request', describeIssues(parsed.error));
  return parsed.data;
}

/** Errors raised by the body parsers carry a `type`; each is the client's fault. */
const BODY_PARSER_ERRORS: Record<string, [ErrorCode, string]> = {
  'entity.parse.failed': ['invalid_json', `The request body is not valid JSON, or nests deeper than ${MAX_JSON_DEPTH} levels.`],
  'entity.too.large': ['payload_too_large', 'The request body is too large.'],
  'encoding.unsupported': ['unsupported_media_type', 'The request body encoding is not supported.'],
  'charset.unsupported': ['unsupported_media_type', 'The request body charset is not supported.'],
  'request.aborted': ['bad_request', 'The request was aborted.'],
  'request.size.invalid': ['bad_request', 'The request body size does not match Content-Length.'],
};

/** What the client did wrong, as an HttpError; null for our own failures (a 500, logged). */
export function clientError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  const type = (error as { type?: unknown }).type;
  const known = typeof type === 'string' ? BODY_PARSER_ERRORS[type] : undefined;
  if (known) return new HttpError(...known);
  // Another library's 4xx (http-errors): the code of the same status, or a plain bad request.
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const code = (Object.keys(ERROR_CODES) as ErrorCode[]).find((c) => ERROR_CODES[c] === status) ?? 'bad_request';
  return new HttpError(code, 'The request could not be understood.');
}

/** Seconds a client is told to wait while the database is unreachable. */
export const RETRY_AFTER_S = 5;

/**
 * Nothing answered: a path the routes serve with other methods is a 405 naming them, anything else
 * a 404. `routes` is the app or the router this handler ends.
 */
export function notFoundHandler(routes: Routes): RequestHandler {
  return (req, res, next) => {
    const allowed = allowedMethods(routes, req.path);
    if (allowed.length === 0) return next(new HttpError('not_found', 'No such endpoint.'));
    res.set('Allow', allowed.join(', '));
    next(new HttpError('method_not_allowed', `${req.method} is not allowed here; use ${allowed.join(' or ')}.`));
  };
}

/**
 * Answers every error as one of ERROR_CODES: the client's as they are, ours logged and `internal`.
 * `send` renders it: JSON for the APIs; the admin pages pass one that renders the error page.
 */
export function errorHandler(logger: Logger, send: (res: Response, error: HttpError) => void = sendError): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return;
    const path = req.originalUrl.split('?')[0];
    if (error instanceof DatabaseUnavailable) {
      logger.warn({ err: error, method: req.method, path }, 'database unavailable');
      res.set('Retry-After', String(RETRY_AFTER_S));
      send(res, new HttpError('not_ready', 'The service is briefly unavailable; try again in a few seconds.'));
      return;
    }
    const known = clientError(error);
    if (!known) logger.error({ err: error, method: req.method, path }, 'request failed');
    send(res, known ?? new HttpError('internal', 'Something went wrong on our side.'));
  };
}
