import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Express } from 'express';
import type { HandoffTransport } from '../bot/ports/handoff.js';
import type { Clock, Random } from '../bot/ports/runtime.js';
import { createConversationService } from '../bot/service/conversation-service.js';
import { createDefinitionCatalog } from '../bot/service/definition-catalog.js';
import { createLeadLife, type LeadLife } from '../bot/service/lead-life.js';
import { ensureFirstAdmin, mountAdmin } from './admin/index.js';
import { publishDefinitionFile } from './admin/definition-file.js';
import { StartupError } from './config/startup-error.js';
import { readFirst } from './startup/read-first.js';
import { startupClock } from './startup/startup-clock.js';
import { openConfiguredStore } from './configured-store.js';
import { type Config, publicUrl } from './config/config.js';
import { logTransport } from './handoff/log-transport.js';
import { knowledgeFromDefinition } from './knowledge/from-definition.js';
import { llmFromConfig } from './llm/from-config.js';
import { createHandoffWorker } from './handoff/worker.js';
import type { OutboxWorker } from './handoff/outbox-worker.js';
import { createWebhookWorker, WEBHOOK_SINK } from './webhooks/worker.js';
import { createPurgeWorker, type PurgeWorker } from './retention/purge-worker.js';
import { createBotFrameworkChannel } from './botframework/index.js';
import { createApp, PUBLIC_DIR } from './http/app.js';
import { listen } from './http/server.js';
import { readWidgetBundle } from './http/assets/widget-bundle.js';
import { createLiveHub, type LiveHub } from './live/hub.js';
import { liveEvents } from './live/sse.js';
import { createLogger, type Logger } from './log/logger.js';
import { watchStore } from './observability/metrics.js';
import { metricsApp } from './observability/metrics-route.js';
import { observedTurns } from './observability/observed-turns.js';
import type { SlackChannel } from './slack/index.js';
import type { Store } from './store/index.js';
import { sharedReaderThreads } from './understanding/reader-thread.js';
import { OUTBOX_CHANNEL } from './store/outbox.js';
import { RELAY_KIND } from '../bot/service/relay.js';

export const systemClock: Clock = { now: () => new Date() };
/** Cryptographic: visitor ids come from it and act as the visitor's key to their transcript. */
export const cryptoRandom: Random = { next: () => randomInt(2 ** 47) / 2 ** 47 };

export { StartupError };

export interface StartOptions {
  /** A store opened by the caller (tests); otherwise the config's database is opened and owned. */
  store?: Store;
  /** The config's database, already opening (serve.ts starts it before this module loads); owned as if opened here. */
  opening?: Promise<Store>;
  logger?: Logger;
  clock?: Clock;
  transport?: HandoffTransport;
  /** Bundle the widget into dist/widget before listening (off in tests that start many servers: they serve the last build). */
  buildWidget?: boolean;
  /** Where a freshly generated admin token is shown, once. */
  announce?: (line: string) => void;
}

export interface Running {
  url: string;
  port: number;
  /** The HTTP app as composed (its routes are what the OpenAPI document must cover). */
  app: Express;
  /** The separate metrics listener's /metrics (METRICS_PORT), or null. */
  metricsUrl: string | null;
  adminToken: string;
  store: Store;
  worker: ReturnType<typeof createHandoffWorker>;
  /** Signed lead-event webhooks; null without WEBHOOK_URL. */
  webhooks: OutboxWorker | null;
  /** The HubSpot sync; null without HUBSPOT_ACCESS_TOKEN. */
  hubspot: OutboxWorker | null;
  /** The retention purge; null when RETENTION_DAYS is 0. */
  retention: PurgeWorker | null;
  /** Slack (cards, actions, SLA, relays) when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set. */
  slack: SlackChannel | null;
  /** The lead's lifecycle: what sales and the workers do to leads. */
  life: LeadLife;
  live: LiveHub;
  close(): Promise<void>;
}

