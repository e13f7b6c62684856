import { parse as parseQuery } from 'node:querystring';
import express, { type RequestHandler } from 'express';

/** Deeper than any request Kysy understands; PostgreSQL's jsonb and botbuilder recurse on depth. */
export const MAX_JSON_DEPTH = 32;

const needsCleaning = (text: string) => !text.isWellFormed() || text.includes('\u0000');

/**
 * PostgreSQL stores neither U+0000 nor a lone UTF-16 surrogate (in text or jsonb), and JSON escapes
 * and percent-encoding can carry both. They are removed where input is parsed: NUL dropped, a lone
 * surrogate replaced by U+FFFD, so schemas, the store and logs only ever see text PostgreSQL takes.
 */
export function cleanText(value: string): string {
  if (!needsCleaning(value)) return value;
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

/**
 * Whether a parsed body nests deeper than MAX_JSON_DEPTH objects and arrays ('deep'), else holds a
 * string or key PostgreSQL refuses ('dirty'), else 'ok'. Iterative: JSON.parse builds any depth the
 * body limit allows, and this walk must not recurse through it.
 */
function survey(body: unknown): 'deep' | 'dirty' | 'ok' {
  let dirty = false;
  const pending: Array<[value: unknown, depth: number]> = [[body, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value === 'string') {
      dirty ||= needsCleaning(value);
    } else if (typeof value === 'object' && value !== null) {
      if (depth > MAX_JSON_DEPTH) return 'deep';
      if (!Array.isArray(value)) for (const key in value) dirty ||= needsCleaning(key);
      for (const child of Object.values(value)) pending.push([child, depth + 1]);
    }
  }
  return dirty ? 'dirty' : 'ok';
}

/** The error body-parser gives a body it cannot parse: answered as `invalid_json`, like any other. */
function tooDeep(): Error {
  return Object.assign(new SyntaxError(`nested deeper than ${MAX_JSON_DEPTH} levels`), { status: 400, type: 'entity.parse.failed' });
}

/**
 * express.json, strict, with the nesting bounded (400 beyond it) and every string and key cleaned.
 * The body is parsed without a reviver (a reviver slows JSON.parse for every body) and surveyed once;
 * only a body that needs it — rare, hostile or broken — is cleaned.
 */
export function jsonBody(limit: string | number): RequestHandler {
  const parse = express.json({ limit, strict: true });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (error || req.body === undefined) return next(error);
      const found = survey(req.body);
      if (found === 'deep') return next(tooDeep());
      if (found === 'dirty') req.body = cleanDeep(req.body);
      next();
    });
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
