import type { types } from '@slack/bolt';
import type { LeadStatus } from '../../bot/ports/store.js';
import { fitLines, plainVisitorText, visitorText } from './mrkdwn.js';

/**
 * The handoff card a rep sees in Slack: everything needed to act in ten seconds, built as Block
 * Kit from plain data. Pure: no Slack client, no clock (the time comes in as `now`).
 */

export const ACTIONS = {
  accept: 'kysy_accept',
  reject: 'kysy_reject',
  reassign: 'kysy_reassign',
  won: 'kysy_won',
  lost: 'kysy_lost',
} as const;

/** What happened to the lead in Slack; `by` is always a Slack user id. */
export type CardEvent =
  | { type: 'accepted'; by: string; at: string }
  | { type: 'rejected'; by: string; at: string; reason: string; note?: string }
  | { type: 'reassigned'; by: string; at: string; to: string }
  | { type: 'won'; by: string; at: string; amount: number; currency: string; note?: string }
  | { type: 'lost'; by: string; at: string; reason: string; note?: string }
  | { type: 'reminded'; at: string }
  | { type: 'escalated'; at: string };

export interface CardField {
  label: string;
  /** As the visitor gave it (escaped here) or an option label from the definition. */
  value: string;
  /** Shown as a mailto link when it is a plain address. */
  email?: boolean;
}

export interface ScoreLine {
  label: string;
  value: string;
  points: number;
  reason: string;
}

export interface CardLead {
  conversationId: string;
  /** The whole transcript in the admin: where the full text of anything cut lives. */
  adminUrl: string;
  title: string;
  /** Slack user to @mention (the owner, or whoever it was reassigned to). */
  assignee: string | null;
  who: CardField[];
  company: CardField[];
  fit: { points: number; threshold: number; lines: ScoreLine[] };
  intent: { points: number; threshold: number; lines: ScoreLine[] };
  quotes: string[];
  source: { pageUrl?: string; referrer?: string; campaign?: string };
  handedOffAt: string;
  status: LeadStatus;
  history: CardEvent[];
}

type Block = types.KnownBlock;

const LIMIT = { header: 150, section: 3000, field: 2000, context: 3000, fallback: 300 };

/** Strict enough that the address cannot carry `<`, `>`, `|`, `&` or spaces into the link. */
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,180}\.[A-Za-z]{2,24}$/;

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const userRef = (id: string) => (/^[UW][A-Z0-9]+$/.test(id) ? `<@${id}>` : visitorText(id, 40));
const when = (iso: string) => {
  const unix = Math.floor(new Date(iso).getTime() / 1000);
  return `<!date^${unix}^{date_short_pretty} {time}|${iso.slice(0, 16).replace('T', ' ')} UTC>`;
};

function fieldsText(heading: string, fields: CardField[]): string {
  const lines = fields.map((f) => `*${visitorText(f.label, 60)}:* ${f.email && EMAIL.test(f.value) ? `<mailto:${f.value}|${f.value}>` : visitorText(f.value, 300)}`);
  return fitLines([`*${heading}*`, ...(lines.length ? lines : ['_not given_'])], LIMIT.field, (n) => `_…${n} more in the transcript_`);
}

function scoreLines(name: string, part: CardLead['fit']): string[] {
  const head = `*${name} ${part.points}* (needs ${part.threshold})`;
  const lines = part.lines.map((l) => {
    const sign = l.points > 0 ? `+${l.points}` : String(l.points);
    return `• ${visitorText(l.label, 60)}: ${visitorText(l.value, 120)} ${sign} — _${visitorText(l.reason, 160)}_`;
  });
  return [head, ...lines];
}

function waiting(from: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - new Date(from).getTime()) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function describeEvent(e: CardEvent): string {
  switch (e.type) {
    case 'accepted':
      return `:white_check_mark: Accepted by ${userRef(e.by)} ${when(e.at)}`;
    case 'rejected':
      return `:no_entry_sign: Not a fit (${visitorText(e.reason, 80)}) — ${userRef(e.by)} ${when(e.at)}${e.note ? `: ${visitorText(e.note, 300)}` : ''}`;
    case 'reassigned':
      return `:arrows_counterclockwise: Reassigned to ${userRef(e.to)} by ${userRef(e.by)} ${when(e.at)}`;
    case 'won':
      return `:trophy: Won ${e.amount.toLocaleString('en-US')} ${visitorText(e.currency, 8)} — ${userRef(e.by)} ${when(e.at)}${e.note ? `: ${visitorText(e.note, 300)}` : ''}`;
    case 'lost':
      return `:x: Lost (${visitorText(e.reason, 80)}) — ${userRef(e.by)} ${when(e.at)}${e.note ? `: ${visitorText(e.note, 300)}` : ''}`;
    case 'reminded':
      return `:alarm_clock: Reminder sent ${when(e.at)}`;
    case 'escalated':
      return `:rotating_light: Escalated ${when(e.at)}`;
  }
}

