import { describe, expect, it } from 'vitest';
import { registry } from './metrics.js';

/**
 * Kysy's metrics as dashboards and alerts know them (README "Metrics and logs"): a renamed metric,
 * a reworded help or a changed label set breaks someone's queries, so each is a deliberate change here.
 */
const EXPECTED: Array<[name: string, type: string, help: string, labels: string[]]> = [
  ['kysy_http_request_duration_seconds', 'histogram', 'HTTP request duration by method, route (as declared) and status.', ['method', 'route', 'status']],
  ['kysy_conversations_started_total', 'counter', 'Conversations started, by channel and locale.', ['channel', 'locale']],
  ['kysy_turns_total', 'counter', 'Visitor turns processed (replays of a message already answered excluded), by channel and locale.', ['channel', 'locale']],
  ['kysy_decisions_total', 'counter', "Decisions reached: each change of a conversation's decision, by the decision it became.", ['decision']],
  ['kysy_handoffs_total', 'counter', 'Handoffs queued (committed with a turn), delivered, and failed delivery attempts.', ['state']],
  ['kysy_understanding_fallbacks_total', 'counter', 'Typed answers to a question that were not understood (the question stays open), by criterion.', ['criterion']],
  ['kysy_llm_calls_total', 'counter', 'Requests sent to the language model (retries included), by task.', ['task']],
  ['kysy_llm_tokens_total', 'counter', 'Language model tokens as the server reported them, by kind (prompt, completion).', ['kind']],
  ['kysy_llm_failures_total', 'counter', 'Language model calls that failed (the turn went on without the model), by task and reason.', ['task', 'reason']],
  ['kysy_slack_api_errors_total', 'counter', 'Slack Web API calls that failed, by method and error (rate_limited, platform error code or transport).', ['method', 'error']],
  ['kysy_db_pool_connections', 'gauge', 'PostgreSQL pool connections by state (total, idle, waiting clients); absent on PGlite.', ['state']],
  ['kysy_outbox_oldest_pending_seconds', 'gauge', 'Age of the oldest undelivered outbox row, by kind (handoff, relay, sinks); 0 when none is pending.', ['kind']],
];

describe('the metrics registry', () => {
  it('shows every Kysy metric on /metrics with its name, type and help, in order', async () => {
    const text = await registry.metrics();
    const shown = [...text.matchAll(/^# HELP (kysy_\w+) (.*)\n# TYPE \1 (\w+)$/gm)].map(([, name, help, type]) => [name, type, help]);
    expect(shown).toEqual(EXPECTED.map(([name, type, help]) => [name, type, help]));
  });

  it('declares each with exactly its bounded labels', () => {
    for (const [name, , , labels] of EXPECTED) {
      // prom-client keeps the declared label names on the metric (they are not in its types).
      const metric = registry.getSingleMetric(name) as unknown as { labelNames: readonly string[] } | undefined;
      expect([name, metric?.labelNames]).toEqual([name, labels]);
    }
  });
});
