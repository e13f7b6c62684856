import { parse as parseQuery } from 'node:querystring';
import express, { type RequestHandler } from 'express';

/** Deeper than any request Kysy understands; PostgreSQL's jsonb and botbuilder recurse on depth. */
export const MAX_JSON_DEPTH = 32;

/**
 * PostgreSQL stores neither U+0000 nor a lone UTF-16 surrogate (in text or jsonb), and JSON escapes
 * and percent-encoding can carry both. They are removed where input is parsed: NUL dropped, a lone
 * surrogate replaced by U+FFFD, so schemas, the store and logs only ever see text PostgreSQL takes.
 */
export function cleanText(value: string): string {
  if (value.isWellFormed() && !value.includes('\u0000')) return value;
  return value.toWellFormed().replaceAll('\u0000', '');
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cleans one parsed value whose children are already clean: its own string, or its keys. */
function cleanNode(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (isPlainObject(value) && Object.keys(value).some((key) => cleanText(key) !== key)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [cleanText(key), child]));
  }
  return value;
}

/** Cleans every string and key of an already parsed value (form bodies, query strings). */
export function cleanDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanDeep);
  if (isPlainObject(value)) return cleanNode(Object.fromEntries(Object.entries(value).map(([key, child]) => [key, cleanDeep(child)])));
  return cleanNode(value);
}

/** How deep each parsed object or array goes; weak, so it holds nothing once a request is done. */
const depths = new WeakMap<object, number>();

/**
 * A JSON.parse reviver sees children before their parent, so an object's depth is known when the
 * object itself comes by, and the cleaning happens in the same single pass.
 */
function cleaningReviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return cleanNode(value);
  let depth = 1;
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) depth = Math.max(depth, (depths.get(child) ?? 1) + 1);
  }
  if (depth > MAX_JSON_DEPTH) throw new SyntaxError(`nested deeper than ${MAX_JSON_DEPTH} levels`);
  const cleaned = cleanNode(value) as object;
  depths.set(cleaned, depth);
  return cleaned;
}

/** express.json, strict, with every string and key cleaned and the nesting bounded (400 beyond it). */
export function jsonBody(limit: string): RequestHandler {
  return express.json({ limit, strict: true, reviver: cleaningReviver });
}

/** express.urlencoded (HTML forms) with every field cleaned. */
export function formBody(limit: string): RequestHandler {
  const parse = express.urlencoded({ extended: false, limit });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (!error && req.body) req.body = cleanDeep(req.body);
      next(error);
    });
}

/** The app's query parser ("simple", as Express's default) with every value cleaned. */
export function cleanQueryParser(query: string): unknown {
  return cleanDeep({ ...parseQuery(query) });
}
