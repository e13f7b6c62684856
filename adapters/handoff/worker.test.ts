import { describe, expect, it } from 'vitest';
import { type HandoffPayload, type HandoffTransport, RateLimited, RetryLater } from '../../bot/ports/handoff.js';
import type { OutboxItem, OutboxStore } from '../../bot/ports/outbox.js';
import type { LeadLife } from '../../bot/service/lead-life.js';
import { createLogger } from '../log/logger.js';
import { createHandoffWorker, retryDelayMs } from './worker.js';

const payload: HandoffPayload = {
  conversationId: 'c1',
  definitionVersion: 1,
  reason: 'sales_ready',
  decision: 'sales_ready',
  ownerId: 'anna',
  locale: 'fi',
  fit: 60,
  intent: 50,
  total: 110,
  requestedAt: '2026-01-01T00:00:00.000Z',
};

/** An outbox that keeps due times, so the test sees when a failed item comes back; and the leads it hands off. */
function memoryOutbox() {
  const handedOff: string[] = [];
  const rows = new Map<string, OutboxItem & { dueAt: number; delivered?: Record<string, unknown>; lastError?: string }>();
  // As the store's lead change does: the lead handed off and the item settled at once.
  const leads: Pick<LeadLife, 'handOff'> = {
    async handOff(id, settling) {
      handedOff.push(id);
      if (settling) rows.get(settling.outboxId)!.delivered = settling.result;
      return null;
    },
  };
  const outbox: OutboxStore = {
    async claimDue(kind, limit, now) {
      // Copies, as the SQL store returns: what the worker holds is the row as it was when claimed.
      return [...rows.values()].filter((r) => r.kind === kind && !r.delivered && r.dueAt <= now.getTime()).slice(0, limit).map((r) => ({ ...r }));
    },
    async markDelivered(id, result) {
      rows.get(id)!.delivered = result;
    },
    async markFailed(id, error, next) {
      const row = rows.get(id)!;
      row.attempts++;
      row.lastError = error;
      row.dueAt = next.getTime();
    },
    async release(ids, dueAt) {
      for (const id of ids) rows.get(id)!.dueAt = dueAt.getTime();
    },
  };
  const add = (id: string, conversationId = 'c1') =>
    rows.set(id, { id, kind: 'handoff', conversationId, payload: { ...payload, conversationId }, attempts: 0, createdAt: '', dueAt: 0 });
  return { outbox: Object.assign(outbox, leads), rows, add, handedOff };
}

function clockAt(start: number) {
  const clock = { t: start, now: () => new Date(clock.t) };
  return clock;
}

const quiet = createLogger('silent');

