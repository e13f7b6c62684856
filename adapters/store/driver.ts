/**
 * The little the SQL store needs from a database: parameterised queries, multi-statement scripts
 * (migrations) and transactions. PGlite and node-postgres each fit behind it in a few lines.
 */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters. */
  script(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** LISTENs on `channel` (on a connection of its own where there is a pool); resolves to the unlisten. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Connections of the pool (PostgreSQL), for the metrics; PGlite has one connection and no pool. */
  pool(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}
