import { randomUUID } from 'node:crypto';
/**
 * A website visitor over the real public API: answers whatever the bot asks from a profile, the way a
 * person clicking buttons and typing would. Used by the HTTP tests and the benchmark.
 */
export type Reply = { choice: string } | { text: string };
export type Profile = Record<string, Reply>;

export interface BotMessage {
  id: string;
  text: string;
  choices?: Array<{ id: string; label: string }>;
  asking?: string | null;
}
export interface TurnBody {
  messages: BotMessage[];
  state: { asking: string | null; done: boolean; qualified: boolean | null };
}
export interface StartBody extends TurnBody {
  conversationId: string;
  visitorId: string;
}

/**
 * The profiles' e-mail address. Kysy treats one consented address as one person (one open lead), so
 * each Visitor gets its own variant of it (`anna.virtanen+<tag>@example.fi`); a test that plays the same
 * person twice gives the address explicitly.
 */
export const SHARED_EMAIL = 'anna.virtanen@example.fi';

const base = {
  industry: { choice: 'hvac' },
  country: { choice: 'finland' },
  role: { choice: 'owner_ceo' },
  decision_power: { choice: 'decision_maker' },
  current_tool: { choice: 'paper_spreadsheets' },
  main_pain: { choice: 'scheduling' },
  timeline: { choice: 'within_3_months' },
  budget: { choice: 'allocated' },
  motivation: { choice: 'save_time' },
  consent: { choice: 'yes' },
  contact_name: { text: 'Anna Virtanen' },
  contact_email: { text: SHARED_EMAIL },
  company_name: { text: 'Lämpöpiste Oy' },
} satisfies Profile;

/** Three visitors, one per final decision of the example definition. */
export const PROFILES = {
  sales_ready: { ...base, company_size: { text: '60' } },
  nurture: {
    ...base,
    company_size: { text: '30' },
    role: { choice: 'technician' },
    decision_power: { choice: 'researcher' },
    current_tool: { choice: 'nothing' },
    main_pain: { choice: 'no_pain' },
    timeline: { choice: 'no_plan' },
    budget: { choice: 'no_budget' },
  },
  disqualified: { ...base, industry: { choice: 'private_household' }, company_size: { text: '2' } },
} satisfies Record<string, Profile>;

export class Visitor {
  conversationId = '';
  visitorId = '';
  state: TurnBody['state'] = { asking: null, done: false, qualified: null };
  last: BotMessage[] = [];
  private sent = 0;

  readonly profile: Profile;

  constructor(
    readonly baseUrl: string,
    profile: Profile,
    private readonly tag = randomUUID().slice(0, 8),
  ) {
    const email = profile.contact_email;
    const shared = email && 'text' in email && email.text === SHARED_EMAIL;
    this.profile = shared ? { ...profile, contact_email: { text: SHARED_EMAIL.replace('@', `+${tag}@`) } } : profile;
  }

  /** The e-mail address this visitor gives when asked (null when their profile has none). */
  get email(): string | null {
    const email = this.profile.contact_email;
    return email && 'text' in email ? email.text : null;
  }

  async start(body: Record<string, unknown> = { locale: 'en' }): Promise<StartBody> {
    const res = await fetch(`${this.baseUrl}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`start answered ${res.status}: ${await res.text()}`);
    const started = (await res.json()) as StartBody;
    this.conversationId = started.conversationId;
    this.visitorId = started.visitorId;
    this.take(started);
    return started;
  }

  /** Sends one reply; resolves to the raw response so callers can time it or check its status. */
  async send(reply: Reply, clientMessageId = `${this.tag}-${++this.sent}`): Promise<Response> {
    return fetch(`${this.baseUrl}/api/conversations/${this.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kysy-visitor': this.visitorId },
      body: JSON.stringify({ clientMessageId, ...reply }),
    });
  }

  /** The profile's answer to what is being asked; with nothing asked, a closing word. */
  nextReply(): Reply {
    const asking = this.state.asking;
    if (asking && this.profile[asking]) return this.profile[asking];
    return { text: 'thanks' };
  }

  async answer(): Promise<TurnBody> {
    const res = await this.send(this.nextReply());
    if (res.status !== 200) throw new Error(`message answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as TurnBody;
    this.take(body);
    return body;
  }

  /** Answers until the bot is done; returns how many messages it took. */
  async playToEnd(maxTurns = 30): Promise<number> {
    for (let turns = 1; turns <= maxTurns; turns++) {
      await this.answer();
      if (this.state.done) return turns;
    }
    throw new Error(`not done after ${maxTurns} turns; last asking ${this.state.asking}: ${this.last.map((m) => m.text).join(' / ')}`);
  }

  private take(body: TurnBody) {
    this.state = body.state;
    this.last = body.messages;
  }
}
