// Preloaded into Kysy by the turns bench (node preloads it into every thread): each worker thread
// (PGlite's) writes its Linux thread id to BENCH_THREADS_FILE, so that the bench can read that
// thread's CPU from /proc/<pid>/task/<tid>/stat apart from the main thread's (tid = pid) and from the
// rest (V8's compiler and GC threads, libuv's pool). Node 20 names all of them "node".
import { appendFileSync, readlinkSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (!isMainThread && process.env.BENCH_THREADS_FILE) {
  // /proc/thread-self links to <pid>/task/<tid> of the thread that reads it.
  const tid = readlinkSync('/proc/thread-self').split('/').pop();
  appendFileSync(process.env.BENCH_THREADS_FILE, `${tid}\n`);
}
