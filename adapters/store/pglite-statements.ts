import { MemoryFS, type PGlite, protocol, TransactionAbortedError, types } from '@electric-sql/pglite';
import { bindExecuteSync } from './pglite-bind.js';

const { serialize } = protocol;

type Message = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];
type Field = { name: string; dataTypeID: number };

/** A result column; `text` when its values are still PostgreSQL's text, for `rowsOf` to parse. */
export interface Column extends Field {
  text: boolean;
}

/**
 * A statement's rows as PostgreSQL sent them: each row's values in column order, text (or null) in
 * the columns of a type with one of PGlite's built-in parsers, already parsed in the others (arrays,
 * whose parsers PGlite builds per database). What crosses the thread: strings clone for a fraction of
 * the parsed objects (a turn's state is a nested jsonb), and are parsed once, where they are used.
 */
export interface TextRows {
  columns: Column[];
  values: unknown[][];
}

/** The rows as objects, each value parsed as PGlite's own `query` parses it. */
export function rowsOf<R>({ columns, values }: TextRows): R[] {
  return values.map((cells) => {
    const row: Record<string, unknown> = {};
    columns.forEach(({ name, dataTypeID, text }, i) => {
      const value = cells[i];
      const parse = text ? types.parsers[dataTypeID as keyof typeof types.parsers] : undefined;
      row[name] = value === null || value === undefined || !parse ? value : parse(value as string, dataTypeID);
    });
    return row as R;
  });
}

interface Statement {
  name: string;
  paramTypes: number[];
  /** The row's columns (none for a statement without rows). */
  columns: Column[];
}

/** Statements kept per database: the store sends a few dozen distinct SQL texts, scripts aside. */
const CACHE_SIZE = 200;

