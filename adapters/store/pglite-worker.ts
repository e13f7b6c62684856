import { openAsBlob } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { type Opening, type Reply, type Request, toWire } from './pglite-messages.js';
import { type PgliteStatements, pgliteStatements, type TextRows } from './pglite-statements.js';

/**
 * The PGlite databases of this process, in a thread of their own (see pglite-thread.ts): opens them,
 * answers the driver's requests for each one at a time, in the order they came, and forwards the
 * NOTIFYs it hears. (A server opens one database; a test process opens many, on one thread.)
 */
if (!parentPort) throw new Error('pglite-worker.ts runs as a worker thread');
const port = parentPort;
const post = (reply: Reply) => port.postMessage(reply);
const { wasm } = workerData as { wasm: WebAssembly.Module };

async function open(opening: Opening): Promise<PGlite> {
  if ('loadDataDir' in opening) return PGlite.create({ loadDataDir: await openAsBlob(opening.loadDataDir), pgliteWasmModule: wasm });
  await mkdir(opening.dataDir, { recursive: true });
  return PGlite.create(opening.dataDir, { pgliteWasmModule: wasm });
}

interface Database {
  db: PGlite;
  statements: PgliteStatements;
  unlisten: Map<string, () => Promise<void>>;
}

const databases = new Map<number, Promise<Database>>();

async function answer(request: Request): Promise<TextRows | null> {
  if (request.op === 'open') {
    const opened = open(request.opening).then((db) => ({ db, statements: pgliteStatements(db), unlisten: new Map() }));
    databases.set(request.db, opened);
    await opened.catch((error: unknown) => {
      databases.delete(request.db);
      throw error;
    });
    return null;
  }
  const database = await databases.get(request.db);
  if (!database) throw new Error('PGlite is closed');
  const { db, statements, unlisten } = database;
  switch (request.op) {
    case 'query':
      if (request.begin) await statements.begin();
      return statements.queryText(request.sql, request.params);
    case 'script':
      if (request.begin) await statements.begin();
      await statements.script(request.sql);
      return null;
    case 'commit':
      await statements.commit();
      return null;
    case 'rollback':
      await statements.rollback();
      return null;
    case 'listen':
      if (!unlisten.has(request.channel)) unlisten.set(request.channel, await db.listen(request.channel, (payload) => post({ db: request.db, notify: request.channel, payload })));
      return null;
    case 'unlisten':
      await unlisten.get(request.channel)?.();
      unlisten.delete(request.channel);
      return null;
    case 'close':
      databases.delete(request.db);
      lanes.delete(request.db);
      await db.close();
      return null;
  }
}

/**
 * Each database's requests, in arrival order, one at a time; while a transaction is open
 * (`inTransaction`), only its own: the others wait, as they would for a connection's lock.
 */
interface Lane {
  waiting: Request[];
  inTransaction: number | null;
  busy: boolean;
}
const lanes = new Map<number, Lane>();
const txOf = (request: Request) => ('tx' in request ? request.tx : undefined);

function next(lane: Lane) {
  if (lane.busy) return;
  const at = lane.inTransaction === null ? 0 : lane.waiting.findIndex((request) => txOf(request) === lane.inTransaction);
  const request = at < 0 ? undefined : lane.waiting.splice(at, 1)[0];
  if (!request) return;
  const tx = txOf(request);
  if (tx !== undefined) lane.inTransaction = tx;
  lane.busy = true;
  answer(request)
    .then(
      (rows) => post({ id: request.id, rows }),
      (error: unknown) => post({ id: request.id, error: toWire(error) }),
    )
    .finally(() => {
      if (request.op === 'commit' || request.op === 'rollback') lane.inTransaction = null;
      lane.busy = false;
      next(lane);
    });
}

port.on('message', (request: Request) => {
  const lane = lanes.get(request.db) ?? { waiting: [], inTransaction: null, busy: false };
  lanes.set(request.db, lane);
  lane.waiting.push(request);
  next(lane);
});
post({ ready: true });