describe('handoff worker', () => {
  it('delivers due handoffs once, marks them delivered and their leads handed off', async () => {
    const { outbox, rows, add, handedOff } = memoryOutbox();
    add('h1');
    const sent: string[] = [];
    const transport: HandoffTransport = { name: 'test', deliver: async (h, id) => (sent.push(`${id}:${h.ownerId}`), { ok: true }) };
    const worker = createHandoffWorker({ outbox, leads: outbox, transport, clock: clockAt(1000), logger: quiet });
    expect(await worker.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });
    expect(sent).toEqual(['h1:anna']);
    expect(rows.get('h1')?.delivered).toEqual({ ok: true });
    expect(handedOff).toEqual(['c1']);
  });

  it('retries a failed delivery after a growing delay', async () => {
    const { outbox, rows, add } = memoryOutbox();
    add('h1');
    let failures = 2;
    const transport: HandoffTransport = {
      name: 'flaky',
      deliver: async () => {
        if (failures-- > 0) throw new Error('slack is down');
        return { ts: '1.2' };
      },
    };
    const clock = clockAt(0);
    const worker = createHandoffWorker({ outbox, leads: outbox, transport, clock, logger: quiet });
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 1 });
    expect(rows.get('h1')).toMatchObject({ attempts: 1, lastError: 'slack is down', dueAt: retryDelayMs(0) });
    clock.t = retryDelayMs(0) - 1;
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });
    clock.t = retryDelayMs(0);
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 1 });
    expect(rows.get('h1')?.dueAt).toBe(retryDelayMs(0) + retryDelayMs(1));
    clock.t = 10 * 60_000;
    expect(await worker.tick()).toEqual({ delivered: 1, failed: 0 });
  });

  it('retries a transient failure within seconds, then backs off', () => {
    expect(retryDelayMs(0)).toBe(1_000);
    expect(retryDelayMs(1)).toBe(2_000);
    expect(retryDelayMs(5)).toBe(32_000);
  });

  it('stopping lets the delivery in hand finish and hands the rest of its claim back, due at once', async () => {
    const { outbox, rows, add } = memoryOutbox();
    for (const id of ['h1', 'h2', 'h3']) add(id);
    let stopped: Promise<void> = Promise.resolve();
    const delivered: string[] = [];
    const clock = clockAt(5_000);
    const worker = createHandoffWorker({
      outbox: {
        ...outbox,
        // Claims lease the rows for a minute, as the SQL outbox does.
        claimDue: async (kind, limit, now) => {
          const claimed = await outbox.claimDue(kind, limit, now);
          for (const item of claimed) rows.get(item.id)!.dueAt = now.getTime() + 60_000;
          return claimed;
        },
      },
      leads: outbox,
      transport: {
        name: 'slow',
        deliver: async (_h, id) => {
          if (delivered.length === 0) stopped = worker.stop();
          delivered.push(id);
          return {};
        },
      },
      clock,
      logger: quiet,
    });
    worker.start();
    await worker.tick();
    await stopped;
    expect(delivered).toEqual(['h1']);
    expect([rows.get('h2')?.dueAt, rows.get('h3')?.dueAt]).toEqual([5_000, 5_000]);
  });

  it('waits at least as long as a transport asks with RetryLater', async () => {
    const { outbox, rows, add } = memoryOutbox();
    add('h1');
    const transport: HandoffTransport = {
      name: 'rate-limited',
      deliver: async () => {
        throw new RetryLater('slack said 429', 120_000);
      },
    };
    const worker = createHandoffWorker({ outbox, leads: outbox, transport, clock: clockAt(0), logger: quiet });
    await worker.tick();
    expect(rows.get('h1')?.dueAt).toBe(120_000);
  });

  it('waits out a rate limit without counting it as a failed attempt or alerting', async () => {
    const { outbox, rows, add } = memoryOutbox();
    add('h1');
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger('debug', { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) });
    const transport: HandoffTransport = {
      name: 'rate-limited',
      deliver: async () => {
        throw new RateLimited('slack rate limited: retry after 1s', 1_000);
      },
    };
    const worker = createHandoffWorker({ outbox, leads: outbox, transport, clock: clockAt(0), logger, alertAfter: 1 });
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });
    expect(rows.get('h1')).toMatchObject({ dueAt: 1_000, attempts: 0 });
    expect(logs.filter((l) => Number(l.level) >= 40)).toEqual([]);
  });

  it('caps the delay at an hour', () => {
    expect(retryDelayMs(30)).toBe(3_600_000);
  });

  it('fails a malformed outbox row instead of delivering it', async () => {
    const { outbox, rows, handedOff } = memoryOutbox();
    rows.set('bad', { id: 'bad', kind: 'handoff', conversationId: 'c1', payload: { nonsense: true }, attempts: 0, createdAt: '', dueAt: 0 });
    const delivered: string[] = [];
    const worker = createHandoffWorker({ outbox, leads: outbox, transport: { name: 't', deliver: async (_h, id) => (delivered.push(id), {}) }, clock: clockAt(0), logger: quiet });
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 1 });
    expect(delivered).toEqual([]);
    expect(handedOff).toEqual([]);
  });

  it('claims again at once after a full claim, not at the next interval', async () => {
    const { outbox, rows, add } = memoryOutbox();
    for (let i = 0; i < 5; i++) add(`h${i}`);
    const worker = createHandoffWorker({ outbox, leads: outbox, transport: { name: 't', deliver: async () => ({}) }, clock: clockAt(0), logger: quiet, batch: 2, intervalMs: 60_000 });
    worker.start();
    worker.wake();
    await expect.poll(() => [...rows.values()].every((r) => r.delivered), { timeout: 2000 }).toBe(true);
    await worker.stop();
  });

  it("delivers a claim's handoffs of different leads at once, and one lead's items one after the other", async () => {
    const { outbox, rows, add } = memoryOutbox();
    for (const [id, lead] of [['a1', 'a'], ['b1', 'b'], ['a2', 'a'], ['c1', 'c']] as const) add(id, lead);
    const inFlight = new Set<string>();
    const overlapping: string[][] = [];
    let release: () => void = () => undefined;
    // Opened by the third delivery under way (or, one at a time, after a second: the test then fails, not hangs).
    const gate = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 1_000);
    });
    const worker = createHandoffWorker({
      outbox,
      leads: outbox,
      transport: {
        name: 'slow',
        deliver: async (h, id) => {
          inFlight.add(id);
          overlapping.push([...inFlight].sort());
          if (inFlight.size === 3) release();
          await gate;
          inFlight.delete(id);
          return {};
        },
      },
      clock: clockAt(0),
      logger: quiet,
    });
    expect(await worker.tick()).toEqual({ delivered: 4, failed: 0 });
    expect(overlapping).toContainEqual(['a1', 'b1', 'c1']);
    expect(overlapping.every((ids) => !(ids.includes('a1') && ids.includes('a2')))).toBe(true);
    expect([...rows.values()].every((r) => r.delivered)).toBe(true);
  });

  it('delivers a handoff that comes while another call hangs, without waiting for it', async () => {
    const { outbox, rows, add } = memoryOutbox();
    add('slow', 'a');
    let answer: () => void = () => undefined;
    const hanging = new Promise<void>((resolve) => (answer = resolve));
    const called: string[] = [];
    const transport: HandoffTransport = {
      name: 't',
      deliver: async (h, id) => {
        called.push(id);
        if (h.conversationId === 'a') await hanging;
        return {};
      },
    };
    // Claims lease the rows, as the SQL outbox does.
    const leasing: OutboxStore = {
      ...outbox,
      claimDue: async (kind, limit, now) => {
        const claimed = await outbox.claimDue(kind, limit, now);
        for (const item of claimed) rows.get(item.id)!.dueAt = now.getTime() + 60_000;
        return claimed;
      },
    };
    const worker = createHandoffWorker({ outbox: leasing, leads: outbox, transport, clock: clockAt(0), logger: quiet, intervalMs: 60_000, gatherMs: 0 });
    worker.start();
    worker.wake();
    await expect.poll(() => called).toEqual(['slow']);
    add('next', 'b');
    worker.wake();
    await expect.poll(() => rows.get('next')?.delivered, { timeout: 2000 }).toEqual({});
    expect(rows.get('slow')?.delivered).toBeUndefined();
    answer();
    await worker.stop();
    expect(rows.get('slow')?.delivered).toEqual({});
    expect(called).toEqual(['slow', 'next']);
  });

  it('runs in the background until stopped', async () => {
    const { outbox, rows, add } = memoryOutbox();
    add('h1');
    const worker = createHandoffWorker({ outbox, leads: outbox, transport: { name: 't', deliver: async () => ({}) }, clock: clockAt(0), logger: quiet, intervalMs: 5 });
    worker.start();
    await expect.poll(() => rows.get('h1')?.delivered, { timeout: 2000 }).toEqual({});
    await worker.stop();
  });

  it('raises an alert line once a handoff has failed alertAfter times', async () => {
    const { outbox, rows, add } = memoryOutbox();
    add('h1');
    const lines: Array<{ level: number; alert?: string; attempts?: number }> = [];
    const logger = createLogger('warn', { write: (line: string) => void lines.push(JSON.parse(line)) });
    const clock = clockAt(0);
    const worker = createHandoffWorker({ outbox, leads: outbox, transport: { name: 'down', deliver: async () => Promise.reject(new Error('down')) }, clock, logger, alertAfter: 3 });
    for (let i = 0; i < 4; i++) {
      await worker.tick();
      clock.t = rows.get('h1')!.dueAt;
    }
    expect(lines.map((l) => [l.attempts, l.alert ?? null])).toEqual([[1, null], [2, null], [3, 'handoff_undelivered'], [4, 'handoff_undelivered']]);
    expect(lines.filter((l) => l.alert).every((l) => l.level === 50)).toBe(true);
  });
});
