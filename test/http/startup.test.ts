import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX_MAIN = [process.execPath, '--import', 'tsx', 'adapters/main.ts'];
const children: ChildProcess[] = [];

/** npm and tsx start children of their own: signals go to the whole process group. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-child.pid!, signal);
    return true;
  } catch {
    return false;
  }
}

afterEach(() => {
  for (const child of children.splice(0)) signalGroup(child, 'SIGKILL');
});

function start(env: Record<string, string>, command = ['npm', 'start', '--silent']) {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ADMIN_TOKEN: '', WIDGET_ORIGINS: '', PUBLIC_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start', () => {
  it('answers /readyz on a fresh data directory, prints the generated admin token once, and stops on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kysy-start-'));
    const started = Date.now();
    const run = start({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, WORKERS: 'on' });
    const url = await waitFor(() => {
      const line = run
        .out()
        .split('\n')
        .find((l) => l.includes('"kysy listening"'));
      return line ? (JSON.parse(line) as { url: string }).url : undefined;
    }, 90_000);
    const ready = await waitFor(async () => {
      const res = await fetch(`${url}/readyz`).catch(() => null);
      return res?.status === 200 ? Date.now() - started : undefined;
    }, 10_000);
    // The 10 s budget on a fresh clone is measured by `npm run bench` (no timed tests); this proves it comes up.
    console.log(`npm start: /readyz 200 after ${ready} ms`);

    const token = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
    expect(run.out().split(token).length - 1).toBe(1);
    const admin = await fetch(`${url}/api/admin/conversations`, { headers: { authorization: `Bearer ${token}` } });
    expect(admin.status).toBe(200);

    signalGroup(run.child, 'SIGTERM');
    await run.exited;
    await waitFor(() => (signalGroup(run.child, 0) ? undefined : true), 15_000);
    expect(run.out()).toContain('"shutting down"');
  }, 120_000);
});

describe('configuration errors', () => {
  it('stop the process with a message naming each bad variable', async () => {
    const run = start({ PORT: 'eighty', WIDGET_ORIGINS: 'not an origin', WORKERS: 'sometimes' }, TSX_MAIN);
    expect(await run.exited).toBe(1);
    for (const name of ['PORT', 'WIDGET_ORIGINS', 'WORKERS']) expect(run.err()).toMatch(new RegExp(`^\\s+${name} `, 'm'));
  }, 60_000);

  it('stop the process when the lead definition file is missing or invalid, naming LEAD_DEFINITION', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kysy-start-'));
    const missing = start({ PORT: '0', DATA_DIR: dataDir, LEAD_DEFINITION: join(dataDir, 'missing.yaml') }, TSX_MAIN);
    const invalidFile = join(dataDir, 'invalid.yaml');
    await writeFile(invalidFile, 'version: 1\ncompany: {name: Acme}\nlocales: [en]\ndefaultLocale: en\ncriteria: []\n');
    const invalid = start({ PORT: '0', DATA_DIR: dataDir, LEAD_DEFINITION: invalidFile }, TSX_MAIN);
    expect(await missing.exited).toBe(1);
    expect(missing.err()).toMatch(/LEAD_DEFINITION: cannot read .*missing\.yaml/);
    expect(await invalid.exited).toBe(1);
    expect(invalid.err()).toContain('LEAD_DEFINITION');
    expect(invalid.err()).toContain('criteria');
  }, 60_000);
});
