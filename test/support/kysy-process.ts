import { type ChildProcess, spawn } from 'node:child_process';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The server from its sources through tsx (`tsx adapters/main.ts`): the process is the server itself, so a signal reaches it and nothing else. */
export const TSX_MAIN = [process.execPath, '--import', 'tsx', 'adapters/main.ts'];
/**
 * `npm start` without npm's own start-up: the server bundle (built first when a source changed), which
 * reads its configuration before it loads the rest of the server (~0.6 s of CPU to a configuration
 * error, ~3 s through tsx).
 */
export const NODE_START = [process.execPath, 'adapters/start.mjs'];

export interface KysyProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  out(): string;
  err(): string;
  /** The JSON log lines written so far. */
  logs(): Array<Record<string, unknown>>;
  /** Sends `signal` to the process group (npm and tsx start children of their own); false when it is gone. */
  signal(signal: NodeJS.Signals | 0): boolean;
}

const running = new Set<KysyProcess>();

/** Starts the server as an operator would, in a process group of its own; the environment is cleared of the caller's Kysy settings. */
export function startKysyProcess(env: Record<string, string>, command = TSX_MAIN): KysyProcess {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ADMIN_TOKEN: '', WIDGET_ORIGINS: '', PUBLIC_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const process_: KysyProcess = {
    child,
    exited,
    out: () => stdout,
    err: () => stderr,
    logs: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    signal(signal) {
      try {
        process.kill(-child.pid!, signal);
        return true;
      } catch {
        return false;
      }
    },
  };
  running.add(process_);
  void exited.then(() => running.delete(process_));
  return process_;
}

/** Kills every server a test started and left running (for afterEach/afterAll). */
export function killAll(): void {
  for (const process_ of running) process_.signal('SIGKILL');
}

export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms: number, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves when the process answers /readyz with 200 on `url`; rejects if it exits first. */
export async function readyAt(kysy: KysyProcess, url: string, ms = 90_000): Promise<void> {
  let exited = false;
  void kysy.exited.then(() => (exited = true));
  await waitFor(
    async () => {
      if (exited) throw new Error(`kysy exited before it was ready:\n${kysy.err()}\n${kysy.out().slice(-2000)}`);
      const res = await fetch(`${url}/readyz`).catch(() => null);
      return res?.status === 200 ? true : undefined;
    },
    ms,
    `${url}/readyz`,
  );
}
