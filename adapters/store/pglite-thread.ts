import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { fromWire, type Opening, type Reply, type Request } from './pglite-messages.js';
import { rowsOf, type TextRows } from './pglite-statements.js';
import { DatabaseUnavailable, guarded } from './unavailable.js';

type Call = Request extends infer R ? (R extends Request ? Omit<R, 'id' | 'db'> : never) : never;

const WORKER = new URL('./pglite-worker.ts', import.meta.url);

/**
 * The worker runs plain JavaScript: esbuild (which builds the widget too) bundles it from the
 * TypeScript here, with PGlite imported from where this thread found it, in ~20 ms. tsx's loader in
 * the worker instead would cost ~0.5 s of every start and slow each of its imports. PGlite's
 * WebAssembly is compiled here, meanwhile, once per process, and handed over.
 */
async function spawn(): Promise<Worker> {
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const [bundle, wasm] = await Promise.all([
    build({
      entryPoints: [fileURLToPath(WORKER)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [{ name: 'pglite', setup: (on) => void on.onResolve({ filter: /^@electric-sql\/pglite$/ }, () => ({ path: pglite, external: true })) }],
    }),
    readFile(new URL('./pglite.wasm', pglite)).then((bytes) => WebAssembly.compile(bytes)),
  ]);
  const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  return new Worker(new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`), { workerData: { wasm } });
}

/** The one PGlite thread of this process, and the requests waiting for it. */
function pgliteThread() {
  const pending = new Map<number, { resolve: (rows: TextRows | null) => void; reject: (error: unknown) => void }>();
  const notified = new Map<number, (channel: string, payload: string) => void>();
  let nextId = 0;
  let gone: Error | null = null;

  const started = spawn().then(
    (worker) =>
      new Promise<Worker>((resolve, reject) => {
        // Only a request waiting for its answer keeps the process alive, as an in-process database did.
        worker.unref();
        const fail = (error: Error) => {
          gone ??= error;
          reject(error);
          for (const [id, waiting] of pending) {
            pending.delete(id);
            waiting.reject(new DatabaseUnavailable(error));
          }
        };
        worker.on('message', (reply: Reply) => {
          if ('ready' in reply) return resolve(worker);
          if ('notify' in reply) return notified.get(reply.db)?.(reply.notify, reply.payload);
          const waiting = pending.get(reply.id);
          pending.delete(reply.id);
          if (pending.size === 0) worker.unref();
          if ('error' in reply) waiting?.reject(fromWire(reply.error));
          else waiting?.resolve(reply.rows);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`the PGlite thread exited (${code})`)));
      }),
  );

  return {
    async call(db: number, request: Call): Promise<TextRows | null> {
      const worker = await started;
      if (gone) throw new DatabaseUnavailable(gone);
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...request, id, db });
      });
    },
    onNotify(db: number, deliver: (channel: string, payload: string) => void) {
      notified.set(db, deliver);
      return () => void notified.delete(db);
    },
  };
}

let thread: ReturnType<typeof pgliteThread> | undefined;
let databases = 0;

/**
 * PGlite on a thread of its own: the database's WebAssembly runs on another core while this thread
 * serves HTTP and reads messages (a turn spent more than half of its CPU in PGlite here). Still one
 * connection: one operation at a time in arrival order, and a transaction holds the database until
 * it commits or rolls back (the thread keeps that order, see pglite-worker.ts: requests go to it as
 * they are made, so it never waits for this thread between two of them). Each answer comes back as a
 * message event, so the event loop polls sockets between any two operations. Errors come back as
 * PGlite threw them (see pglite-messages.ts) and go through guarded() as before; a dead thread
 * answers DatabaseUnavailable.
 */
export async function pgliteOnThread(opening: Opening): Promise<SqlDriver> {
  thread ??= pgliteThread();
  const { call: callAny, onNotify } = thread;
  const db = databases++;
  let closed = false;
  const call = (request: Call) => (closed ? Promise.reject(new Error('PGlite is closed')) : callAny(db, request));
  await call({ op: 'open', opening });

  const listeners = new Map<string, Set<(payload: string) => void>>();
  const stopNotifying = onNotify(db, (channel, payload) => {
    for (const onPayload of listeners.get(channel) ?? []) onPayload(payload);
  });
  const heard = (channel: string) => listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!;

  const query = <R>(sql: string, params: unknown[] = [], tx?: number, begin?: boolean) =>
    guarded(async () => rowsOf<R>((await call({ op: 'query', sql, params, tx, begin })) ?? { columns: [], values: [] }));
  const script = (sql: string, tx?: number, begin?: boolean) => guarded(async () => void (await call({ op: 'script', sql, tx, begin })));
  let transactions = 0;

  return {
    kind: 'pglite',
    query: (sql, params) => query(sql, params),
    script: (sql) => script(sql),
    async transaction(fn) {
      // BEGIN goes with the transaction's first statement; from then on the thread serves only it.
      const id = transactions++;
      let begun = false;
      const opens = () => !begun && (begun = true);
      const tx: SqlExecutor = { query: (sql, params) => query(sql, params, id, opens()), script: (sql) => script(sql, id, opens()) };
      try {
        const result = await fn(tx);
        if (begun) await guarded(() => call({ op: 'commit', tx: id }));
        return result;
      } catch (error) {
        if (begun) await call({ op: 'rollback', tx: id }).catch(() => undefined);
        throw error;
      }
    },
    async listen(channel, onPayload) {
      const first = heard(channel).size === 0;
      heard(channel).add(onPayload);
      try {
        if (first) await call({ op: 'listen', channel });
      } catch (error) {
        heard(channel).delete(onPayload);
        throw error;
      }
      return async () => {
        heard(channel).delete(onPayload);
        if (heard(channel).size === 0) await call({ op: 'unlisten', channel });
      };
    },
    pool: () => null,
    async close() {
      await call({ op: 'close' });
      closed = true;
      stopNotifying();
    },
  };
}
