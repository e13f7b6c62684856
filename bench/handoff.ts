import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../adapters/config/config.js';
import { createLogger } from '../adapters/log/logger.js';
import { startKysy } from '../adapters/main.js';
import { EXAMPLE_DEFINITION } from '../test/support/example-definition.js';
import { PROFILES, Visitor } from '../test/http/visitor.js';
import { startFakeSlack } from '../test/slack/fake-slack.js';

/**
 * Time from the sales-ready decision to Slack's API receiving the card: the server as `npm start`
 * runs it (PGlite, workers on, real clock), Slack's Web API a local fake on loopback. The decision
 * instant is the handoff's outbox row (written in the turn's transaction); the Slack instant is when
 * chat.postMessage reached the fake server.
 */
const HANDOFFS = Number(process.env.BENCH_HANDOFFS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const slack = await startFakeSlack();
const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-handoff-'));
const loaded = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
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

/** Plays `count` visitors to a sales-ready handoff, `concurrency` at a time; returns each handoff's latency. */
async function measure(count: number, concurrency: number): Promise<number[]> {
  const conversations: string[] = [];
  let started = 0;
  async function lane() {
    while (started < count) {
      started++;
      const visitor = new Visitor(url, PROFILES.sales_ready);
      await visitor.start();
      await visitor.playToEnd();
      conversations.push(visitor.conversationId);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));

  const posted = new Map<string, number>();
  for (let waited = 0; waited < 30_000; waited += 50) {
    for (const call of slack.accepted('chat.postMessage')) {
      const key = String(JSON.parse(String(call.args.metadata ?? '{}')).event_payload?.key ?? '');
      if (key && !posted.has(key)) posted.set(key, call.at);
    }
    if (conversations.every((c) => posted.has(c))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const rows = await kysy.store.sql.query<{ conversation_id: string; created_at: Date | string }>(
    `SELECT conversation_id, created_at FROM outbox WHERE kind = 'handoff' AND conversation_id = ANY($1)`,
    [conversations],
  );
  if (rows.length !== count || !conversations.every((c) => posted.has(c))) throw new Error(`only ${posted.size} of ${count} handoffs reached Slack`);
  return rows.map((r) => (posted.get(r.conversation_id) as number) - new Date(r.created_at).getTime()).sort((a, b) => a - b);
}

try {
  console.log(`handoff latency: decision (handoff outbox row committed) → chat.postMessage received by the fake Slack; ${HANDOFFS} handoffs each, PGlite, workers woken by NOTIFY`);
  console.log('visitors at once | handoffs |  p50 ms |  p99 ms |  max ms');
  console.log('-----------------|----------|---------|---------|--------');
  for (const concurrency of [1, CONCURRENCY]) {
    const latencies = await measure(HANDOFFS, concurrency);
    const f = (n: number | undefined) => (n ?? NaN).toFixed(0).padStart(7);
    console.log(`${String(concurrency).padStart(16)} | ${String(latencies.length).padStart(8)} | ${f(percentile(latencies, 50))} | ${f(percentile(latencies, 99))} | ${f(latencies.at(-1))}`);
  }
  const cards = slack.cards().length;
  console.log(`cards posted: ${cards} for ${2 * HANDOFFS} handoffs (exactly one each: ${cards === 2 * HANDOFFS ? 'yes' : 'NO'})`);
  if (cards !== 2 * HANDOFFS) process.exitCode = 1;
} finally {
  await kysy.close();
  await slack.close();
  await rm(dataDir, { recursive: true, force: true });
}
