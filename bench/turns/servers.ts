import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface Server {
  url: string;
  /** The server's process id (for perf and the like). */
  pid: number;
  startupMs: number;
  /** Where Kysy says its start went ('kysy listening' log line's startupMs), when its log was read. */
  startupPhases: Record<string, number> | null;
  /** Resident memory of the server process now, in MB (from /proc). */
  rssMb(): Promise<number>;
  /** CPU time (user + system) the server process has used so far, in ms: steadier than turns/s on a busy machine. */
  cpuMs(): Promise<number>;
  /** The same, of its main thread and of its worker threads (PGlite's) so far; the rest is V8's and libuv's threads. */
  threadCpuMs(): Promise<ThreadCpu>;
  /** Sends the server process a signal. */
  signal(name: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export interface ThreadCpu {
  main: number;
  workers: number;
}

/** utime + stime in ms of a /proc stat file (fields 14 and 15 after the command name, in clock ticks of 10 ms); 0 once it is gone. */
async function statCpuMs(path: string): Promise<number> {
  const stat = await readFile(path, 'utf8').catch(() => null);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const THREAD_CPU = new URL('./thread-cpu.mjs', import.meta.url).pathname;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `script` (run by node, in-process: the child is the server; a .ts file through tsx) and waits
 * for /readyz 200. `nodeArgs` go before it (say `--cpu-prof --cpu-prof-dir=/tmp/prof`, which NODE_OPTIONS refuses).
 */
async function startScript(cwd: string, script: string, env: Record<string, string>, nodeArgs: string[] = [], readLog = false): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // Worker threads name themselves in this file (see thread-cpu.mjs), for threadCpuMs.
  const threadsDir = await mkdtemp(join(tmpdir(), 'kysy-bench-threads-'));
  const threadsFile = join(threadsDir, 'tids');
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', THREAD_CPU, ...loader, script], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BENCH_THREADS_FILE: threadsFile, ...env },
    stdio: ['ignore', readLog ? 'pipe' : 'ignore', 'inherit'],
  });
  let startupPhases: Record<string, number> | null = null;
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('kysy listening')) continue;
      try {
        startupPhases = (JSON.parse(line) as { startupMs?: Record<string, number> }).startupMs ?? null;
      } catch {
        // Not the JSON log line (a pretty-printed log): no phases then.
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve())).then(() => rm(threadsDir, { recursive: true, force: true }));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    const res = await fetch(`${url}/readyz`).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const startupMs = performance.now() - started;
  // The log line is written just before /readyz answers; give the pipe a moment to bring it.
  for (let i = 0; readLog && startupPhases === null && i < 50; i++) await new Promise((r) => setTimeout(r, 10));
  return {
    url,
    pid: child.pid!,
    startupMs,
    startupPhases,
    async rssMb() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    },
    cpuMs: () => statCpuMs(`/proc/${child.pid}/stat`),
    async threadCpuMs() {
      const tids = (await readFile(threadsFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);
      const workers = await Promise.all(tids.map((tid) => statCpuMs(`/proc/${child.pid}/task/${tid}/stat`)));
      return { main: await statCpuMs(`/proc/${child.pid}/task/${child.pid}/stat`), workers: workers.reduce((a, b) => a + b, 0) };
    },
    signal(name) {
      child.kill(name);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Kysy as `npm start` runs it (its launcher, adapters/start.mjs; in a checkout from before it, tsx on
 * adapters/main.ts), with its defaults (the shipped definition and knowledge folder), and no rate
 * limit in the way. BENCH_KYSY_DIR runs another checkout (say, the code before a change);
 * BENCH_KYSY_NODE_ARGS adds node options (space-separated) to Kysy's process, e.g. a CPU profile;
 * `cwd` names the checkout outright (bench/turns/ab.ts runs two).
 */
export function startKysy(env: Record<string, string>, readLog = false, nodeArgs: string[] = [], cwd = process.env.BENCH_KYSY_DIR ?? ROOT): Promise<Server> {
  const launcher = existsSync(join(cwd, 'adapters', 'start.mjs')) ? 'adapters/start.mjs' : 'adapters/main.ts';
  return startScript(cwd, launcher, {
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000000',
    ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef',
    ...env,
    ...(readLog ? { LOG_LEVEL: 'info' } : {}),
  }, [...nodeArgs, ...(process.env.BENCH_KYSY_NODE_ARGS ?? '').split(' ').filter(Boolean)], readLog);
}

export function startLimit(env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  return startScript(ROOT, join('bench', 'turns', 'limit-server.ts'), env, nodeArgs);
}
