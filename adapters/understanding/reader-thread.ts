import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MessageReader } from '../../bot/ports/understanding.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { UnderstandContext, Understanding } from '../../qualification/understand/types.js';
import { serverBundle } from '../server-bundle.mjs';
import type { ReaderReply, ReaderRequest } from './reader-messages.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The worker runs plain JavaScript, bundled from reader-worker.ts as the server is (server-bundle.mjs:
 * packages left to node_modules, built again only when a source changed), into dist/understanding.
 * tsx's loader in the worker would cost ~0.5 s of CPU per thread started and slow each import.
 */
async function workerScript(): Promise<URL> {
  const { main } = await serverBundle({ root: ROOT, out: join(ROOT, 'dist', 'understanding'), entry: 'adapters/understanding/reader-worker.ts' });
  return pathToFileURL(main);
}

/** A message not read within this long is read by the caller instead (a reply coming later is dropped). */
const PATIENCE_MS = 1_000;
/** Workers that die are replaced on the next read, until this many have: then the caller reads every message. */
const MAX_FAILURES = 3;

/** Why a read was not done: the caller reads the message itself. */
export class ReaderUnavailable extends Error {}

interface Waiting {
  key: string;
  since: number;
  resolve: (understanding: Understanding) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Reads sent and not answered yet, oldest first. */
  pending: Map<number, Waiting>;
  /** Definitions (by key) this worker was sent to learn, and whether it has; it may drop one later, and says so. */
  learned: Map<string, boolean>;
}

const post = (thread: Thread, request: ReaderRequest) => thread.worker.postMessage(request);

/**
 * A definition's key, the same for every object of the same content: each server's catalog holds its
 * own object of a version (read back from the store), and a process running many servers (tests) has a
 * worker compile the same definition once, not once per server. Definitions are JSON (they are stored
 * as JSON): equal JSON, equal readings.
 */
const contentKey = (definition: LeadDefinition) => createHash('sha256').update(JSON.stringify(definition)).digest('base64url');

export interface ReaderThreads extends MessageReader {
  close(): Promise<void>;
}

export interface ReaderOptions {
  patienceMs?: number;
  /** Told once when the workers cannot be started, or died too often: the caller reads from then on. */
  onFailure?: (error: unknown) => void;
  /** The worker's script (tests: a worker that misbehaves). */
  script?: () => Promise<URL>;
}

/**
 * Deterministic understanding on `size` worker threads: the main thread, which serves HTTP, runs the
 * database client and decides turns, sends each message there and takes other turns meanwhile. Started
 * at the first read, which (like every read while none is ready, or none has compiled the definition
 * yet) is refused and read by the caller: a start of the server waits for nothing, and no message
 * waits on a compilation. Each read goes to the worker with the fewest waiting; only a read waiting for
 * its answer keeps the process alive.
 */
export function readerThreads(size: number, options: ReaderOptions = {}): ReaderThreads {
  const patience = options.patienceMs ?? PATIENCE_MS;
  const threads: Thread[] = [];
  const keys = new WeakMap<LeadDefinition, string>();
  let nextId = 0;
  let starting = false;
  let failures = 0;
  let closed = false;

  const failed = (error: unknown) => {
    if (++failures === MAX_FAILURES) options.onFailure?.(error);
  };

  function spawn(script: URL): Promise<Thread> {
    const worker = new Worker(script);
    const thread: Thread = { worker, pending: new Map(), learned: new Map() };
    worker.unref();
    return new Promise((resolve, reject) => {
      let dead = false;
      const died = (error: Error) => {
        if (dead) return;
        dead = true;
        reject(error);
        const at = threads.indexOf(thread);
        if (at >= 0) threads.splice(at, 1);
        for (const waiting of thread.pending.values()) waiting.reject(new ReaderUnavailable(error.message));
        thread.pending.clear();
        if (!closed) failed(error);
      };
      worker.on('message', (reply: ReaderReply) => {
        if ('ready' in reply) return resolve(thread);
        if ('learned' in reply) return void (thread.learned.has(reply.learned) && thread.learned.set(reply.learned, true));
        const waiting = thread.pending.get(reply.id);
        if (!waiting) return;
        thread.pending.delete(reply.id);
        if (thread.pending.size === 0) worker.unref();
        if ('missing' in reply) {
          thread.learned.delete(waiting.key);
          waiting.reject(new ReaderUnavailable('the worker no longer keeps this definition'));
        } else if ('error' in reply) waiting.reject(new Error(reply.error));
        else waiting.resolve(reply.understanding);
      });
      worker.on('error', died);
      worker.on('exit', (code) => died(new ReaderUnavailable(`an understanding worker exited (${code})`)));
    });
  }

  function start() {
    if (starting || closed || failures >= MAX_FAILURES) return;
    starting = true;
    const started = (thread: Thread) => void (closed ? thread.worker.terminate() : threads.push(thread));
    (options.script ?? workerScript)()
      .then(
        // A worker that dies starting is counted where it died.
        (script) => Promise.all(Array.from({ length: size - threads.length }, () => spawn(script).then(started, () => undefined))),
        (error: unknown) => {
          // A script that cannot be built will not be built on the next read either.
          failures = MAX_FAILURES;
          options.onFailure?.(error);
        },
      )
      // A worker that could not even be made (its script refused).
      .catch(failed)
      .finally(() => (starting = false));
  }

  // Reads older than `patience` are given back to their callers; checked now and then, not timed one by one.
  const watch = setInterval(() => {
    const before = performance.now() - patience;
    for (const { pending } of threads) {
      for (const [id, waiting] of pending) {
        if (waiting.since > before) break;
        pending.delete(id);
        waiting.reject(new ReaderUnavailable(`not read within ${patience} ms`));
      }
    }
  }, Math.max(10, patience / 4));
  watch.unref();

  return {
    read(definition: LeadDefinition, text: string, ctx: UnderstandContext): Promise<Understanding> {
      if (threads.length < size) start();
      let key = keys.get(definition);
      if (key === undefined) keys.set(definition, (key = contentKey(definition)));
      // The least busy worker that has learned the definition; one that was never sent it learns it now,
      // and until one has, its messages are read by the caller (none waits on a definition compiling).
      let thread: Thread | undefined;
      for (const candidate of threads) {
        const learned = candidate.learned.get(key);
        if (learned === undefined) {
          candidate.learned.set(key, false);
          post(candidate, { learn: key, definition });
        } else if (learned && (!thread || candidate.pending.size < thread.pending.size)) thread = candidate;
      }
      if (!thread) return Promise.reject(new ReaderUnavailable(threads.length ? 'the definition is being learned' : 'no understanding worker is running'));
      const { worker, pending } = thread;
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      return new Promise((resolve, reject) => {
        pending.set(id, { key, since: performance.now(), resolve, reject });
        post(thread, { id, key, text, ctx });
      });
    },
    async close() {
      closed = true;
      clearInterval(watch);
      await Promise.all(threads.splice(0).map((thread) => thread.worker.terminate()));
    },
  };
}

const shared = new Map<number, ReaderThreads>();

/**
 * The process's reader on `size` threads, made on the first call: one set of workers however many
 * servers the process starts (a test process starts dozens), left running for the process (they keep
 * nothing alive). `onFailure` is the first caller's.
 */
export function sharedReaderThreads(size: number, onFailure?: (error: unknown) => void): MessageReader {
  let reader = shared.get(size);
  if (!reader) shared.set(size, (reader = readerThreads(size, { onFailure })));
  return reader;
}
