import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Express } from 'express';
import type { HandoffTransport } from '../bot/ports/handoff.js';
import type { Clock, Random } from '../bot/ports/runtime.js';
import { createConversationService } from '../bot/service/conversation-service.js';
import { createDefinitionCatalog } from '../bot/service/definition-catalog.js';
import { createLeadLife, type LeadLife } from '../bot/service/lead-life.js';
import { parseDefinition } from '../qualification/definition/parse.js';
import { ensureFirstAdmin, mountAdmin } from './admin/index.js';
import { publishDefinitionFile } from './admin/definition-file.js';
import { resolveAdminToken } from './config/admin-token.js';
import { dataDirProblem } from './config/data-dir.js';
import { StartupError } from './config/startup-error.js';
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

async function loadDefinitionFile(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new StartupError(`LEAD_DEFINITION: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new StartupError(`LEAD_DEFINITION: ${path} is not a valid lead definition:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.definition;
}

/** Builds the widget into dist/widget when the widget sources are present; never rejects (the API works without it). */
async function bundleWidget(logger: Logger): Promise<void> {
  const builder = new URL('./http/widget/build.ts', import.meta.url);
  if (!existsSync(builder)) return;
  try {
    const module = (await import(builder.href)) as { buildWidget?: () => Promise<{ bytes: number; brotliBytes: number }> };
    if (!module.buildWidget) return;
    const built = await module.buildWidget();
    logger.info({ bytes: built.bytes, brotliBytes: built.brotliBytes }, 'widget built');
  } catch (error) {
    logger.error({ err: error }, 'widget build failed');
  }
}

/**
 * What a start reads while its database opens: the admin token (generated and announced at the first
 * start), the lead definition file, and HubSpot's client when configured; and the widget bundle it
 * starts building (never rejects: the API works without it).
 */
async function readFirst(config: Config, logger: Logger, announce: (line: string) => void, buildWidget: boolean) {
  // DATA_DIR holds the generated admin token (and the PGlite database: openConfiguredStore checks it for that).
  if (!config.ADMIN_TOKEN) {
    const problem = await dataDirProblem(config.DATA_DIR);
    if (problem) throw new StartupError(problem);
  }
  const admin = await resolveAdminToken(config.DATA_DIR, config.ADMIN_TOKEN);
  if (admin.source === 'generated') {
    announce(`\nKysy admin token (shown once; also kept in ${resolve(config.DATA_DIR, 'admin-token')}):\n  ${admin.token}\n`);
  }
  const definitionPath = resolve(config.LEAD_DEFINITION);
  const definition = await loadDefinitionFile(definitionPath);
  const widget = buildWidget ? bundleWidget(logger) : Promise.resolve();
  // Integrations load their client libraries only when configured (Slack's Bolt, HubSpot's client and
  // LangChain are a good part of the time to ready otherwise).
  const hubspotModule = config.HUBSPOT_ACCESS_TOKEN ? await import('./crm/hubspot/worker.js') : null;
  return { admin, definitionPath, definition, widget, hubspotModule };
}

/**
 * Where the time to ready went, in ms since the process started (logged with 'kysy listening'; the
 * turns bench prints it): `modules` is loading the code, each later key the step ending there.
 */
function startupClock() {
  const marks: Record<string, number> = { modules: Math.round(performance.now()) };
  let last = performance.now();
  return {
    marks,
    async step<T>(name: string, work: Promise<T> | T): Promise<T> {
      const value = await work;
      const now = performance.now();
      marks[name] = Math.round(now - last);
      last = now;
      return value;
    },
  };
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
