// Preloaded into Kysy by the turns bench's memory phase (with node --expose-gc; node preloads it into
// every thread, PGlite's worker too): SIGUSR2 runs a full garbage collection in each thread — the signal
// reaches only the main thread, which passes it on over a BroadcastChannel — and each thread's memory
// is then written to BENCH_MEMORY_FILE as JSON, so that memory is compared at rest rather than at
// whatever point each thread's collector was. WebAssembly memories (PGlite's) are counted by size: they
// never shrink, so their growth is the database's.
import { writeFileSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';

const channel = new BroadcastChannel('kysy-bench-memory');
channel.unref();

const memories = [];
const NativeMemory = WebAssembly.Memory;
WebAssembly.Memory = new Proxy(NativeMemory, {
  construct(target, args, newTarget) {
    const memory = Reflect.construct(target, args, newTarget);
    memories.push(new WeakRef(memory));
    return memory;
  },
});

function collected() {
  globalThis.gc?.();
  const { heapUsed, external } = process.memoryUsage();
  const wasm = memories.reduce((sum, memory) => sum + (memory.deref()?.buffer.byteLength ?? 0), 0);
  return { threadId, heapUsed, external, wasm };
}

if (isMainThread) {
  process.on('SIGUSR2', () => {
    const threads = [collected()];
    const write = () => process.env.BENCH_MEMORY_FILE && writeFileSync(process.env.BENCH_MEMORY_FILE, JSON.stringify(threads));
    channel.onmessage = ({ data }) => {
      if (data.report) threads.push(data.report);
      write();
    };
    write();
    channel.postMessage({ collect: true });
  });
} else {
  channel.onmessage = ({ data }) => {
    if (data.collect) channel.postMessage({ report: collected() });
  };
}
