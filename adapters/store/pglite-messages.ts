import { messages } from '@electric-sql/pglite';
import type { TextRows } from './pglite-statements.js';

/** What the PGlite worker thread opens: a data dir (created on first use), or a dumped one loaded into memory. */
export type Opening = { dataDir: string } | { loadDataDir: string };

/**
 * The driver's requests to the worker, each for one of the databases it holds (`db`), sent as soon
 * as they are made and answered in that order per database — except that once a transaction (`tx`)
 * has begun, only its own requests are answered until its commit or rollback. `begin` opens the
 * transaction just before its first statement, in the same message: no round trip of its own.
 */
export type Request = { id: number; db: number } & (
  | { op: 'open'; opening: Opening }
  | { op: 'query'; sql: string; params: unknown[]; tx?: number; begin?: boolean }
  | { op: 'script'; sql: string; tx?: number; begin?: boolean }
  | { op: 'commit' | 'rollback'; tx: number }
  | { op: 'close' }
  | { op: 'listen' | 'unlisten'; channel: string }
);

/** A query's rows come back as text (`TextRows`), parsed on the driver's side; other requests answer none. */
export type Reply =
  | { id: number; rows: TextRows | null }
  | { id: number; error: WireError }
  | { db: number; notify: string; payload: string }
  | { ready: true };

/** An error as it crosses threads: its class (a database error or not) and every plain field of it. */
export interface WireError {
  database: boolean;
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, unknown>;
}

/**
 * Structured cloning keeps only an error's message: the SQLSTATE `code`, PostgreSQL's labels, the
 * statement and its parameters (and a file system error's `code`, say ENOSPC) travel as fields, so
 * that guarded/unavailable.ts and the logs see on this side exactly what PGlite threw on that one.
 */
export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { database: false, name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === 'params' ? Array.isArray(value) : ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { database: error instanceof messages.DatabaseError, name: error.name, message: error.message, stack: error.stack, fields };
}

export function fromWire(wire: WireError): Error {
  const error = wire.database ? new messages.DatabaseError(wire.message, 0, 'error') : new Error(wire.message);
  Object.assign(error, wire.fields, wire.database ? {} : { name: wire.name });
  if (wire.stack) error.stack = wire.stack;
  return error;
}
