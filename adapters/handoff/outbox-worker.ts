import { RateLimited, RetryLater } from '../../bot/ports/handoff.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { OutboxItem, OutboxStore } from '../../bot/ports/outbox.js';
import type { Logger } from '../log/logger.js';
import { type PollingLoop, pollingLoop } from './loop.js';

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * 1 s, 2 s, 4 s, … capped at an hour: a blip (a dropped connection, one 500) is retried within
 * seconds, as Slack's own client would, and a long outage is retried until the other side accepts.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts));
}

export interface OutboxWorkerOptions {
  kind: string;
  outbox: OutboxStore;
  clock: Clock;
  logger: Logger;
  name: string;
  /** Items claimed at most per pass, and held at most at once (claimed, not settled yet). */
  batch: number;
  /**
   * Items in hand at once (1, one by one, by default): each delivery waits on several statements and
   * a call out, so one at a time a claim of handoffs took seconds while visitors' turns filled PGlite's
   * one connection (bench/handoff.ts). With more than one, a slow call holds back no other item: a
   * settled item makes room for the next claim. A conversation's own items still go one after another.
   */
  concurrency?: number;
  intervalMs: number;
  /** Woken passes start at least this far apart (see pollingLoop); 0, each wake at once, by default. */
  gatherMs?: number;
  /** Delivers one item; resolves to what is remembered about the delivery, rejects to retry it later. */
  deliver(item: OutboxItem): Promise<Record<string, unknown>>;
  /** `deliver` marks the item delivered itself, in the same write as what delivering it changes (the handoff's lead). */
  settlesItself?: boolean;
  /** Told about each failed attempt (the item as claimed, so `attempts` does not count this one). */
  failed(item: OutboxItem, error: unknown, retryAt: Date): void;
}

export interface OutboxWorker extends PollingLoop {
  /** One pass: claim due items of the kind and deliver each. */
  tick(): Promise<{ delivered: number; failed: number }>;
}

