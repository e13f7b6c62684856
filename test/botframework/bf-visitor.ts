import type { Store } from '../../adapters/store/index.js';
import type { Profile } from '../http/visitor.js';
import type { FakeConnector } from './fake-connector.js';

type SuggestedActions = { actions: Array<{ type: string; title: string; value: string }> };
let sequence = 0;

/**
 * A visitor in a Bot Framework channel (Web Chat): posts activities to the real server and reads the
 * bot's replies at the fake connector, clicking suggested actions the way a person would.
 */
export class BotFrameworkVisitor {
  constructor(
    private readonly serverUrl: string,
    private readonly connector: FakeConnector,
    private readonly store: Store,
    readonly conversationId: string,
    private readonly channelId = 'webchat',
  ) {}

  activity(fields: Record<string, unknown>) {
    return {
      type: 'message',
      id: `act-${++sequence}`,
      channelId: this.channelId,
      serviceUrl: this.connector.url,
      conversation: { id: this.conversationId },
      from: { id: `visitor-${this.conversationId}`, name: 'Visitor' },
      recipient: { id: 'kysy-bot', name: 'Kysy' },
      locale: 'en-US',
      ...fields,
    };
  }

  post(body: unknown): Promise<Response> {
    return fetch(`${this.serverUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  /** Every message activity the bot sent into this conversation so far. */
  received() {
    return this.connector.received.filter((r) => r.conversationId === this.conversationId && r.activity.type === 'message');
  }

  async record() {
    const record = await this.store.findByExternalId('botframework', `${this.channelId}:${this.conversationId}`);
    if (!record) throw new Error(`no conversation for ${this.conversationId}`);
    return record;
  }

  async join(extra: Record<string, unknown> = {}): Promise<Response> {
    const before = this.connector.received.filter((r) => r.activity.type === 'message').length;
    const res = await this.post(this.activity({ type: 'conversationUpdate', membersAdded: [{ id: `visitor-${this.conversationId}` }], ...extra }));
    await this.connector.messages(before + 1);
    return res;
  }

  /** Sends text and waits until the bot has answered it. */
  async say(text: string): Promise<Response> {
    const before = this.connector.received.filter((r) => r.activity.type === 'message').length;
    const res = await this.post(this.activity({ text }));
    if (res.status === 200) await this.connector.messages(before + 1);
    return res;
  }

  /** Answers what the bot asks from the profile until it closes: choices by clicking a suggested action. */
  async playToEnd(profile: Profile, maxTurns = 30): Promise<void> {
    for (let turn = 0; turn < maxTurns; turn++) {
      const { id, state } = await this.record();
      if (state.phase === 'closed') return;
      const reply = state.asking ? profile[state.asking] : undefined;
      if (!reply) throw new Error(`profile has no answer for ${state.asking}`);
      const res = await this.say('choice' in reply ? await this.clickLabel(id, reply.choice) : reply.text);
      if (res.status !== 200) throw new Error(`activity answered ${res.status}`);
    }
    throw new Error(`conversation ${this.conversationId} did not close in ${maxTurns} turns`);
  }

  /** The value of the suggested action showing the choice's label (the channel shows labels, not ids). */
  private async clickLabel(kysyConversationId: string, choiceId: string): Promise<string> {
    const stored = ((await this.store.transcript(kysyConversationId)) ?? []).filter((m) => m.role === 'bot' && m.choices?.length);
    const label = stored[stored.length - 1]?.choices?.find((c) => c.id === choiceId)?.label;
    const shown = this.received().filter((r) => r.activity.suggestedActions);
    const actions = (shown[shown.length - 1]?.activity.suggestedActions as SuggestedActions | undefined)?.actions ?? [];
    const action = actions.find((a) => a.title === label);
    if (!action || action.type !== 'imBack') throw new Error(`no suggested action for ${choiceId} (${label})`);
    return action.value;
  }
}