function actions(lead: CardLead): Block | null {
  const value = lead.conversationId;
  const reassign = {
    type: 'users_select' as const,
    action_id: ACTIONS.reassign,
    placeholder: plain('Reassign to…'),
  };
  if (lead.status === 'open' || lead.status === 'handed_off') {
    return {
      type: 'actions',
      block_id: 'kysy_actions',
      elements: [
        { type: 'button', action_id: ACTIONS.accept, text: plain('Accept'), style: 'primary', value },
        { type: 'button', action_id: ACTIONS.reject, text: plain('Not a fit'), style: 'danger', value },
        reassign,
      ],
    };
  }
  if (lead.status === 'accepted') {
    return {
      type: 'actions',
      block_id: 'kysy_actions',
      elements: [
        { type: 'button', action_id: ACTIONS.won, text: plain('Won'), style: 'primary', value },
        { type: 'button', action_id: ACTIONS.lost, text: plain('Lost'), style: 'danger', value },
        reassign,
      ],
    };
  }
  return null;
}

function statusLine(lead: CardLead, now: Date): string {
  const who = lead.assignee ? userRef(lead.assignee) : 'the team';
  switch (lead.status) {
    case 'open':
    case 'handed_off':
      return `:hourglass_flowing_sand: Waiting for ${who} for ${waiting(lead.handedOffAt, now)}`;
    case 'accepted':
      return `:handshake: ${who} is on it`;
    default:
      return `:checkered_flag: Closed: ${lead.status.replace('_', ' ')}`;
  }
}

/** The card's blocks and its notification text (shown in push notifications and screen readers). */
export function buildCard(lead: CardLead, now: Date): { text: string; blocks: Block[] } {
  const link = `<${lead.adminUrl}|Full transcript>`;
  const quotes = lead.quotes.map((q) => `“${visitorText(q, 400)}”`);
  const source = [
    lead.source.pageUrl ? `Page: ${visitorText(lead.source.pageUrl, 200)}` : null,
    lead.source.campaign ? `Campaign: ${visitorText(lead.source.campaign, 100)}` : null,
    lead.source.referrer ? `From: ${visitorText(lead.source.referrer, 200)}` : null,
    `Handed off ${when(lead.handedOffAt)}`,
    link,
  ].filter((x): x is string => x !== null);

  const blocks: Block[] = [
    { type: 'header', text: plain(plainVisitorText(`New lead: ${lead.title}`, LIMIT.header)) },
    { type: 'section', block_id: 'kysy_status', text: mrkdwn(statusLine(lead, now)) },
    { type: 'section', block_id: 'kysy_facts', fields: [mrkdwn(fieldsText('Who', lead.who)), mrkdwn(fieldsText('Company', lead.company))] },
    {
      type: 'section',
      block_id: 'kysy_why',
      text: mrkdwn(fitLines(['*Why qualified*', ...scoreLines('Fit', lead.fit), ...scoreLines('Intent', lead.intent)], LIMIT.section, (n) => `_…${n} more lines in the_ ${link}`)),
    },
  ];
  if (quotes.length) {
    blocks.push({
      type: 'section',
      block_id: 'kysy_quotes',
      text: mrkdwn(fitLines(['*In their words*', ...quotes], LIMIT.section, (n) => `_…${n} more in the_ ${link}`)),
    });
  }
  blocks.push({ type: 'context', block_id: 'kysy_source', elements: [mrkdwn(fitLines(source, LIMIT.context, () => link))] });
  const buttons = actions(lead);
  if (buttons) blocks.push(buttons);
  if (lead.history.length) {
    blocks.push({
      type: 'context',
      block_id: 'kysy_history',
      elements: [mrkdwn(fitLines(lead.history.map(describeEvent), LIMIT.context, (n) => `_…${n} earlier events in the_ ${link}`))],
    });
  }
  return { text: visitorText(`New lead: ${lead.title}`, LIMIT.fallback), blocks };
}
