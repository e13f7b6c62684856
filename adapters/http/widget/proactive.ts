import type { Api, Greeting } from './api.js';
import { el } from './dom.js';

export interface ProactiveDeps {
  api: Pick<Api, 'greeting'>;
  locale: string | undefined;
  /** Where "greeted today" is remembered (the host page's localStorage), per bot server. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  key: string;
  path: () => string;
  today: () => string;
  /** Nothing is offered while a conversation is under way or the chat is open. */
  busy: () => boolean;
  show: (greeting: Greeting) => void;
}

/**
 * Proactive greetings: the page's greeting (from the definition, by page pattern) after its delay,
 * or one the page asks for by id at once; at most one a day per visitor, none on excluded pages
 * (the server answers null there).
 */
export function createProactive(deps: ProactiveDeps) {
  const read = (): string | null => {
    try {
      return deps.storage?.getItem(deps.key) ?? null;
    } catch {
      return null;
    }
  };
  const greetedToday = (): boolean => read() === deps.today();
  let timer: ReturnType<typeof setTimeout> | undefined;

  return async function offer(requested?: string): Promise<void> {
    if (greetedToday() || deps.busy()) return;
    const greeting = await deps.api.greeting(deps.path(), deps.locale, requested).catch(() => null);
    if (!greeting) return;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        if (greetedToday() || deps.busy()) return;
        try {
          deps.storage?.setItem(deps.key, deps.today());
        } catch {
          // Private mode: this page view still shows it once.
        }
        deps.show(greeting);
      },
      requested ? 0 : greeting.delayMs,
    );
  };
}

/** The greeting as a bubble beside the launcher: its text opens the chat with it, × dismisses it. */
export function showTeaser(container: ParentNode, greeting: Greeting, closeLabel: string, accept: () => void): () => void {
  const text = el('button', { type: 'button', class: 'teaser-text' }, greeting.text);
  const dismiss = el('button', { type: 'button', class: 'teaser-close', 'aria-label': closeLabel }, '×');
  const teaser = el('div', { class: 'teaser', role: 'status' }, text, dismiss);
  const remove = () => teaser.remove();
  text.addEventListener('click', () => {
    remove();
    accept();
  });
  dismiss.addEventListener('click', remove);
  container.prepend(teaser);
  return remove;
}