/**
 * The loop every outbox consumer runs: claim due items (leased) while there is room, deliver them
 * (`concurrency` in hand at once, each conversation's in claim order), mark each delivered or failed
 * with its next attempt (RetryLater is honoured; RateLimited only postpones it). A pass only claims: the deliveries run on, and one
 * that settles while the last claim came back full (more may be due) wakes the next pass. Stopping
 * lets the items in hand finish and hands the rest back at once, so another instance need not wait
 * out the lease.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { outbox, clock, logger } = options;
  const lanes = options.concurrency ?? 1;
  let stopping = false;
  /** Claimed items not settled yet: waiting for a lane or in hand. */
  let held = 0;
  let lastClaimFull = false;
  /** Claimed conversations' items waiting for a lane, with the tally of the claim they came in. */
  const waiting: Array<{ items: OutboxItem[]; tally: Tally; done: () => void }> = [];
  /** The conversations with items in hand; a later claim's items of one join its chain. */
  const chains = new Map<string, Promise<void>>();

  /** Delivers one item and marks it: delivered, failed (marked for its next attempt) or postponed (rate limited). */
  async function attempt(item: OutboxItem): Promise<'delivered' | 'failed' | 'postponed'> {
    try {
      const result = await options.deliver(item);
      if (!options.settlesItself) await outbox.markDelivered(item.id, result, clock.now());
      return 'delivered';
    } catch (error) {
      if (error instanceof RateLimited) {
        // Asked to wait, not refused: the item comes due when the other side said, attempts unchanged.
        const dueAt = new Date(clock.now().getTime() + error.retryAfterMs);
        await outbox.release([item.id], dueAt);
        logger.info({ outboxId: item.id, conversationId: item.conversationId, dueAt: dueAt.toISOString() }, `${options.name}: ${error.message}`);
        return 'postponed';
      }
      const delay = Math.max(retryDelayMs(item.attempts), error instanceof RetryLater ? error.retryAfterMs : 0);
      const retryAt = new Date(clock.now().getTime() + delay);
      await outbox.markFailed(item.id, (error instanceof Error ? error.message : String(error)).slice(0, 500), retryAt);
      options.failed(item, error, retryAt);
      return 'failed';
    }
  }

  /** One conversation's items in order; once stopping, the rest go back. A write that fails leaves its item to its lease. */
  async function deliverInOrder(items: OutboxItem[], tally: Tally) {
    for (const [index, item] of items.entries()) {
      if (stopping) {
        const rest = items.slice(index);
        held -= rest.length;
        await outbox.release(rest.map((i) => i.id), clock.now()).catch((error: unknown) => logger.error({ err: error }, `${options.name}: handing items back failed`));
        return;
      }
      try {
        const outcome = await attempt(item);
        if (outcome === 'delivered') tally.delivered++;
        else if (outcome === 'failed') tally.failed++;
      } catch (error) {
        // The item stays leased and comes back after its lease, as after a crash.
        tally.failed++;
        tally.errors.push(error);
        logger.error({ err: error, outboxId: item.id }, `${options.name}: an item could not be marked; it comes back after its lease`);
      } finally {
        held--;
      }
    }
  }

  /** Delivers a conversation's items after those of it already in hand. */
  function run(conversation: string, items: OutboxItem[], tally: Tally): Promise<void> {
    const chain: Promise<void> = (chains.get(conversation) ?? Promise.resolve()).then(() => deliverInOrder(items, tally)).finally(() => {
      if (chains.get(conversation) === chain) chains.delete(conversation);
      startWaiting();
      if (lastClaimFull && held < lanes && !stopping) loop.wake();
    });
    chains.set(conversation, chain);
    return chain;
  }

  function startWaiting() {
    while (waiting.length > 0 && chains.size < lanes) {
      const { items, tally, done } = waiting.shift()!;
      void run(items[0]!.conversationId, items, tally).then(done);
    }
  }

  /** Claims what there is room for and sets it going; `settled` resolves once this claim's items are. */
  async function claim(): Promise<{ full: boolean; settled: Promise<Tally> }> {
    const tally: Tally = { delivered: 0, failed: 0, errors: [] };
    if (stopping || held >= lanes) return { full: false, settled: Promise.resolve(tally) };
    const room = options.batch - held;
    const items = await outbox.claimDue(options.kind, room, clock.now());
    held += items.length;
    lastClaimFull = items.length === room;
    const byConversation = new Map<string, OutboxItem[]>();
    for (const item of items) byConversation.set(item.conversationId, [...(byConversation.get(item.conversationId) ?? []), item]);
    const settled: Array<Promise<void>> = [];
    for (const [conversation, group] of byConversation) {
      // A conversation with items still in hand: these follow them, in no lane of their own.
      if (chains.has(conversation)) settled.push(run(conversation, group, tally));
      else settled.push(new Promise<void>((done) => waiting.push({ items: group, tally, done })));
    }
    startWaiting();
    return { full: lastClaimFull, settled: Promise.all(settled).then(() => tally) };
  }

  const { intervalMs, name, gatherMs } = options;
  // A full claim may have left due items behind: the next pass follows at once (and claims if there is room).
  const loop = pollingLoop(claim, { intervalMs, logger, name, gatherMs, more: (pass) => pass.full && !stopping });
  return {
    /** Claims and waits for those items; rejects with the first write that failed. */
    async tick() {
      const { delivered, failed, errors } = await (await claim()).settled;
      if (errors.length > 0) throw errors[0];
      return { delivered, failed };
    },
    wake: loop.wake,
    start() {
      stopping = false;
      loop.start();
    },
    async stop() {
      stopping = true;
      await loop.stop();
      const rest = waiting.splice(0);
      held -= rest.reduce((n, w) => n + w.items.length, 0);
      if (rest.length > 0) await outbox.release(rest.flatMap((w) => w.items.map((i) => i.id)), clock.now());
      for (const w of rest) w.done();
      await Promise.all(chains.values());
    },
  };
}

interface Tally {
  delivered: number;
  failed: number;
  errors: unknown[];
}
