import type { Running } from '../../adapters/main.js';
import { startTestServer } from '../http/server.js';
import type { Store, StoreOptions } from '../../adapters/store/index.js';
import { PROFILES, Visitor } from '../http/visitor.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { slackSender, type SlackSender } from './signing.js';

export const SIGNING_SECRET = 'test-signing-secret-8f2a91c4';
/** Owners in the example definition, as the fake workspace knows them. */
export const ANNA = 'U05A7KQ2M1N';
export const ERIK = 'U05B3RT8X4P';
export const ANNA_DM = 'D05A7KQ2M1N';
export const ERIK_DM = 'D05B3RT8X4P';
export const ESCALATION = 'C05F6SLS3RW';

/** A clock the test moves; it starts at the real time so Slack's ts and ours agree, as in production. */
export function testClock() {
  let now = Date.now();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface SlackWorld {
  slack: FakeSlack;
  store: Store;
  kysy: Running;
  url: string;
  clock: ReturnType<typeof testClock>;
  sender: SlackSender;
  logs: Array<Record<string, unknown>>;
  /** A visitor played to a sales-ready handoff over the public API. */
  salesReady(): Promise<Visitor>;
  /** A sales-ready visitor whose card the worker has delivered; returns the card's place. */
  delivered(): Promise<{ visitor: Visitor; channel: string; ts: string }>;
  close(): Promise<void>;
}

/**
 * The real server (composition root, Bolt and all) pointed at a fake Slack, on a store opened with the
 * world's clock (one clock for the store, the workers and the SLA); closing the world closes both.
 */
export async function startSlackWorld(open: (options: StoreOptions) => Promise<Store>, options: { slack?: FakeSlack; env?: Record<string, string> } = {}): Promise<SlackWorld> {
  const slack = options.slack ?? (await startFakeSlack({ users: { [ANNA]: { name: 'anna', realName: 'Anna Virtanen' }, [ERIK]: { name: 'erik', realName: 'Erik Lindqvist' } } }));
  const clock = testClock();
  const store = await open({ clock });
  const server = await startTestServer(
    store,
    {
      PUBLIC_URL: 'https://kysy.example.com',
      SLACK_BOT_TOKEN: slack.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      ...options.env,
    },
    { clock },
  );
  const { url, running: kysy, logs } = server;

  async function salesReady() {
    const visitor = new Visitor(url, PROFILES.sales_ready);
    await visitor.start({ locale: 'en', context: { pageUrl: 'https://fieldwise.example/pricing', utm: { utm_campaign: 'spring_hvac' } } });
    await visitor.playToEnd();
    return visitor;
  }

  return {
    slack,
    store,
    kysy,
    url,
    clock,
    logs,
    sender: slackSender(`${url}/slack/events`, SIGNING_SECRET),
    salesReady,
    async delivered() {
      const visitor = await salesReady();
      await kysy.worker.tick();
      const record = await store.cardedLead(visitor.conversationId);
      if (!record?.card) throw new Error('the handoff was not delivered');
      return { visitor, ...record.card };
    },
    async close() {
      await server.close();
      await store.close();
      if (!options.slack) await slack.close();
    },
  };
}
