import { ApiError, type Api, type Known, type Message, type Turn, type VisitorInput } from './api.js';
import type { PageContext } from './embed.js';
import type { Follow } from './live.js';
import { newClientMessageId, type Session, type SessionStore } from './session-store.js';
import type { WidgetStrings as Strings } from '../../../qualification/locales/widget.js';
import type { View } from './view.js';

export interface ChatDeps {
  api: Api;
  store: SessionStore;
  view: View;
  t: Strings;
  locale: string | undefined;
  context: () => PageContext;
  /** Live messages from a person in the conversation (server-sent events). */
  follow?: Follow;
  /** What the host page told `Kysy('identify')` so far. */
  known?: () => Known | undefined;
  /** The host page's listeners (`Kysy('on', …)`): the panel opened, a message arrived, the visitor qualified or not. */
  emit?: (event: 'open' | 'message' | 'decision', payload: unknown) => void;
}

interface Outgoing {
  clientMessageId: string;
  input: VisitorInput;
}

/** The widget's behaviour: start or restore a conversation, send what the visitor says, show replies. */
export function createChat({ api, store, view, t, locale, context, follow, known = () => undefined, emit = () => undefined }: ChatDeps) {
  let session: Session = store.load();
  let loading: Promise<void> | null = null;
  let unfollow: (() => void) | null = null;
  const shown = new Set<string>();
  // The bot may have finished while a sales rep has since joined: then the visitor talks on with the
  // person (the server relays it), so the conversation is not offered as over.
  let botDone = false;
  let repJoined = false;
  // What the host page was last told: a decision event fires when this changes, never twice for one.
  let qualified: boolean | null = null;
  let greeting: string | undefined;

  function followConversation(): void {
    unfollow?.();
    const { conversationId, visitorId } = session;
    unfollow = follow && conversationId && visitorId ? follow(conversationId, visitorId, (m) => {
      if (shown.has(m.id)) return;
      shown.add(m.id);
      view.addMessage(m.role, m.text);
      emit('message', { role: m.role, text: m.text });
      if (m.role === 'rep' && !repJoined) {
        repJoined = true;
        if (botDone) showEnd();
      }
    }) : null;
  }

  function showEnd(): void {
    view.setNote(null, botDone && !repJoined ? { label: t.restart, run: restart } : undefined);
  }

  const save = (change: Partial<Session>): void => {
    session = { ...session, ...change };
    store.save(session);
  };

  /** `restored`: the log of a conversation resumed after a page load. */
  function render(messages: Message[], state: Turn['state'], restored = false): void {
    for (const message of messages) {
      view.addMessage(message.role ?? 'bot', message.text, restored);
      if (!restored && (message.role ?? 'bot') !== 'visitor') emit('message', { role: message.role ?? 'bot', text: message.text });
    }
    const decided = state.qualified;
    if (decided !== null && decided !== qualified && !restored) emit('decision', { qualified: decided });
    qualified = decided;
    const last = messages[messages.length - 1];
    view.setChoices(!state.done && last && (last.role ?? 'bot') !== 'visitor' ? (last.choices ?? null) : null, restored);
    view.setAsking(state.asking ?? null);
    botDone = state.done;
    repJoined ||= messages.some((m) => m.role === 'rep');
    showEnd();
  }

  async function startNew(): Promise<void> {
    const started = await api.start({ locale, visitorId: session.visitorId, context: context(), known: known(), greeting });
    save({ visitorId: started.visitorId, conversationId: started.conversationId });
    view.clear();
    render(started.messages, started.state);
    followConversation();
  }

  async function load(): Promise<void> {
    view.setBusy(true);
    try {
      const { conversationId, visitorId } = session;
      const transcript = conversationId && visitorId ? await api.transcript(conversationId, visitorId) : null;
      if (transcript) {
        view.clear();
        for (const m of transcript.messages) shown.add(m.id);
        render(transcript.messages, transcript.state, true);
        followConversation();
      } else {
        await startNew();
      }
    } catch {
      loading = null;
      view.setNote(t.failed, { label: t.retry, run: () => void ensureLoaded() });
    } finally {
      view.setBusy(false);
    }
  }

  function ensureLoaded(): Promise<void> {
    loading ??= load();
    return loading;
  }

  async function deliver(outgoing: Outgoing): Promise<void> {
    const { conversationId, visitorId } = session;
    if (!conversationId || !visitorId) return;
    view.setBusy(true);
    view.setNote(null);
    try {
      const turn = await api.send(conversationId, visitorId, { clientMessageId: outgoing.clientMessageId, known: known(), ...outgoing.input });
      render(turn.messages, turn.state);
    } catch (error) {
      // A refused message will be refused again; only transport trouble is worth the same retry.
      const refused = error instanceof ApiError && error.kind === 'rejected';
      view.setNote(t.failed, refused ? { label: t.restart, run: restart } : { label: t.retry, run: () => void deliver(outgoing) });
    } finally {
      view.setBusy(false);
    }
  }

  function say(input: VisitorInput, shown: string): void {
    view.addMessage('visitor', shown);
    view.setChoices(null);
    void deliver({ clientMessageId: newClientMessageId(), input });
  }

  function restart(): void {
    unfollow?.();
    unfollow = null;
    save({ conversationId: undefined });
    repJoined = false;
    view.clear();
    loading = null;
    void ensureLoaded().then(() => view.focusInput());
  }

  return {
    /**
     * Opens the panel; `focus` is false when it reopens by itself after a reload. `fromGreeting`: the
     * proactive greeting the visitor accepted, which a new conversation starts with.
     */
    open(focus: boolean, fromGreeting?: string): Promise<void> {
      if (fromGreeting && !session.conversationId) greeting = fromGreeting;
      const wasOpen = view.isOpen();
      view.setOpen(true, focus);
      save({ open: true });
      if (!wasOpen) emit('open', {});
      return ensureLoaded();
    },
    /** Whether a conversation is under way (a proactive greeting would only interrupt it). */
    inConversation: (): boolean => session.conversationId !== undefined,
    close(): void {
      view.setOpen(false, true);
      save({ open: false });
    },
    wasOpen: (): boolean => session.open === true,
    text: (text: string): void => say({ text }, text),
    choice: (choice: { id: string; label: string }): void => say({ choice: choice.id }, choice.label),
    connection(state: 'reconnecting' | 'online'): void {
      view.setNote(state === 'reconnecting' ? t.reconnecting : null);
    },
  };
}
