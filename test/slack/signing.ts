import { createHmac, randomBytes } from 'node:crypto';

/**
 * Requests as Slack sends them to an app: the exact body bytes signed with the app's signing
 * secret (`v0=` HMAC-SHA256 of `v0:{timestamp}:{body}`), interactivity as a form field `payload`,
 * events as JSON.
 */

type Json = Record<string, unknown>;

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  /** Seconds since the epoch; defaults to now. A value over five minutes old is "stale". */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  secret?: string;
  /** Send no signature headers at all. */
  unsigned?: boolean;
}

export interface SlackSender {
  blockAction(action: BlockAction, opts?: SignOptions): Promise<Response>;
  viewSubmission(view: ViewSubmission, opts?: SignOptions): Promise<Response>;
  threadMessage(msg: ThreadMessage, opts?: SignOptions): Promise<Response>;
  raw(body: string, contentType: string, opts?: SignOptions): Promise<Response>;
}

export interface BlockAction {
  actionId: string;
  value?: string;
  /** For a users_select: the user picked. */
  selectedUser?: string;
  user: string;
  channel: string;
  messageTs: string;
  blockId?: string;
}

export interface ViewSubmission {
  callbackId: string;
  privateMetadata: string;
  user: string;
  /** block_id -> action_id -> element state as Slack reports it. */
  values: Record<string, Record<string, Json>>;
}

export interface ThreadMessage {
  channel: string;
  threadTs: string;
  user: string;
  text: string;
  /** Set for messages posted by a bot (including this app's own). */
  botId?: string;
  /** The message's own ts; give the same one again to redeliver an event, as Slack does. */
  ts?: string;
}

const TEAM = { id: 'T0KYSY', domain: 'kysy-test' };

export function triggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e9)}.${randomBytes(8).toString('hex')}`;
}

/** A client that posts signed Slack requests to `url` (the app's Slack endpoint). */
export function slackSender(url: string, secret: string): SlackSender {
  const now = () => `${(Date.now() / 1000).toFixed(6)}`;
  async function raw(body: string, contentType: string, opts: SignOptions = {}): Promise<Response> {
    const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': contentType };
    if (!opts.unsigned) {
      headers['x-slack-request-timestamp'] = String(timestamp);
      headers['x-slack-signature'] = slackSignature(opts.secret ?? secret, timestamp, body);
    }
    return fetch(url, { method: 'POST', headers, body });
  }
  const interactive = (payload: Json, opts?: SignOptions) =>
    raw(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', opts);

  return {
    raw,
    blockAction: (a, opts) =>
      interactive(
        {
          type: 'block_actions',
          team: TEAM,
          user: { id: a.user, username: a.user.toLowerCase(), team_id: TEAM.id },
          api_app_id: 'A0KYSY',
          token: 'legacy-verification-token',
          container: { type: 'message', message_ts: a.messageTs, channel_id: a.channel, is_ephemeral: false },
          trigger_id: triggerId(),
          channel: { id: a.channel, name: 'sales' },
          message: { type: 'message', ts: a.messageTs, text: '' },
          response_url: 'http://127.0.0.1:9/unused',
          actions: [
            a.selectedUser !== undefined
              ? { type: 'users_select', action_id: a.actionId, block_id: a.blockId ?? 'actions', selected_user: a.selectedUser, action_ts: `${Date.now() / 1000}` }
              : { type: 'button', action_id: a.actionId, block_id: a.blockId ?? 'actions', value: a.value, text: { type: 'plain_text', text: a.actionId }, action_ts: `${Date.now() / 1000}` },
          ],
        },
        opts,
      ),
    viewSubmission: (v, opts) =>
      interactive(
        {
          type: 'view_submission',
          team: TEAM,
          user: { id: v.user, username: v.user.toLowerCase(), team_id: TEAM.id },
          api_app_id: 'A0KYSY',
          token: 'legacy-verification-token',
          trigger_id: triggerId(),
          view: {
            id: 'V00000001',
            team_id: TEAM.id,
            type: 'modal',
            callback_id: v.callbackId,
            private_metadata: v.privateMetadata,
            blocks: [],
            state: { values: v.values },
            hash: '1.abc',
            app_id: 'A0KYSY',
          },
        },
        opts,
      ),
    threadMessage: (m, opts) =>
      raw(
        JSON.stringify({
          token: 'legacy-verification-token',
          team_id: TEAM.id,
          api_app_id: 'A0KYSY',
          type: 'event_callback',
          event_id: `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
          event_time: Math.floor(Date.now() / 1000),
          event: {
            type: 'message',
            channel: m.channel,
            channel_type: m.channel.startsWith('D') ? 'im' : 'channel',
            user: m.user,
            text: m.text,
            ts: m.ts ?? now(),
            thread_ts: m.threadTs,
            event_ts: `${Date.now() / 1000}`,
            ...(m.botId ? { bot_id: m.botId, subtype: 'bot_message' } : {}),
          },
        }),
        'application/json',
        opts,
      ),
  };
}
