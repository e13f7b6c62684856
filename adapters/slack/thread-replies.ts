import type { App, webApi } from '@slack/bolt';
import type { RepMessages } from '../../bot/service/rep-messages.js';
import type { Logger } from '../log/logger.js';
import type { CardStore } from './card-store.js';
import { slackToPlain } from './mrkdwn.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

export interface ThreadDeps {
  store: Pick<CardStore, 'leadByCard'>;
  reps: RepMessages;
  /** Tells every instance's open widgets about new messages. */
  publish: (conversationId: string, messageIds: string[]) => Promise<void>;
  logger: Logger;
}

/** The name the visitor sees for a rep: their Slack display name's first word, or "a colleague". */
function namer(client: WebClient) {
  const cache = new Map<string, string>();
  return async (user: string): Promise<string> => {
    const known = cache.get(user);
    if (known) return known;
    const info = await client.users.info({ user }).catch(() => null);
    const profile = info?.user?.profile;
    const full = profile?.real_name || info?.user?.real_name || profile?.display_name || '';
    const name = full.trim().split(/\s+/)[0] || 'A colleague';
    cache.set(user, name);
    return name;
  };
}

/** A rep writing in a card's thread talks to the visitor: the message goes to their widget. */
export function registerThreadReplies(app: App, deps: ThreadDeps): void {
  const nameOf = namer(app.client);
  app.event('message', async ({ event }) => {
    // Edits, joins and bot posts (this app's own relays included) carry a subtype or a bot id.
    if (event.subtype !== undefined || event.bot_id || !event.thread_ts || event.thread_ts === event.ts || !event.text) return;
    const lead = await deps.store.leadByCard({ channel: event.channel, ts: event.thread_ts });
    if (!lead) return;
    const text = slackToPlain(event.text).slice(0, 4000);
    if (!text) return;
    const outcome = await deps.reps.say(lead.id, `slack:${event.channel}:${event.ts}`, text, await nameOf(event.user));
    if (outcome.kind !== 'processed') return;
    await deps.publish(lead.id, outcome.messages.map((m) => m.id));
    deps.logger.info({ conversationId: lead.id, messages: outcome.messages.length }, 'rep message passed to the visitor');
  });
}
