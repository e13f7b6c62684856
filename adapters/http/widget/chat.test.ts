import { describe, expect, it } from 'vitest';
import type { Api, Message, Turn } from './api.js';
import { createChat } from './chat.js';
import type { Pushed } from './replies.js';
import type { Session } from './session-store.js';
import { stringsFor } from '../../../qualification/locales/widget.js';
import type { Role, View } from './view.js';

const t = stringsFor('en');
const VISITOR = 'visitor-0123456789abcdef';
const done: Turn['state'] = { asking: null, done: true, qualified: null };

/** A view that records what the chat asks of it, instead of drawing. */
function recordingView() {
  const shown: Array<{ role: Role; text: string; restored: boolean }> = [];
  let note: { text: string | null; action: string | null } = { text: null, action: null };
  let busy = false;
  const view: View = {
    setOpen: () => undefined,
    isOpen: () => true,
    clear: () => void shown.splice(0),
    addMessage: (role, text, restored = false) => void shown.push({ role, text, restored }),
    setChoices: () => undefined,
    setAsking: () => undefined,
    setBusy: (value) => {
      busy = value;
    },
    setNote: (text, action) => {
      note = { text, action: action?.label ?? null };
    },
    focusInput: () => undefined,
  };
  return { view, shown, note: () => note, busy: () => busy };
}

function chatWith(api: Partial<Api>, session: Session) {
  const recorded = recordingView();
  let push: ((message: Pushed) => void) | null = null;
  const sent: string[] = [];
  const chat = createChat({
    api: {
      start: () => Promise.reject(new Error('no start expected')),
      transcript: () => Promise.resolve(null),
      greeting: () => Promise.resolve(null),
      send: (_c, _v, body) => {
        sent.push('text' in body ? body.text : body.choice);
        return Promise.resolve({ messages: [], state: done });
      },
      ...api,
    },
    store: { load: () => session, save: () => undefined },
    view: recorded.view,
    t,
    locale: 'en',
    context: () => ({ pageUrl: 'https://fieldwise.example/' }),
    follow: (_c, _v, onMessage) => {
      push = onMessage;
      return () => undefined;
    },
  });
  return { chat, sent, ...recorded, push: (m: Pushed) => push?.(m) };
}

const message = (id: string, text: string, role: Message['role'] = 'bot'): Message => ({ id, text, role });

describe('the chat after a page reload', () => {
  it('shows the restored log as restored, and what arrives afterwards as new', async () => {
    const { chat, shown, push } = chatWith(
      { transcript: () => Promise.resolve({ conversationId: 'c1', messages: [message('m1', 'Hi!'), message('m2', 'HVAC', 'visitor')], state: { asking: 'company_size', done: false, qualified: null } }) },
      { visitorId: VISITOR, conversationId: 'c1', open: true },
    );
    await chat.open(false);
    push({ id: 'r1', role: 'rep', text: 'Anna here.' });
    expect(shown).toEqual([
      { role: 'bot', text: 'Hi!', restored: true },
      { role: 'visitor', text: 'HVAC', restored: true },
      { role: 'rep', text: 'Anna here.', restored: false },
    ]);
  });
});

describe('the chat when a sales rep joins after the bot is done', () => {
  const finished = { transcript: () => Promise.resolve({ conversationId: 'c1', messages: [message('m1', 'Thanks, Anna will be in touch.')], state: done }) };
  const session = { visitorId: VISITOR, conversationId: 'c1', open: true };

  it('stops offering a new conversation once the rep writes, and keeps it so after the visitor answers', async () => {
    const { chat, note, push, sent, busy } = chatWith(finished, session);
    await chat.open(false);
    expect(note().action).toBe(t.restart);

    push({ id: 'm2', role: 'bot', text: 'Anna joined the conversation.' });
    expect(note().action).toBe(t.restart);
    push({ id: 'r1', role: 'rep', text: 'Hi, Anna here. Any questions?' });
    expect(note()).toEqual({ text: null, action: null });

    chat.text('Yes, about pricing.');
    expect(sent).toEqual(['Yes, about pricing.']);
    await expect.poll(busy).toBe(false);
    expect(note()).toEqual({ text: null, action: null });
  });

  it('knows the rep is there from a restored log, too', async () => {
    const { chat, note } = chatWith(
      { transcript: () => Promise.resolve({ conversationId: 'c1', messages: [message('m1', 'Thanks!'), message('r1', 'Anna here.', 'rep')], state: done }) },
      session,
    );
    await chat.open(false);
    expect(note()).toEqual({ text: null, action: null });
  });
});
