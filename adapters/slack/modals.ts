import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { CardRef } from './card-store.js';

/** The modals behind Not a fit, Won and Lost, and the parsing of what a rep submits in them. */

export const VIEWS = { reject: 'kysy_reject_view', won: 'kysy_won_view', lost: 'kysy_lost_view' } as const;

export const REJECT_REASONS = {
  too_small: 'Too small',
  wrong_industry: 'Wrong industry',
  wrong_market: 'Outside our markets',
  no_budget: 'No budget',
  existing_customer: 'Already a customer',
  spam: 'Spam or test',
  other: 'Other',
} as const;

export const LOST_REASONS = {
  price: 'Price',
  competitor: 'Chose a competitor',
  timing: 'Bad timing',
  no_decision: 'No decision made',
  features: 'Missing features',
  other: 'Other',
} as const;

export const CURRENCIES = ['EUR', 'SEK', 'NOK', 'DKK', 'PLN', 'USD'] as const;

const Meta = z.object({ conversationId: z.string().min(1).max(100), channel: z.string().min(1), ts: z.string().min(1) });
export type ModalMeta = z.infer<typeof Meta>;

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const option = ([value, text]: [string, string]) => ({ text: plain(text), value });

function reasonBlock(reasons: Record<string, string>): types.InputBlock {
  return {
    type: 'input',
    block_id: 'reason',
    label: plain('Reason'),
    element: { type: 'static_select', action_id: 'value', placeholder: plain('Pick a reason'), options: Object.entries(reasons).map(option) },
  };
}

function noteBlock(label: string): types.InputBlock {
  return {
    type: 'input',
    block_id: 'note',
    optional: true,
    label: plain(label),
    element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 1000 },
  };
}

function modal(callbackId: string, title: string, submit: string, card: CardRef, conversationId: string, blocks: types.KnownBlock[]): types.ModalView {
  const meta: ModalMeta = { conversationId, channel: card.channel, ts: card.ts };
  return { type: 'modal', callback_id: callbackId, title: plain(title), submit: plain(submit), close: plain('Cancel'), private_metadata: JSON.stringify(meta), blocks };
}

export function rejectModal(conversationId: string, card: CardRef): types.ModalView {
  return modal(VIEWS.reject, 'Not a fit', 'Record', card, conversationId, [reasonBlock(REJECT_REASONS), noteBlock('Anything to add?')]);
}

export function wonModal(conversationId: string, card: CardRef): types.ModalView {
  return modal(VIEWS.won, 'Won', 'Record', card, conversationId, [
    { type: 'input', block_id: 'amount', label: plain('Deal value'), element: { type: 'number_input', action_id: 'value', is_decimal_allowed: true, min_value: '0' } },
    {
      type: 'input',
      block_id: 'currency',
      label: plain('Currency'),
      element: { type: 'static_select', action_id: 'value', initial_option: option(['EUR', 'EUR']), options: CURRENCIES.map((c) => option([c, c])) },
    },
    noteBlock('Why did we win?'),
  ]);
}

export function lostModal(conversationId: string, card: CardRef): types.ModalView {
  return modal(VIEWS.lost, 'Lost', 'Record', card, conversationId, [reasonBlock(LOST_REASONS), noteBlock('What happened?')]);
}

/** The shape of `view.state.values` Slack sends: block id -> action id -> element state. */
const State = z.record(z.string(), z.record(z.string(), z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
})));

const pick = (values: z.infer<typeof State>, block: string) => {
  const v = values[block]?.value;
  return v?.selected_option?.value ?? v?.value ?? undefined;
};

export type Submission =
  | { ok: true; meta: ModalMeta; reason: string; note?: string; amount?: number; currency?: string }
  | { ok: false; errors: Record<string, string> };

/** Reads a submitted modal; errors are keyed by block id, as Slack shows them next to the field. */
export function readSubmission(callbackId: string, privateMetadata: string, rawValues: unknown): Submission {
  let meta: ModalMeta;
  try {
    meta = Meta.parse(JSON.parse(privateMetadata));
  } catch {
    return { ok: false, errors: { reason: 'This form is out of date; open it again from the card.' } };
  }
  const parsed = State.safeParse(rawValues);
  if (!parsed.success) return { ok: false, errors: { reason: 'Could not read the form.' } };
  const values = parsed.data;
  const note = pick(values, 'note')?.trim() || undefined;
  if (callbackId === VIEWS.won) {
    const amount = Number(pick(values, 'amount'));
    const currency = pick(values, 'currency') ?? '';
    if (!Number.isFinite(amount) || amount < 0) return { ok: false, errors: { amount: 'Enter the deal value as a number.' } };
    if (!(CURRENCIES as readonly string[]).includes(currency)) return { ok: false, errors: { currency: 'Pick a currency.' } };
    return { ok: true, meta, reason: 'won', note, amount, currency };
  }
  const reasons: Record<string, string> = callbackId === VIEWS.reject ? REJECT_REASONS : LOST_REASONS;
  const reason = pick(values, 'reason');
  if (!reason || !(reason in reasons)) return { ok: false, errors: { reason: 'Pick a reason.' } };
  if (reason === 'other' && !note) return { ok: false, errors: { note: 'Tell us a little more when the reason is "Other".' } };
  return { ok: true, meta, reason: reasons[reason] as string, note };
}
