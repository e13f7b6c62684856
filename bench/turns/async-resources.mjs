// Preloaded into Kysy by bench/turns/async-resources.ts: counts the async resources Kysy's main thread
// creates (promises, nextTick objects, timers, …) by type. Under the request context's
// AsyncLocalStorage every one of them costs promise or async hooks' calls into JavaScript (init,
// before, after), so how many a request makes is a count worth keeping down, and one that a busy
// machine does not blur. SIGUSR2 writes the counts so far to BENCH_ASYNC_FILE as JSON; with
// BENCH_ASYNC_STACKS=1 also where in the code each type is made (every 7th, counted ×7), by its 4
// nearest frames.
import { createHook } from 'node:async_hooks';
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const EVERY = 7;

if (isMainThread && process.env.BENCH_ASYNC_FILE) {
  const counts = new Map();
  const add = (key, n) => counts.set(key, (counts.get(key) ?? 0) + n);
  const stacks = process.env.BENCH_ASYNC_STACKS === '1';
  let seen = 0;
  if (stacks) Error.stackTraceLimit = 20;
  createHook({
    init(_id, type) {
      add(type, 1);
      if (!stacks || ++seen % EVERY !== 0) return;
      const frames = new Error().stack.split('\n').slice(2).map((line) => line.trim()).filter((line) => !line.includes('node:internal/async_hooks'));
      add(`${type} | ${frames.slice(0, 4).join(' < ')}`, EVERY);
    },
  }).enable();
  process.on('SIGUSR2', () => writeFileSync(process.env.BENCH_ASYNC_FILE, JSON.stringify(Object.fromEntries(counts))));
}
