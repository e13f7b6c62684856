import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../adapters/config/config.js';
import { createLogger } from '../adapters/log/logger.js';
import { startKysy } from '../adapters/main.js';
import { EXAMPLE_DEFINITION } from '../test/support/example-definition.js';
import { postgresBinaries, startCluster } from '../test/support/postgres-cluster.js';
import { PROFILES, Visitor } from '../test/http/visitor.js';
import { type FakeSlack, startFakeSlack } from '../test/slack/fake-slack.js';

/**
 * Time from the sales-ready decision to Slack's API receiving the card: the server as `npm start`
 * runs it (workers on, woken by NOTIFY, real clock), Slack's Web API a local fake on loopback. The
 * decision instant is the handoff's outbox row's time (the deciding turn's clock, taken as the turn
 * begins, so the turn's own write is counted); the Slack instant is when chat.postMessage reached
 * the fake server. Three loads, on PGlite and on PostgreSQL (when its server binaries are here):
 * - one lead alone: one visitor at a time, each card awaited before the next visitor starts;
 * - N leads at once: N visitors answer in step, so one answer makes all N sales-ready together; a
 *   round's cards are awaited before the next round;
 * - N visitors typing without a pause, a new conversation as soon as one ends: a load test, its
 *   handoffs per second printed (all to one owner, one Slack channel).
 * The fake Slack has no rate limits; real Slack takes about one chat.postMessage per second per
 * channel for long (short bursts more) and answers the rest 429 with Retry-After, which the outbox
 * waits out: the last row offers one channel far more than that (see README).
 */
const HANDOFFS = Number(process.env.BENCH_HANDOFFS ?? 200);
const ALONE = Number(process.env.BENCH_ALONE ?? 50);
const AT_ONCE = Number(process.env.BENCH_CONCURRENCY ?? 8);
const DATABASES = (process.env.BENCH_DB ?? 'pglite,pg').split(',');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

type Kysy = Awaited<ReturnType<typeof startKysy>>;

/** The instant each handoff's card reached the fake Slack, by conversation id (the card's key). */
function cardTimes(slack: FakeSlack) {
  const posted = new Map<string, number>();
  let seen = 0;
  return {
    posted,
    /** Waits until every one of `conversations` has its card, or throws after 60 s. */
    async awaitCards(conversations: string[]) {
      for (let waited = 0; waited < 60_000; waited += 10) {
        const calls = slack.accepted('chat.postMessage');
        for (const call of calls.slice(seen)) {
          const key = String(JSON.parse(String(call.args.metadata ?? '{}')).event_payload?.key ?? '');
          if (key && !posted.has(key)) posted.set(key, call.at);
        }
        seen = calls.length;
        if (conversations.every((c) => posted.has(c))) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`only ${conversations.filter((c) => posted.has(c)).length} of ${conversations.length} handoffs reached Slack`);
    },
  };
}

/** Each handoff's latency (ms), from its outbox row to its card at Slack, sorted. */
async function latencies(kysy: Kysy, cards: ReturnType<typeof cardTimes>, conversations: string[]): Promise<number[]> {
  const rows = await kysy.store.sql.query<{ conversation_id: string; created_at: Date | string }>(
    `SELECT conversation_id, created_at FROM outbox WHERE kind = 'handoff' AND conversation_id = ANY($1)`,
    [conversations],
  );
  if (rows.length !== conversations.length) throw new Error(`${rows.length} handoff rows for ${conversations.length} sales-ready conversations`);
  return rows.map((r) => (cards.posted.get(r.conversation_id) as number) - new Date(r.created_at).getTime()).sort((a, b) => a - b);
}

