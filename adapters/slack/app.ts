import { App, ExpressReceiver, LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { Express } from 'express';
import type { Logger } from '../log/logger.js';
import { type ActionDeps, registerActions } from './actions.js';
import { slackApi } from './slack-api.js';
import { registerThreadReplies, type ThreadDeps } from './thread-replies.js';

export interface SlackAppOptions {
  token: string;
  signingSecret: string;
  /** Slack's Web API base URL (ends in /api/); a fake server in tests, a proxy in some companies. */
  apiUrl: string;
  logger: Logger;
}

/** The path Slack posts events and interactivity to (both, as the manifest says). */
export const SLACK_PATH = '/slack/events';

/** Bolt's log calls, into our JSON log. */
function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const text = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p))).join(' ');
  return {
    debug: (...m) => child.debug(text(m)),
    info: (...m) => child.info(text(m)),
    warn: (...m) => child.warn(text(m)),
    error: (...m) => child.error(text(m)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}

/** Slack answered, and the answer is that the token is no good: nothing will work until it is fixed. */
const REJECTED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

export class SlackTokenRejected extends Error {}

/**
 * Checks the token with auth.test and learns the bot's own user id (to ignore its own messages). A
 * rejected token stops the start; Slack being unreachable does not (the website keeps working, and
 * cards wait in the outbox): the check is retried until it passes.
 */
async function initialise(app: App, logger: Logger, retryMs = 30_000): Promise<() => void> {
  try {
    await app.init();
    return () => undefined;
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code && REJECTED.has(code)) throw new SlackTokenRejected(`SLACK_BOT_TOKEN was rejected by Slack (${code})`);
    logger.warn({ err: error }, 'slack: cannot reach Slack to check the token; retrying in the background');
    const retry = setInterval(() => {
      app.init().then(
        () => {
          clearInterval(retry);
          logger.info('slack: token checked, Slack events accepted again');
        },
        () => undefined,
      );
    }, retryMs);
    retry.unref();
    return () => clearInterval(retry);
  }
}

/**
 * A Web API client for background work (handoff cards, reminders, relays): it does not retry or wait
 * on its own, so a 429 reaches the outbox, which waits what Slack asked without counting a failed
 * attempt (slack-api.ts). The library's default would sleep out the Retry-After inside the call,
 * pausing every call of the client, then retry under retryConfig: that holds a delivery (and a
 * shutdown) as long as Slack asks, and its retries would repeat a timed-out post. A call Slack leaves
 * unanswered is given up after 5 s (the outbox retries it, and a card that was posted after all is
 * found by its metadata, not posted twice), so a shutdown waiting for the item in hand stays well
 * within its 10 s.
 */
export function backgroundClient(options: SlackAppOptions): InstanceType<typeof webApi.WebClient> {
  return new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: boltLogger(options.logger),
    timeout: 5_000,
  });
}

/**
 * Bolt on our express server: its router verifies each request's signature over the raw body (so it
 * is mounted before any body parser) and answers 401 to a bad or stale one.
 */
export async function createSlackApp(options: SlackAppOptions, deps: { actions: Omit<ActionDeps, 'api'>; threads: ThreadDeps }) {
  const logger = boltLogger(options.logger);
  const receiver = new ExpressReceiver({
    signingSecret: options.signingSecret,
    endpoints: SLACK_PATH,
    // Handlers finish before Slack gets its 200: a test (or Slack's retry logic) sees the outcome.
    processBeforeResponse: true,
    logger,
  });
  const app = new App({
    token: options.token,
    receiver,
    logger,
    deferInitialization: true,
    clientOptions: { slackApiUrl: options.apiUrl, retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 2_000 }, timeout: 10_000 },
  });
  const stopRetrying = await initialise(app, options.logger);
  registerActions(app, { ...deps.actions, api: slackApi(app.client, deps.actions.clock) });
  registerThreadReplies(app, deps.threads);
  app.error(async (error) => {
    options.logger.error({ err: error }, 'slack handler failed');
  });
  return {
    app,
    mount(server: Express) {
      server.use(receiver.router);
    },
    stop: stopRetrying,
  };
}