function joined(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * PGlite's `syncToFs` copies an in-memory file system out to where it is kept (the browser's); one on
 * node's file system (the server's data dir) or in memory (the tests') has every write already where
 * it goes, and inherits the base class's empty one — each call still took a mutex and a few promise
 * rounds (1.6 % of the PGlite thread's profile under load). A file system with its own runs it as before.
 */
const flushesItself = (db: PGlite) => db.fs?.syncToFs !== MemoryFS.prototype.syncToFs;

/** What PGlite's own query attaches to a database error (the log line drops `params`, see safe-error.ts). */
function withStatement(error: unknown, sql: string, params: unknown[]): unknown {
  if (error instanceof Error) Object.assign(error, { query: sql, params });
  return error;
}

/**
 * PGlite's `query` sends an unnamed statement in six protocol calls (Parse, Describe, Bind, Describe,
 * Execute, Sync), so PostgreSQL parses, analyses and plans it again on every call: two thirds of a
 * turn's database time (measured: the turn's write 4.9 ms CPU that way, 2.1 ms prepared; its context
 * read 1.45 ms against 0.3 ms). Here each SQL text is parsed once into a named statement, kept
 * (bounded, least recently used out), and a call is one protocol round of Bind + Execute + Sync.
 * Values are serialised with the database's own type map and rows parsed with PGlite's parsers (`rowsOf`),
 * exactly as `query` does.
 * Not safe for concurrent callers: the driver runs one operation at a time.
 */
export function pgliteStatements(db: PGlite) {
  const cache = new Map<string, Statement>();
  let named = 0;
  let inTransaction = false;
  const needsSync = flushesItself(db);

  const send = (parts: Uint8Array[] | Uint8Array) => {
    if (db.closed) throw new Error('PGlite is closed');
    return db.execProtocolStream(Array.isArray(parts) ? joined(parts) : parts, { syncToFs: false });
  };

  async function prepare(sql: string): Promise<Statement> {
    const hit = cache.get(sql);
    if (hit) {
      // Most recently used last: the first entry is the one to let go.
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const name = `kysy_${named++}`;
    const described = await send([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]);
    const statement: Statement = { name, paramTypes: [], columns: [] };
    for (const message of described) {
      if (message.name === 'parameterDescription') statement.paramTypes = (message as Message & { dataTypeIDs: number[] }).dataTypeIDs;
      if (message.name === 'rowDescription') {
        statement.columns = (message as Message & { fields: Field[] }).fields.map(({ name, dataTypeID }) => ({
          name,
          dataTypeID,
          // PGlite's parser for a built-in type is the same function on either thread; an array's is this database's.
          text: dataTypeID in types.parsers || !(dataTypeID in db.parsers),
        }));
      }
    }
    cache.set(sql, statement);
    if (cache.size > CACHE_SIZE) {
      const [oldestSql, oldest] = cache.entries().next().value as [string, Statement];
      cache.delete(oldestSql);
      await send([serialize.close({ type: 'S', name: oldest.name }), serialize.sync()]);
    }
    return statement;
  }

  function textRows({ columns }: Statement, messages: Message[]): TextRows {
    const values: unknown[][] = [];
    for (const message of messages) {
      if (message.name !== 'dataRow') continue;
      const cells: unknown[] = (message as Message & { fields: Array<string | null> }).fields;
      columns.forEach(({ dataTypeID, text }, i) => {
        if (!text && cells[i] !== null) cells[i] = db.parsers[dataTypeID]?.(cells[i] as string, dataTypeID);
      });
      values.push(cells);
    }
    return { columns, values };
  }

  /** `sql` run with `params`, its rows left as text for `rowsOf` (where they are used: see pglite-thread.ts). */
  async function queryText(sql: string, params: unknown[] = []): Promise<TextRows> {
    try {
      const statement = await prepare(sql);
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        // Already in the binary format (record-array.ts): sent as it is.
        if (value instanceof Uint8Array) return value;
        const type = statement.paramTypes[i] as number;
        const serializer = db.serializers[type];
        return serializer ? serializer(value) : String(value);
      });
      const messages = await send(bindExecuteSync(statement.name, values));
      if (!inTransaction && needsSync) await db.syncToFs();
      return textRows(statement, messages);
    } catch (error) {
      // A table changed under a kept statement so that its rows changed shape: parse it afresh next time.
      if ((error as { code?: string }).code === '0A000') cache.delete(sql);
      throw withStatement(error, sql, params);
    }
  }

  /** A script may change tables under the kept statements: they are all let go. */
  async function script(sql: string): Promise<void> {
    await db.exec(sql);
    if (cache.size === 0) return;
    cache.clear();
    await send([serialize.query('DEALLOCATE ALL')]);
  }

  const simple = async (sql: string) => (await send([serialize.query(sql)])).filter((m) => m.name === 'commandComplete') as Array<Message & { text: string }>;

  return {
    queryText,
    query: async <R>(sql: string, params: unknown[] = []): Promise<R[]> => rowsOf<R>(await queryText(sql, params)),
    script,
    async begin() {
      await simple('BEGIN');
      inTransaction = true;
    },
    async commit() {
      // Whatever COMMIT answers, the transaction is over.
      inTransaction = false;
      const [done] = await simple('COMMIT');
      // COMMIT of a transaction that had failed (an error swallowed inside it) rolls back.
      if (done?.text === 'ROLLBACK') throw new TransactionAbortedError();
      if (needsSync) await db.syncToFs();
    },
    /** After a failure anywhere in the transaction, COMMIT's included: then there is nothing left to undo. */
    async rollback() {
      if (!inTransaction) return;
      inTransaction = false;
      await simple('ROLLBACK');
    },
  };
}

export type PgliteStatements = ReturnType<typeof pgliteStatements>;

/** `fn` between BEGIN and COMMIT, rolled back if anything in it throws. */
export async function inTransaction<T>(statements: PgliteStatements, fn: () => Promise<T>): Promise<T> {
  await statements.begin();
  try {
    const result = await fn();
    await statements.commit();
    return result;
  } catch (error) {
    await statements.rollback();
    throw error;
  }
}
