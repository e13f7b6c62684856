import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKysy } from './turns/servers.js';

/**
 * `npm run bench [names…]`: first the server as `npm start` runs it, timed to /readyz on a fresh data
 * directory and again on the same one (a restart); then every bench/*.ts script (turns against the
 * durable-write limit, store, understanding, LLM…), each as its own process printing its own figures.
 * Names pick sections: `npm run bench -- startup turns`.
 * Targets: /readyz within 10 s on a fresh clone, within 3 s on an existing data directory.
 */
const FRESH_TARGET_MS = 10_000;
const RESTART_TARGET_MS = 3_000;
const ROOT = new URL('../', import.meta.url).pathname;

async function startupSection() {
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-'));
  try {
    const fresh = await startKysy({ DATA_DIR: dataDir });
    await fresh.stop();
    const again = await startKysy({ DATA_DIR: dataDir });
    await again.stop();
    const within = (ms: number, target: number) => `${ms.toFixed(0)} ms, ${ms <= target ? 'within' : 'OVER'} the ${target} ms target`;
    console.log(`startup (npm start, PGlite) to /readyz 200: fresh data dir ${within(fresh.startupMs, FRESH_TARGET_MS)}; existing data dir ${within(again.startupMs, RESTART_TARGET_MS)}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A bench script, run as its own process so each measures on a quiet runtime. */
function runScript(file: string): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('bench', file)], { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

const wanted = process.argv.slice(2);
const picked = (name: string) => wanted.length === 0 || wanted.includes(name);
let failed = false;
if (picked('startup')) await startupSection();
const scripts = (await readdir(join(ROOT, 'bench'))).filter((f) => f.endsWith('.ts') && f !== 'run.ts').sort();
for (const file of scripts) {
  if (!picked(file.replace(/\.ts$/, ''))) continue;
  console.log(`\n== bench/${file}`);
  if ((await runScript(file)) !== 0) failed = true;
}
if (failed) process.exitCode = 1;
