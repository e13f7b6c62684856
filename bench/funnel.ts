import { openStore, type Store } from '../adapters/store/index.js';
import type { OutcomeFilter } from '../adapters/store/outcome-filter.js';
import { exampleDefinition } from '../test/support/example-definition.js';
import { postgresBinaries, startCluster } from '../test/support/postgres-cluster.js';
import { loadSeed } from '../test/support/seed/load.js';
import { planSeed } from '../test/support/seed/plan.js';
import { pgliteStore } from '../test/support/stores.js';

/**
 * The outcome queries over 100,000 seeded conversations (eight weeks, two definition versions), on
 * PGlite and PostgreSQL: the dashboard's funnel by week, a segment by day, response times and the
 * per-owner table. Each figure is the median of five runs after one warm-up.
 * Target: the whole-period weekly funnel within 1 s on PostgreSQL (the dashboard's first paint).
 */
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const TARGET_MS = 1_000;
const ALL: OutcomeFilter = { from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const definition = exampleDefinition();

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2]!;
}

const planStart = performance.now();
const plan = planSeed(definition, { seed: 14, conversations: CONVERSATIONS, start: '2026-10-05', days: 56, versions: [1, 2] });
console.log(`planned ${CONVERSATIONS} conversations in ${((performance.now() - planStart) / 1000).toFixed(1)} s`);

async function measure(name: string, store: Store) {
  for (const _ of [1, 2]) await store.publish(definition, 'bench', 'bench');
  const loadStart = performance.now();
  await loadSeed(store.sql, plan);
  await store.sql.query('ANALYZE');
  const loaded = (performance.now() - loadStart) / 1000;
  const weekly = await median(() => store.funnel(ALL, 'week', 'UTC'));
  const segment = await median(() => store.funnel({ ...ALL, locale: 'fi', campaign: 'owners_webinar', version: 2 }, 'day', 'Europe/Helsinki'));
  const times = await median(() => store.responseTimes(ALL));
  const owners = await median(() => store.ownerFigures(ALL, definition.sla.acceptMinutes, new Date('2027-01-01T00:00:00Z')));
  const verdict = weekly <= TARGET_MS ? 'within' : 'OVER';
  console.log(
    `${name}: loaded in ${loaded.toFixed(1)} s; funnel by week ${weekly.toFixed(0)} ms (${verdict} the ${TARGET_MS} ms target), ` +
      `segment by day ${segment.toFixed(0)} ms, response times ${times.toFixed(0)} ms, per owner ${owners.toFixed(0)} ms`,
  );
}

const pglite = await pgliteStore();
try {
  await measure(`PGlite, ${CONVERSATIONS} conversations`, pglite);
} finally {
  await pglite.close();
}

const bin = process.env.DATABASE_URL ? null : await postgresBinaries();
const cluster = bin ? await startCluster(bin) : null;
const url = process.env.DATABASE_URL ?? cluster?.url;
if (url) {
  const store = await openStore({ databaseUrl: url });
  try {
    await measure(`PostgreSQL, ${CONVERSATIONS} conversations`, store);
  } finally {
    await store.close();
    await cluster?.stop();
  }
} else console.log('PostgreSQL: no server binaries here; skipped');
