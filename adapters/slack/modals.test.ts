import { describe, expect, it } from 'vitest';
import { checkView } from '../../test/slack/block-kit-rules.js';
import { lostModal, readSubmission, rejectModal, VIEWS, wonModal } from './modals.js';

const card = { channel: 'D0ANNA', ts: '1700000001.000001' };
const meta = JSON.stringify({ conversationId: 'conv-1', ...card });
const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });
const text = (value: string | null) => ({ value: { type: 'plain_text_input', value } });

describe('the action modals', () => {
  it('are valid Slack modals carrying the card they came from', () => {
    for (const view of [rejectModal('conv-1', card), wonModal('conv-1', card), lostModal('conv-1', card)]) {
      expect(checkView(view)).toEqual([]);
      expect(JSON.parse(view.private_metadata as string)).toEqual({ conversationId: 'conv-1', ...card });
    }
  });

  it('reads a Not a fit reason from the list with the free text', () => {
    expect(readSubmission(VIEWS.reject, meta, { reason: select('too_small'), note: text(' one-person shop ') })).toEqual({
      ok: true,
      meta: { conversationId: 'conv-1', ...card },
      reason: 'Too small',
      note: 'one-person shop',
    });
  });

  it('asks for a reason, and for words when the reason is Other', () => {
    expect(readSubmission(VIEWS.lost, meta, { reason: { value: { selected_option: null } }, note: text(null) })).toEqual({ ok: false, errors: { reason: 'Pick a reason.' } });
    expect(readSubmission(VIEWS.lost, meta, { reason: select('other'), note: text('') })).toMatchObject({ ok: false, errors: { note: expect.any(String) } });
    expect(readSubmission(VIEWS.lost, meta, { reason: select('made_up'), note: text('') })).toMatchObject({ ok: false });
  });

  it('reads the amount and currency of a won deal', () => {
    const values = { amount: { value: { type: 'number_input', value: '12500.50' } }, currency: select('SEK'), note: text(null) };
    expect(readSubmission(VIEWS.won, meta, values)).toMatchObject({ ok: true, amount: 12500.5, currency: 'SEK', reason: 'won' });
    expect(readSubmission(VIEWS.won, meta, { ...values, amount: { value: { value: 'lots' } } })).toMatchObject({ ok: false, errors: { amount: expect.any(String) } });
    expect(readSubmission(VIEWS.won, meta, { ...values, currency: select('BTC') })).toMatchObject({ ok: false, errors: { currency: expect.any(String) } });
  });

  it('refuses tampered metadata', () => {
    expect(readSubmission(VIEWS.reject, '{"nope":1}', { reason: select('spam') })).toMatchObject({ ok: false });
  });
});