/** `rounds` rounds of `size` visitors answering in step; each round's cards awaited before the next. */
async function inStep(kysy: Kysy, cards: ReturnType<typeof cardTimes>, url: string, rounds: number, size: number) {
  const all: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const visitors = Array.from({ length: size }, () => new Visitor(url, PROFILES.sales_ready));
    await Promise.all(visitors.map((v) => v.start()));
    for (let turn = 0; turn < 30 && visitors.some((v) => !v.state.done); turn++) {
      await Promise.all(visitors.filter((v) => !v.state.done).map((v) => v.answer()));
    }
    const ids = visitors.map((v) => v.conversationId);
    await cards.awaitCards(ids);
    all.push(...ids);
  }
  return { conversations: all, perSecond: null };
}

/** `lanes` visitors playing `count` conversations between them without a pause; the cards awaited at the end. */
async function nonStop(cards: ReturnType<typeof cardTimes>, url: string, count: number, lanes: number) {
  const conversations: string[] = [];
  let started = 0;
  const began = performance.now();
  async function lane() {
    while (started < count) {
      started++;
      const visitor = new Visitor(url, PROFILES.sales_ready);
      await visitor.start();
      await visitor.playToEnd();
      conversations.push(visitor.conversationId);
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane));
  const perSecond = count / ((performance.now() - began) / 1000);
  await cards.awaitCards(conversations);
  return { conversations, perSecond };
}

async function bench(database: string, databaseUrl: string | undefined) {
  const slack = await startFakeSlack();
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-handoff-'));
  const loaded = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef',
    LEAD_DEFINITION: EXAMPLE_DEFINITION,
    RATE_LIMIT_PER_MINUTE: '1000000',
    SLACK_BOT_TOKEN: slack.token,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: slack.url,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const kysy = await startKysy(loaded.config, { logger: createLogger('warn'), buildWidget: false, announce: () => {} });
  const url = `http://127.0.0.1:${kysy.port}`;
  const cards = cardTimes(slack);
  try {
    const loads = [
      { label: 'one lead alone', run: () => inStep(kysy, cards, url, ALONE, 1) },
      { label: `${AT_ONCE} leads at once`, run: () => inStep(kysy, cards, url, Math.ceil(HANDOFFS / AT_ONCE), AT_ONCE) },
      { label: `${AT_ONCE} visitors non-stop`, run: () => nonStop(cards, url, HANDOFFS, AT_ONCE) },
    ];
    let handoffs = 0;
    for (const load of loads) {
      const { conversations, perSecond } = await load.run();
      const sorted = await latencies(kysy, cards, conversations);
      handoffs += sorted.length;
      const f = (n: number | undefined) => (n ?? NaN).toFixed(0).padStart(7);
      const rate = perSecond === null ? '' : `  (${perSecond.toFixed(1)} handoffs/s offered)`;
      console.log(`${database.padEnd(8)} | ${load.label.padEnd(22)} | ${String(sorted.length).padStart(8)} | ${f(percentile(sorted, 50))} | ${f(percentile(sorted, 99))} | ${f(sorted.at(-1))}${rate}`);
    }
    const posted = slack.cards().length;
    console.log(`${database}: cards posted ${posted} for ${handoffs} handoffs (exactly one each: ${posted === handoffs ? 'yes' : 'NO'})`);
    if (posted !== handoffs) process.exitCode = 1;
  } finally {
    await kysy.close();
    await slack.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

console.log('handoff latency: the deciding turn (its outbox row) → chat.postMessage received by a fake Slack without rate limits; workers woken by NOTIFY');
console.log('database | load                   | handoffs |  p50 ms |  p99 ms |  max ms');
console.log('---------|------------------------|----------|---------|---------|--------');
if (DATABASES.includes('pglite')) await bench('PGlite', undefined);
if (DATABASES.includes('pg')) {
  const bin = await postgresBinaries();
  if (!bin) console.log('PostgreSQL: server binaries not found under /usr/lib/postgresql — skipped');
  else {
    const cluster = await startCluster(bin, { durable: true });
    try {
      await bench('pg', cluster.url);
    } finally {
      await cluster.stop();
    }
  }
}
