import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAll, NODE_START, startKysyProcess, waitFor } from '../support/kysy-process.js';
import { pgliteDataDir } from '../support/pglite-template.js';

afterEach(killAll);
const dataDirs: string[] = [];
afterAll(() => Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true }))));
async function newDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kysy-start-'));
  dataDirs.push(dir);
  return dir;
}

const start = (env: Record<string, string>, command = ['npm', 'start', '--silent']) => startKysyProcess(env, command);

describe('npm start', () => {
  it('answers /readyz on a fresh data directory, prints the generated admin token once, and stops on SIGTERM', async () => {
    const dataDir = await newDataDir();
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

    run.signal('SIGTERM');
    await run.exited;
    await waitFor(() => (run.signal(0) ? undefined : true), 15_000);
    expect(run.out()).toContain('"shutting down"');
  }, 120_000);
});

describe('configuration errors', () => {
  it('stop the process with a message naming each bad variable', async () => {
    const run = start({ PORT: 'eighty', WIDGET_ORIGINS: 'not an origin', WORKERS: 'sometimes' }, NODE_START);
    expect(await run.exited).toBe(1);
    for (const name of ['PORT', 'WIDGET_ORIGINS', 'WORKERS']) expect(run.err()).toMatch(new RegExp(`^\\s+${name} `, 'm'));
  }, 60_000);

  it('stop the process when the lead definition file is missing or invalid, naming LEAD_DEFINITION', async () => {
    // Each process its own data directory, as a start before left it: the database opens meanwhile and a
    // failed start closes it first (on a new directory that waits for an initdb and every migration).
    const [dataDir, otherDataDir] = await Promise.all([newDataDir(), newDataDir()]);
    await Promise.all([pgliteDataDir(join(dataDir, 'pglite')), pgliteDataDir(join(otherDataDir, 'pglite'))]);
    const missing = start({ PORT: '0', DATA_DIR: dataDir, LEAD_DEFINITION: join(dataDir, 'missing.yaml') }, NODE_START);
    const invalidFile = join(dataDir, 'invalid.yaml');
    await writeFile(invalidFile, 'version: 1\ncompany: {name: Acme}\nlocales: [en]\ndefaultLocale: en\ncriteria: []\n');
    const invalid = start({ PORT: '0', DATA_DIR: otherDataDir, LEAD_DEFINITION: invalidFile }, NODE_START);
    expect(await missing.exited).toBe(1);
    expect(missing.err()).toMatch(/LEAD_DEFINITION: cannot read .*missing\.yaml/);
    expect(await invalid.exited).toBe(1);
    expect(invalid.err()).toContain('LEAD_DEFINITION');
    expect(invalid.err()).toContain('criteria');
  }, 60_000);
});
