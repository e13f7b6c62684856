import { z } from 'zod';
import type { ZodOpenApiResponsesObject } from 'zod-openapi';
import { ERROR_CODES, type ErrorCode } from '../errors.js';

/** The one error shape of the whole HTTP API (adapters/http/errors.ts `sendError`). */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).meta({ description: 'Stable; clients may switch on it.' }),
      message: z.string().meta({ description: 'For people: says what to change.' }),
    }),
  })
  .meta({
    id: 'Error',
    description: 'Every error, public or admin: `{error: {code, message}}` with the status of its code.',
    example: { error: { code: 'bad_request', message: 'text: Too big: expected string to have <=4000 characters' } },
  });

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

/** The error responses an operation can give, grouped by status (several codes may share one). */
export function errorResponses(...codes: ErrorCode[]): ZodOpenApiResponsesObject {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_CODES[code], [...(byStatus.get(ERROR_CODES[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, same]) => [String(status), { description: `Error: ${same.join(' or ')}`, content: json(ErrorBody) }]),
  );
}

/** A JSON response with its schema and example. */
export function jsonResponse(description: string, schema: z.ZodType) {
  return { description, content: json(schema) };
}

export function jsonBodyOf(schema: z.ZodType, description?: string) {
  return { required: true, ...(description ? { description } : {}), content: json(schema) };
}

/** Errors every route of the public API can give besides its own. */
export const PUBLIC_ERRORS: ErrorCode[] = ['rate_limited', 'internal', 'not_ready'];
/** Errors every admin API route can give besides its own. */
export const ADMIN_ERRORS: ErrorCode[] = ['unauthorized', 'forbidden', 'csrf', 'internal', 'not_ready'];
/** The admin's callers: the admin token as a bearer, or a signed-in session (with CSRF header on changes). */
export const ADMIN_SECURITY: Array<Record<string, string[]>> = [{ adminToken: [] }, { adminSession: [] }];
