import type { HandoffTransport } from '../../bot/ports/handoff.js';
import type { LeadStore } from '../../bot/ports/leads.js';
import type { ConversationStore } from '../../bot/ports/store.js';
import type { OutboxStore } from '../../bot/ports/outbox.js';
import type { RepMessageStore } from '../../bot/ports/rep-messages.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { DefinitionCatalog } from '../../bot/service/definition-catalog.js';
import type { LeadLife } from '../../bot/service/lead-life.js';
import { createRepMessages } from '../../bot/service/rep-messages.js';
import type { Express } from 'express';
import type { Logger } from '../log/logger.js';
import { backgroundClient, createSlackApp, type SlackAppOptions } from './app.js';
import type { CardStore } from './card-store.js';
import type { CardDeps } from './cards.js';
import { createRelayWorker } from './relay-worker.js';
import { createSlaWorker } from './sla.js';
import { slackApi } from './slack-api.js';
import { slackTransport } from './transport.js';

export { SLACK_PATH, SlackTokenRejected } from './app.js';

export interface SlackChannelDeps {
  store: ConversationStore & OutboxStore & LeadStore & RepMessageStore & CardStore;
  definitions: DefinitionCatalog;
  /** The lead's lifecycle: every rep action and SLA step goes through it. */
  life: LeadLife;
  clock: Clock;
  logger: Logger;
  /** The server's public URL: cards link to the conversation in the admin there. */
  publicUrl: string;
  /** Tells open widgets (on any instance) about messages a rep wrote. */
  publish: (conversationId: string, messageIds: string[]) => Promise<void>;
  /** How often the SLA and relay loops look for work. */
  intervals?: { slaMs?: number; relayMs?: number };
}

export interface SlackChannel {
  transport: HandoffTransport;
  mount(app: Express): void;
  sla: ReturnType<typeof createSlaWorker>;
  relay: ReturnType<typeof createRelayWorker>;
  start(): void;
  stop(): Promise<void>;
}

/** Everything Slack: the Bolt app on our server, the card transport, SLA reminders, visitor relays. */
export async function createSlackChannel(options: SlackAppOptions, deps: SlackChannelDeps): Promise<SlackChannel> {
  const { store, definitions, clock, logger } = deps;
  const cardDeps: CardDeps = {
    store,
    definitions,
    clock,
    adminUrl: (id) => `${deps.publicUrl.replace(/\/$/, '')}/admin/leads/${encodeURIComponent(id)}`,
  };
  const background = slackApi(backgroundClient(options), clock);
  const slack = await createSlackApp(options, {
    actions: { ...cardDeps, logger, life: deps.life },
    threads: { store, reps: createRepMessages(store), publish: deps.publish, logger },
  });
  const sla = createSlaWorker({ ...cardDeps, api: background, logger, leads: store, life: deps.life, intervalMs: deps.intervals?.slaMs });
  const relay = createRelayWorker({ ...cardDeps, outbox: store, api: background, logger, intervalMs: deps.intervals?.relayMs });
  return {
    transport: slackTransport({ ...cardDeps, api: background }),
    mount: slack.mount,
    sla,
    relay,
    start() {
      sla.start();
      relay.start();
    },
    async stop() {
      slack.stop();
      await Promise.all([sla.stop(), relay.stop()]);
    },
  };
}
