import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import express from 'express';
import pg from 'pg';
import { IDLE_TIMEOUT_MS } from '../../adapters/store/pg-driver.js';

/**
 * The limit: the least a durable chat turn can cost on this machine and database — a bare express
 * endpoint that writes the message with one INSERT, committed, and answers. Same routes and bodies as
 * Kysy's public API, so the same load generator drives both. DATABASE_URL (PostgreSQL, a pool as
 * large as Kysy's, keeping idle connections as long as Kysy's does: with pg-pool's default 10 s, a
 * pause of the limit's longer than that — Kysy's rounds — closed them, and its next round paid for new
 * ones, which Kysy never does) or DATA_DIR (PGlite on disk, as Kysy opens it); PORT.
 */
const TABLE = `CREATE TABLE IF NOT EXISTS bench_limit_messages (
  id uuid PRIMARY KEY, conversation_id uuid NOT NULL, visitor_id text NOT NULL, client_message_id text,
  text text, created_at timestamptz NOT NULL)`;
const INSERT = 'INSERT INTO bench_limit_messages (id, conversation_id, visitor_id, client_message_id, text, created_at) VALUES ($1, $2, $3, $4, $5, $6)';

type Insert = (params: unknown[]) => Promise<unknown>;

async function open(): Promise<Insert> {
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, idleTimeoutMillis: IDLE_TIMEOUT_MS });
    await pool.query(TABLE);
    return (params) => pool.query(INSERT, params);
  }
  const dir = process.env.DATA_DIR;
  if (!dir) throw new Error('set DATABASE_URL or DATA_DIR');
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir);
  await db.exec(TABLE);
  return (params) => db.query(INSERT, params);
}

const insert = await open();
const app = express();
app.use(express.json({ limit: '16kb' }));
app.get('/readyz', (_req, res) => void res.json({ ready: true }));
app.post('/api/conversations', async (_req, res) => {
  const conversationId = randomUUID();
  const visitorId = randomUUID();
  await insert([randomUUID(), conversationId, visitorId, null, null, new Date().toISOString()]);
  res.status(201).json({ conversationId, visitorId, messages: [], state: { asking: null, done: false } });
});
app.post('/api/conversations/:id/messages', async (req, res) => {
  const body = req.body as { clientMessageId?: string; text?: string };
  const message = { id: randomUUID(), conversationId: req.params.id, text: body.text ?? '' };
  await insert([message.id, message.conversationId, req.get('x-kysy-visitor') ?? '', body.clientMessageId ?? null, message.text, new Date().toISOString()]);
  res.json({ messages: [], state: { asking: null, done: false } });
});
app.listen(Number(process.env.PORT), '127.0.0.1');
