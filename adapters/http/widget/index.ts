import { createApi, type Known } from './api.js';
import { createChat } from './chat.js';
import { detectLocale, pageContext, readEmbedConfig } from './embed.js';
import { createHostEvents, installHostApi } from './host-api.js';
import { followLive } from './live.js';
import { createProactive, showTeaser } from './proactive.js';
import { createSessionStore } from './session-store.js';
import { stringsFor } from '../../../qualification/locales/widget.js';
import { createView } from './view.js';

const HOST_ATTRIBUTE = 'data-kysy-widget';
// A custom element name: host-page rules for div, section etc. never match it.
const HOST_TAG = 'kysy-widget';

function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function mount(script: HTMLScriptElement): void {
  // Embedded twice by mistake: one widget is enough.
  if (document.querySelector(`[${HOST_ATTRIBUTE}]`)) return;
  const config = readEmbedConfig(script.src, { accent: script.dataset.accent, title: script.dataset.title }, (value) => CSS.supports('color', value));
  const locale = detectLocale(document.documentElement.lang, navigator.language);
  const t = stringsFor(locale);

  const host = document.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTRIBUTE, '');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });

  let chat: ReturnType<typeof createChat> | null = null;
  let hideTeaser: () => void = () => undefined;
  const view = createView(root, t, config, {
    onOpen: () => {
      hideTeaser();
      void chat?.open(true);
    },
    onClose: () => chat?.close(),
    onText: (text) => chat?.text(text),
    onChoice: (choice) => chat?.choice(choice),
  });
  const api = createApi({ origin: config.apiOrigin, onConnection: (state) => chat?.connection(state) });
  const events = createHostEvents();
  let known: Known = {};
  const storage = localStorageOrNull();
  chat = createChat({
    api,
    store: createSessionStore(storage, config.apiOrigin),
    view,
    t,
    locale,
    context: () => pageContext(location.href, document.referrer),
    follow: followLive(config.apiOrigin),
    known: () => (Object.keys(known).length > 0 ? known : undefined),
    emit: events.emit,
  });
  const opened = chat;
  const offer = createProactive({
    api,
    locale,
    storage,
    key: `kysy:greeted:${config.apiOrigin}`,
    path: () => location.pathname,
    today: () => new Date().toISOString().slice(0, 10),
    busy: () => view.isOpen() || opened.inConversation(),
    show: (greeting) => {
      hideTeaser = showTeaser(root.querySelector('.root') ?? root, greeting, t.close, () => void opened.open(true, greeting.id));
    },
  });
  installHostApi(
    window as { Kysy?: unknown },
    {
      identify: (facts) => {
        known = { ...known, ...facts, traits: { ...known.traits, ...facts.traits } };
      },
      open: () => {
        hideTeaser();
        void opened.open(true);
      },
      close: () => opened.close(),
      start: (greeting) => (greeting ? void offer(greeting) : void opened.open(true)),
    },
    events,
  );
  if (chat.wasOpen()) void chat.open(false);
  else void offer();
}

const script = ownScript();
if (script) {
  if (document.body) mount(script);
  else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
}
