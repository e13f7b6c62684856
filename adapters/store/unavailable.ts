/**
 * The database cannot be reached or cannot take writes right now (stopped, restarting, failing over,
 * out of disk). Callers answer "try again shortly" (HTTP 503 with Retry-After) instead of an error of
 * their own; the work was not done, so a retry with the same idempotency key is safe.
 */
export class DatabaseUnavailable extends Error {
  constructor(override readonly cause: unknown) {
    super(`database unavailable: ${(cause as { code?: string })?.code ?? (cause instanceof Error ? cause.message : 'unknown')}`);
    this.name = 'DatabaseUnavailable';
  }
}

/**
 * SQLSTATE classes and codes that say "not now" rather than "not this statement". Class 40 (a
 * deadlock or serialization failure) rolled the whole transaction back: the same request again,
 * with the same idempotency key, is safe and will most likely go through.
 */
const SQLSTATE = /^(08|40|53|58)|^57P0[1-3]$/;
/** Socket errors on the way to the server. */
const SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOSPC', 'EROFS', 'EACCES']);
/** node-postgres says these in words only. */
const WORDS = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended|Client was closed/i;

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailable) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SQLSTATE.test(code) || SOCKET.has(code))) return true;
  return WORDS.test(error.message);
}

/** A database call's error as callers are to see it: "the database is not there" as DatabaseUnavailable. */
export function unavailableOr(error: unknown): unknown {
  return isUnavailable(error) ? (error instanceof DatabaseUnavailable ? error : new DatabaseUnavailable(error)) : error;
}

/** Runs a database call, turning "the database is not there" into DatabaseUnavailable. */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw unavailableOr(error);
  }
}
