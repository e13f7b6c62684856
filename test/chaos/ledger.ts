import pg from 'pg';
import type { RetryingVisitor } from '../support/retrying-visitor.js';

/** What the visitors were told against what the database holds: the figures every fault test reports. */
export interface Ledger {
  /** Messages the visitors had acknowledged (each was sent until it was). */
  sent: number;
  /** HTTP attempts it took (retries after a network error or a 503 included). */
  attempts: number;
  stored: number;
  /** Stored more than once under the same clientMessageId. */
  duplicated: number;
  /** Acknowledged but not stored. */
  lost: number;
  /** Stored though no visitor had it acknowledged. */
  unacknowledged: number;
}

export async function ledger(databaseUrl: string, visitors: RetryingVisitor[]): Promise<Ledger> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ conversation_id: string; client_message_id: string }>(
      `SELECT conversation_id, client_message_id FROM messages WHERE role = 'visitor' AND conversation_id = ANY($1) ORDER BY seq`,
      [visitors.map((v) => v.conversationId)],
    );
    const stored = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.conversation_id} ${row.client_message_id}`;
      stored.set(key, (stored.get(key) ?? 0) + 1);
    }
    const acknowledged = new Set(visitors.flatMap((v) => v.acknowledged.map((id) => `${v.conversationId} ${id}`)));
    return {
      sent: acknowledged.size,
      attempts: visitors.reduce((n, v) => n + v.attempts.length, 0),
      stored: rows.length,
      duplicated: [...stored.values()].reduce((n, count) => n + count - 1, 0),
      lost: [...acknowledged].filter((key) => !stored.has(key)).length,
      unacknowledged: [...stored.keys()].filter((key) => !acknowledged.has(key)).length,
    };
  } finally {
    await client.end();
  }
}

/** Rows of a query on the database, for checks after the fact. */
export async function query<R extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
