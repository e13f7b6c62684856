import { webApi, type types } from '@slack/bolt';
import { RateLimited } from '../../bot/ports/handoff.js';
import type { Clock } from '../../bot/ports/runtime.js';
import { metrics } from '../observability/metrics.js';
import type { CardRef } from './card-store.js';

type WebClient = InstanceType<typeof webApi.WebClient>;
type Block = types.KnownBlock;

/** The metadata event type that marks Kysy's handoff cards; its payload carries the idempotency key. */
export const CARD_EVENT = 'kysy_handoff';
export const RELAY_EVENT = 'kysy_relay';

/** How far back to look for a card that may already have been posted (history pages of 200). */
const LOOKUP_PAGES = 5;
/** Slack's clock and ours may disagree a little: look this far before the handoff request. */
const CLOCK_SKEW_S = 600;

/** What went wrong, as a bounded label: Slack's own error code (`channel_not_found`), or the kind of failure. */
function errorLabel(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === webApi.ErrorCode.RateLimitedError) return 'rate_limited';
  if (code === webApi.ErrorCode.PlatformError) {
    const platform = (error as { data?: { error?: unknown } }).data?.error;
    return typeof platform === 'string' && /^[a-z_]{1,64}$/.test(platform) ? platform : 'platform_error';
  }
  if (code === webApi.ErrorCode.HTTPError) return 'http_error';
  if (code === webApi.ErrorCode.RequestError) return 'request_error';
  return 'error';
}

/** Slack's rate limit becomes a RateLimited the outbox waits out; everything else stays an error. Each failure is counted (kysy_slack_api_errors_total). */
export async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    metrics.slackApiErrors.inc({ method, error: errorLabel(error) });
    if (error instanceof Error && 'code' in error && error.code === webApi.ErrorCode.RateLimitedError) {
      const seconds = (error as { retryAfter?: number }).retryAfter ?? 60;
      throw new RateLimited(`slack rate limited: retry after ${seconds}s`, seconds * 1000);
    }
    throw error;
  }
}

/**
 * chat.postMessage is limited per channel (about one a second): once Slack answers 429 for a channel,
 * the other posts to it wait out the same Retry-After instead of each meeting its own 429.
 */
function channelHolds(clock: Clock) {
  const until = new Map<string, number>();
  return async function post<T>(channel: string, run: () => Promise<T>): Promise<T> {
    const waitMs = (until.get(channel) ?? 0) - clock.now().getTime();
    if (waitMs > 0) throw new RateLimited(`slack channel ${channel} rate limited: retry after ${Math.ceil(waitMs / 1000)}s`, waitMs);
    until.delete(channel);
    try {
      return await call('chat.postMessage', run);
    } catch (error) {
      if (error instanceof RateLimited) until.set(channel, Math.max(until.get(channel) ?? 0, clock.now().getTime() + error.retryAfterMs));
      throw error;
    }
  };
}

/**
 * The few Web API calls Kysy makes, over a client that does not retry by itself: the outbox owns
 * retries, so a crash or a 429 is handled in one place.
 */
export function slackApi(client: WebClient, clock: Clock) {
  // A person's DM with the app keeps its channel id: opened once per user per process.
  const dms = new Map<string, string>();
  const postTo = channelHolds(clock);
  async function findByMetadata(
    messages: Array<{ ts?: string; metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }> | undefined,
    eventType: string,
    key: string,
  ): Promise<string | null> {
    const hit = messages?.find((m) => m.metadata?.event_type === eventType && m.metadata.event_payload?.key === key);
    return hit?.ts ?? null;
  }

  return {
    /** The channel a card for this Slack user or channel goes to (a user gets a DM from the app). */
    async target(destination: { slackUser?: string; slackChannel?: string }): Promise<string> {
      if (destination.slackChannel) return destination.slackChannel;
      const user = destination.slackUser;
      if (!user) throw new Error('owner has neither slackUser nor slackChannel');
      const known = dms.get(user);
      if (known) return known;
      const opened = await call('conversations.open', () => client.conversations.open({ users: user }));
      if (!opened.channel?.id) throw new Error('conversations.open returned no channel');
      dms.set(user, opened.channel.id);
      return opened.channel.id;
    },

    /** A message this app already posted with `key` in its metadata, posted at or after `since`. */
    async findPosted(channel: string, key: string, since: Date): Promise<CardRef | null> {
      let cursor: string | undefined;
      for (let page = 0; page < LOOKUP_PAGES; page += 1) {
        const history = await call('conversations.history', () =>
          client.conversations.history({ channel, include_all_metadata: true, oldest: String(Math.floor(since.getTime() / 1000) - CLOCK_SKEW_S), limit: 200, cursor }),
        );
        const ts = await findByMetadata(history.messages, CARD_EVENT, key);
        if (ts) return { channel, ts };
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!history.has_more || !cursor) return null;
      }
      return null;
    },

    async postCard(channel: string, key: string, card: { text: string; blocks: Block[] }, payload: Record<string, string>): Promise<CardRef> {
      const posted = await postTo(channel, () =>
        client.chat.postMessage({ channel, text: card.text, blocks: card.blocks, unfurl_links: false, unfurl_media: false, metadata: { event_type: CARD_EVENT, event_payload: { key, ...payload } } }),
      );
      if (!posted.ts || !posted.channel) throw new Error('chat.postMessage returned no ts');
      return { channel: posted.channel, ts: posted.ts };
    },

    async updateCard(ref: CardRef, card: { text: string; blocks: Block[] }): Promise<void> {
      await call('chat.update', () => client.chat.update({ channel: ref.channel, ts: ref.ts, text: card.text, blocks: card.blocks }));
    },

    /** Posts into a card's thread; with a key, a reply already carrying it is not posted twice. */
    async reply(ref: CardRef, text: string, key?: string, broadcast = false): Promise<void> {
      if (key) {
        const thread = await call('conversations.replies', () => client.conversations.replies({ channel: ref.channel, ts: ref.ts, include_all_metadata: true, limit: 1000 }));
        if (await findByMetadata(thread.messages, RELAY_EVENT, key)) return;
      }
      await postTo(ref.channel, () =>
        client.chat.postMessage({
          channel: ref.channel,
          thread_ts: ref.ts,
          text,
          reply_broadcast: broadcast,
          unfurl_links: false,
          ...(key ? { metadata: { event_type: RELAY_EVENT, event_payload: { key } } } : {}),
        }),
      );
    },

    async post(channel: string, text: string): Promise<void> {
      await postTo(channel, () => client.chat.postMessage({ channel, text, unfurl_links: false }));
    },
  };
}

export type SlackApi = ReturnType<typeof slackApi>;