export async function startKysy(config: Config, options: StartOptions = {}): Promise<Running> {
  const startup = startupClock();
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const announce = options.announce ?? ((line: string) => process.stdout.write(`${line}\n`));
  // The database opens meanwhile (PGlite's open is the longest step of a start); a start that stops
  // before it is used closes it.
  const ownsStore = !options.store;
  const opening = options.store ? Promise.resolve(options.store) : (options.opening ?? openConfiguredStore(config));
  opening.catch(() => undefined);
  const { admin, definitionPath, definition, widget, hubspotModule, store } = await readFirst(config, logger, announce, options.buildWidget ?? true)
    .then(async (read) => ({ ...read, store: await startup.step('database', opening) }))
    .catch(async (error: unknown) => {
      if (ownsStore) await opening.then((opened) => opened.close(), () => undefined);
      throw error;
    });
  const webhook = config.WEBHOOK_URL && config.WEBHOOK_SECRET ? { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET } : null;
  const HUBSPOT_SINK = hubspotModule?.HUBSPOT_SINK;
  try {
    const { published, changed } = await startup.step('definition', publishDefinitionFile(store, definition, `from ${config.LEAD_DEFINITION}`));
    logger.info({ version: published.version, changed }, changed ? 'lead definition published' : 'lead definition unchanged');
    const definitions = createDefinitionCatalog(store, definition);
    const life = createLeadLife({ leads: store, definitions, clock });
    await startup.step('admin', ensureFirstAdmin(store, clock, announce));
    const llm = await llmFromConfig(config, logger);
    const knowledge = await startup.step('knowledge', knowledgeFromDefinition(definition, definitionPath, store.sql, llm, logger));
    const unwatch = watchStore({
      pool: () => store.pool(),
      oldestPending: async () =>
        (await store.outboxBacklog()).map(({ kind, oldest }) => ({ kind, ageSeconds: Math.max(0, (clock.now().getTime() - Date.parse(oldest)) / 1000) })),
    });
    const service = createConversationService({
      store: observedTurns(store, logger),
      definitions,
      clock,
      random: cryptoRandom,
      understandModel: llm?.understanding,
      knowledge: knowledge?.knowledge,
      wording: config.LLM_WORDING,
      companies: store,
      reader:
        config.UNDERSTANDING_THREADS > 0
          ? sharedReaderThreads(config.UNDERSTANDING_THREADS, (error) => logger.warn({ err: error }, 'understanding threads failed: messages are read on the main thread'))
          : undefined,
    });
    await startup.step('widget', widget);
    const widgetBundle = await readWidgetBundle();

    const live = await createLiveHub(store, logger);
    const botFramework = createBotFrameworkChannel(
      {
        appId: config.MICROSOFT_APP_ID,
        appPassword: config.MICROSOFT_APP_PASSWORD,
        appType: config.MICROSOFT_APP_TYPE,
        tenantId: config.MICROSOFT_APP_TENANT_ID,
        openIdMetadataUrl: config.BOTFRAMEWORK_OPENID_METADATA_URL,
        emulator: config.BOTFRAMEWORK_EMULATOR,
      },
      { service, store, logger },
    );
    await startup.step('botframework', botFramework.ready);
    // Messages written outside a visitor turn (a rep in Slack) reach the visitor wherever they are:
    // open widgets through LISTEN/NOTIFY, messaging channels proactively.
    const publish = async (conversationId: string, messageIds: string[]) => {
      await live.publish(conversationId, messageIds);
      await botFramework.relay(conversationId, messageIds).catch((error: unknown) => {
        logger.warn({ err: error, conversationId }, 'bot framework relay failed');
      });
    };
    const slackModule = config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET ? await import('./slack/index.js') : null;
    const slack =
      slackModule && config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET
        ? await slackModule.createSlackChannel(
            { token: config.SLACK_BOT_TOKEN, signingSecret: config.SLACK_SIGNING_SECRET, apiUrl: config.SLACK_API_URL, logger },
            { store, definitions, life, clock, logger, publicUrl: publicUrl(config, config.PORT), publish },
          ).catch((error: unknown) => {
            throw error instanceof slackModule.SlackTokenRejected ? new StartupError(error.message) : error;
          })
        : null;
    const transport = options.transport ?? slack?.transport ?? logTransport(logger);
    const worker = createHandoffWorker({ outbox: store, leads: life, transport, clock, logger });
    const webhooks = webhook ? createWebhookWorker({ ...webhook, outbox: store, events: store, clock, logger }) : null;
    const hubspot = hubspotModule && config.HUBSPOT_ACCESS_TOKEN
      ? hubspotModule.createHubSpotWorker({
          accessToken: config.HUBSPOT_ACCESS_TOKEN,
          basePath: config.HUBSPOT_API_URL,
          outbox: store,
          events: store,
          records: store,
          companies: store,
          definitions,
          clock,
          logger,
          publicUrl: publicUrl(config, config.PORT),
        })
      : null;
    const retention = config.RETENTION_DAYS > 0 ? createPurgeWorker({ store, clock, logger, retentionDays: config.RETENTION_DAYS }) : null;
    const app = createApp({
      service,
      ready: () => store.ready(),
      logger,
      widgetOrigins: config.WIDGET_ORIGINS,
      ownOrigin: publicUrl(config, config.PORT),
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      metricsToken: config.METRICS_TOKEN,
      trustProxy: config.TRUST_PROXY,
      publicDir: PUBLIC_DIR,
      widget: widgetBundle,
      channels: [botFramework.mount, ...(slack ? [slack.mount] : []), mountAdmin({ store, definitions, adminToken: admin.token, clock, logger })],
      visitorRoutes: [liveEvents({ service, hub: live })],
    });
    const server = await startup.step('channels', listen(app, config.PORT, config.HOST));
    const metricsServer = config.METRICS_PORT === undefined ? null : await listen(metricsApp(logger), config.METRICS_PORT, config.METRICS_HOST);
    let unlisten: () => Promise<void> = async () => undefined;
    if (config.WORKERS) {
      worker.start();
      retention?.start();
      slack?.start();
      webhooks?.start();
      hubspot?.start();
      unlisten = await store.listen(OUTBOX_CHANNEL, (kind) => {
        if (kind === 'handoff') worker.wake();
        else if (kind === RELAY_KIND) slack?.relay.wake();
        else if (kind === WEBHOOK_SINK) webhooks?.wake();
        else if (kind === HUBSPOT_SINK) hubspot?.wake();
      });
    }
    logger.info(
      { url: server.url, startupMs: startup.marks, workers: config.WORKERS, database: config.DATABASE_URL ? 'postgres' : 'pglite', metrics: metricsServer ? `${metricsServer.url}/metrics` : config.METRICS_TOKEN ? 'token' : 'off' },
      'kysy listening',
    );

    return {
      url: server.url,
      port: server.port,
      app,
      metricsUrl: metricsServer ? `${metricsServer.url}/metrics` : null,
      adminToken: admin.token,
      store,
      worker,
      webhooks,
      hubspot,
      retention,
      slack,
      life,
      live,
      async close() {
        knowledge?.close();
        // No new connection from here on; the turns in flight and the workers' items in hand finish
        // meanwhile (a worker hands the rest of its claim back), then the database goes.
        const serving = Promise.all([server.close(), metricsServer?.close()]);
        await unlisten();
        await Promise.all([worker.stop(), retention?.stop(), slack?.stop(), webhooks?.stop(), hubspot?.stop(), live.close()]);
        await serving;
        unwatch();
        if (ownsStore) await store.close();
      },
    };
  } catch (error) {
    if (ownsStore) await store.close();
    throw error;
  }
}

// `tsx adapters/main.ts` runs the server as `npm start` does. Not awaited here: serve.ts imports this
// module, which must finish evaluating first.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void (await import('./serve.js')).main();
