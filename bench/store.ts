import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { answer, commit, newConversation } from '../adapters/store/contract-fixtures.js';
import { openStore, type Store, storeOn } from '../adapters/store/index.js';
import { migrate, readMigrations } from '../adapters/store/migrate.js';
import { pgliteDriver } from '../adapters/store/pglite-driver.js';
import { postgresBinaries, startCluster } from '../test/support/postgres-cluster.js';

export interface TurnRun {
  database: string;
  turns: number;
  concurrency: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
}

export interface StoreFigures {
  /** ms to a migrated PGlite store: a new database vs loading a dumped migrated template. */
  pgliteOpen: { fresh: number; fromTemplate: number; reopen: number };
  turns: TurnRun[];
}

const TURNS = 1000;
const TURNS_PER_CONVERSATION = 10;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

/**
 * `turns` runTurn calls, `concurrency` conversations at a time, each turn a realistic write: the
 * visitor message, two bot replies, one answer, its audit event, the state and the lead.
 */
async function runTurns(database: string, store: Store, concurrency: number): Promise<TurnRun> {
  const latencies: number[] = [];
  let claimed = 0;
  async function lane() {
    while (claimed < TURNS) {
      const { conversation } = await store.createConversation(newConversation());
      for (let i = 0; i < TURNS_PER_CONVERSATION; i++) {
        // Claimed before awaiting, so the lanes together run exactly TURNS.
        if (claimed >= TURNS) return;
        claimed++;
        const at = new Date().toISOString();
        const started = performance.now();
        await store.runTurn(conversation.id, `m${i}`, ({ conversation: c }) => commit(c.state, { answers: [answer(`criterion_${i}`, i, at)] }));
        latencies.push(performance.now() - started);
      }
    }
  }
  const [, ms] = await timed(() => Promise.all(Array.from({ length: concurrency }, lane)));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    database,
    turns: latencies.length,
    concurrency,
    seconds: ms / 1000,
    turnsPerSecond: (latencies.length / ms) * 1000,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

async function pgliteFigures(dir: string): Promise<{ open: StoreFigures['pgliteOpen']; turns: TurnRun[] }> {
  const [fresh, freshMs] = await timed(() => openStore({ dataDir: join(dir, 'fresh') }));
  await fresh.close();
  const [reopened, reopenMs] = await timed(() => openStore({ dataDir: join(dir, 'fresh') }));

  const template = await PGlite.create();
  await migrate(pgliteDriver(template), await readMigrations());
  const dump = await template.dumpDataDir('none');
  await template.close();
  const [cloned, templateMs] = await timed(async () => storeOn(pgliteDriver(await PGlite.create({ loadDataDir: dump }))));
  await cloned.close();

  const turns = [await runTurns('pglite (on disk)', reopened, 1)];
  await reopened.close();
  return { open: { fresh: freshMs, fromTemplate: templateMs, reopen: reopenMs }, turns };
}

async function postgresFigures(): Promise<TurnRun[]> {
  let url = process.env.DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  if (!url) {
    const bin = await postgresBinaries();
    if (!bin) return [];
    const cluster = await startCluster(bin, { durable: true });
    url = cluster.url;
    stop = cluster.stop;
  }
  try {
    const runs: TurnRun[] = [];
    for (const concurrency of [1, 8]) {
      const store = await openStore({ databaseUrl: url });
      runs.push(await runTurns('postgres (durable, TCP)', store, concurrency));
      await store.close();
    }
    return runs;
  } finally {
    await stop();
  }
}

export async function benchStore(): Promise<StoreFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'kysy-bench-store-'));
  try {
    const pglite = await pgliteFigures(dir);
    return { pgliteOpen: pglite.open, turns: [...pglite.turns, ...(await postgresFigures())] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const figures = await benchStore();
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(`PGlite store, migrated: fresh ${ms(figures.pgliteOpen.fresh)}, from template ${ms(figures.pgliteOpen.fromTemplate)}, reopen ${ms(figures.pgliteOpen.reopen)}`);
  for (const run of figures.turns) {
    console.log(
      `${run.turns} runTurn on ${run.database}, ${run.concurrency} at a time: ${run.seconds.toFixed(2)} s, ${Math.round(run.turnsPerSecond)}/s, p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms`,
    );
  }
}
