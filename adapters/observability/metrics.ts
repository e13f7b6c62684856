import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Kysy's one Prometheus registry. Every adapter counts into the metrics below; nothing creates a
 * second registry (a second would be invisible to GET /metrics). Labels are bounded: routes as
 * declared (never raw paths), criterion ids and locales from the definition, no visitor data.
 *
 * The registry lives for the process: counters are process totals, as Prometheus expects, however
 * many servers a test starts in it.
 */
export const registry = new Registry();

// Process CPU, memory, file descriptors, GC, and the event loop's lag (nodejs_eventloop_lag_*),
// under their standard names so the usual Node dashboards work unchanged.
collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

const registers = [registry];

/** Database pool figures one store reports (PostgreSQL; PGlite has no pool). */
export interface PoolFigures {
  total: number;
  idle: number;
  waiting: number;
}

/** What a running store tells the scrape: pool use, and the oldest pending outbox row's age per kind. */
export interface StoreSource {
  pool(): PoolFigures | null;
  oldestPending(): Promise<Array<{ kind: string; ageSeconds: number }>>;
}

const stores = new Set<StoreSource>();

/** Reports `source` on every scrape until the returned function is called (the store closes). */
export function watchStore(source: StoreSource): () => void {
  stores.add(source);
  return () => stores.delete(source);
}

/** A counter as /metrics shows it; labels are bounded sets (see above). */
interface CounterSpec {
  readonly name: string;
  readonly help: string;
  readonly labels: readonly string[];
}

const counterSpecs = {
  conversations: {
    name: 'kysy_conversations_started_total',
    help: 'Conversations started, by channel and locale.',
    labels: ['channel', 'locale'],
  },
  turns: {
    name: 'kysy_turns_total',
    help: 'Visitor turns processed (replays of a message already answered excluded), by channel and locale.',
    labels: ['channel', 'locale'],
  },
  decisions: {
    name: 'kysy_decisions_total',
    help: "Decisions reached: each change of a conversation's decision, by the decision it became.",
    labels: ['decision'],
  },
  handoffs: {
    name: 'kysy_handoffs_total',
    help: 'Handoffs queued (committed with a turn), delivered, and failed delivery attempts.',
    labels: ['state'],
  },
  fallbacks: {
    name: 'kysy_understanding_fallbacks_total',
    help: 'Typed answers to a question that were not understood (the question stays open), by criterion.',
    labels: ['criterion'],
  },
  llmCalls: {
    name: 'kysy_llm_calls_total',
    help: 'Requests sent to the language model (retries included), by task.',
    labels: ['task'],
  },
  llmTokens: {
    name: 'kysy_llm_tokens_total',
    help: 'Language model tokens as the server reported them, by kind (prompt, completion).',
    labels: ['kind'],
  },
  llmFailures: {
    name: 'kysy_llm_failures_total',
    help: 'Language model calls that failed (the turn went on without the model), by task and reason.',
    labels: ['task', 'reason'],
  },
  slackApiErrors: {
    name: 'kysy_slack_api_errors_total',
    help: 'Slack Web API calls that failed, by method and error (rate_limited, platform error code or transport).',
    labels: ['method', 'error'],
  },
} as const satisfies Record<string, CounterSpec>;

type Counters<S extends Record<string, CounterSpec>> = { [K in keyof S]: Counter<S[K]['labels'][number]> };

/** The counters of `specs`, registered in the table's order (the order /metrics lists them in), typed by their labels. */
function countersOf<S extends Record<string, CounterSpec>>(specs: S): Counters<S> {
  const entries = Object.entries(specs).map(([key, spec]) => [key, new Counter({ name: spec.name, help: spec.help, labelNames: spec.labels, registers })]);
  return Object.fromEntries(entries) as Counters<S>;
}

export const metrics = {
  httpDuration: new Histogram({
    name: 'kysy_http_request_duration_seconds',
    help: 'HTTP request duration by method, route (as declared) and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  }),
  ...countersOf(counterSpecs),
};

new Gauge({
  name: 'kysy_db_pool_connections',
  help: 'PostgreSQL pool connections by state (total, idle, waiting clients); absent on PGlite.',
  labelNames: ['state'] as const,
  registers,
  collect() {
    this.reset();
    const figures = [...stores].map((s) => s.pool()).filter((f): f is PoolFigures => f !== null);
    if (figures.length === 0) return;
    for (const state of ['total', 'idle', 'waiting'] as const) this.set({ state }, figures.reduce((sum, f) => sum + f[state], 0));
  },
});

new Gauge({
  name: 'kysy_outbox_oldest_pending_seconds',
  help: 'Age of the oldest undelivered outbox row, by kind (handoff, relay, sinks); 0 when none is pending.',
  labelNames: ['kind'] as const,
  registers,
  async collect() {
    this.reset();
    const oldest = new Map<string, number>([['handoff', 0]]);
    const answers = await Promise.all([...stores].map((s) => s.oldestPending().catch(() => [])));
    for (const { kind, ageSeconds } of answers.flat()) oldest.set(kind, Math.max(oldest.get(kind) ?? 0, ageSeconds));
    for (const [kind, age] of oldest) this.set({ kind }, age);
  },
});
