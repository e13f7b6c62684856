import type { Request, RequestHandler } from 'express';
import type { Logger } from '../log/logger.js';
import { metrics } from '../observability/metrics.js';
import { newRequestId, runInRequest } from '../observability/request-context.js';

const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/** The route as declared (`/api/conversations/:id`), never the raw path: bounded labels, no ids. */
function routeOf(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  return typeof route?.path === 'string' ? `${req.baseUrl}${route.path}` : '(unmatched)';
}

export interface RequestLogOptions {
  /** Keep a proxy's X-Request-Id (only behind a trusted proxy: a visitor's own header is not trusted). */
  trustForwardedId?: boolean;
}

/**
 * One line per request: request id, method, the full path without the query (it may carry a
 * visitor id), status, duration; no bodies. Every other line logged while the request is handled
 * carries the same request id (and the conversation id once known). The path is read from the
 * original URL: a mounted router (the admin's) strips its prefix from `req.path` while it handles
 * the request. The duration also goes to the request histogram, by declared route.
 */
export function requestLog(logger: Logger, options: RequestLogOptions = {}): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const context = { requestId: newRequestId(options.trustForwardedId ? req.get('x-request-id') : undefined) };
    res.setHeader('X-Request-Id', context.requestId);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpDuration.observe({ method: req.method, route: routeOf(req), status: String(res.statusCode) }, seconds);
      const query = req.originalUrl.indexOf('?');
      const path = query < 0 ? req.originalUrl : req.originalUrl.slice(0, query);
      const level = res.statusCode >= 500 ? 'error' : QUIET.has(path) ? 'debug' : 'info';
      // Below the configured level (LOG_LEVEL=warn under load) the line is not even built.
      if (!logger.isLevelEnabled(level)) return;
      logger[level]({ ...context, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10 }, 'request');
    });
    runInRequest(context, next);
  };
}
