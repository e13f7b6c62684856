// Preloaded into both servers by the turns bench (node preloads it into every thread, PGlite's worker
// too): what held each thread's event loop up over a row. Each thread keeps the loop's delay
// (perf_hooks' monitorEventLoopDelay, sampled every RESOLUTION_MS) and its garbage collections
// (count, total and longest pause by kind). SIGUSR2 reaches the main thread, which asks the others
// over a BroadcastChannel; each thread reports what it saw since the last report and starts afresh,
// and the main thread writes them all to BENCH_STALLS_FILE as JSON: a report before a row and one
// after it bracket the row.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver, constants } from 'node:perf_hooks';
import { isMainThread, threadId } from 'node:worker_threads';

const RESOLUTION_MS = 2;
const channel = new BroadcastChannel('kysy-bench-stalls');
channel.unref();

const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
let gc = {};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = KINDS[entry.detail?.kind] ?? 'other';
    const seen = (gc[kind] ??= { count: 0, totalMs: 0, maxMs: 0, over10ms: 0 });
    seen.count += 1;
    seen.totalMs += entry.duration;
    seen.maxMs = Math.max(seen.maxMs, entry.duration);
    if (entry.duration > 10) seen.over10ms += 1;
  }
}).observe({ entryTypes: ['gc'] });

const ms = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);

/** This thread's figures since its last report; then it starts afresh. */
function report() {
  const loop = {
    // A timer due every RESOLUTION_MS came this much late: how long the thread ran without polling.
    p50: ms(delay.percentile(50)),
    p99: ms(delay.percentile(99)),
    p999: ms(delay.percentile(99.9)),
    max: ms(delay.max),
    samples: delay.count,
  };
  const seen = { threadId, main: isMainThread, loop, gc };
  delay.reset();
  gc = {};
  return seen;
}

if (isMainThread) {
  process.on('SIGUSR2', () => {
    const threads = [report()];
    const write = () => process.env.BENCH_STALLS_FILE && writeFileSync(process.env.BENCH_STALLS_FILE, JSON.stringify(threads));
    channel.onmessage = ({ data }) => {
      if (data.report) threads.push(data.report);
      write();
    };
    write();
    channel.postMessage({ report: null, ask: true });
  });
} else {
  channel.onmessage = ({ data }) => {
    if (data.ask) channel.postMessage({ report: report() });
  };
}
