import { textOnAccent } from './accent.js';
import { el, icon, linkedText } from './dom.js';
import type { WidgetStrings as Strings } from '../../../qualification/locales/widget.js';
import { styles } from './styles.js';

export type Role = 'bot' | 'visitor' | 'rep';
export interface ChoiceItem {
  id: string;
  label: string;
}

export interface ViewEvents {
  onOpen(): void;
  onClose(): void;
  onText(text: string): void;
  onChoice(choice: ChoiceItem): void;
}

const CHAT_ICON = 'M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z';
const CLOSE_ICON = ['M6 6l12 12', 'M18 6L6 18'];
const SEND_ICON = ['M5 12h13', 'M13 6l6 6-6 6'];
// Hints for the browser's autofill and on-screen keyboard while a contact question is asked.
const FIELD_HINTS: Record<string, { autocomplete: string; inputmode?: string }> = {
  contact_email: { autocomplete: 'email', inputmode: 'email' },
  contact_name: { autocomplete: 'name' },
  company_name: { autocomplete: 'organization' },
};

/** The widget's DOM inside a shadow root. Every string goes in as a text node. */
export function createView(root: ShadowRoot, t: Strings, options: { accent: string | null; title: string | null }, events: ViewEvents) {
  applyStyles(root);
  const host = root.host as HTMLElement;
  // Inline !important outranks any host-page rule that happens to match the host element.
  host.style.setProperty('all', 'initial', 'important');
  if (options.accent) host.style.setProperty('--kysy-accent', options.accent);

  const launcherIcon = el('span', {}, icon(CHAT_ICON));
  const launcher = el('button', { type: 'button', class: 'launcher', 'aria-label': t.open, 'aria-expanded': 'false', 'aria-controls': 'kysy-panel' }, launcherIcon);
  const closeButton = el('button', { type: 'button', class: 'icon-btn', 'aria-label': t.close }, icon(...CLOSE_ICON));
  const title = el('h2', { id: 'kysy-title' }, options.title ?? t.title);
  // A restored conversation goes into a part of the log that is silenced: a screen reader reads the
  // log on request but announces only what is new. Static attributes, so no announcement can race a toggle.
  const history = el('div', { class: 'history', 'aria-live': 'off' });
  // Focusable: a keyboard user scrolls back through a long conversation, and Tab walks the reading order
  // (messages, their choices, the text box, send).
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.log, tabindex: '0' }, history);
  const typing = el('div', { class: 'typing', hidden: true }, el('span', { class: 'sr' }, t.typing), el('i', { 'aria-hidden': 'true' }), el('i', { 'aria-hidden': 'true' }), el('i', { 'aria-hidden': 'true' }));
  // Always in the tree (empty when quiet) so screen readers announce changes to it.
  const status = el('div', { class: 'note', role: 'status' });
  const input = el('textarea', { id: 'kysy-input', rows: '1', placeholder: t.placeholder, maxlength: '4000' });
  const sendButton = el('button', { type: 'submit', class: 'send', 'aria-label': t.send }, icon(...SEND_ICON));
  const form = el('form', { class: 'compose' }, el('label', { class: 'sr', for: 'kysy-input' }, t.input), input, sendButton);
  const panel = el('section', { id: 'kysy-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'kysy-title', hidden: true },
    el('div', { class: 'head' }, el('span', { class: 'dot', 'aria-hidden': 'true' }), title, closeButton), log, status, form);
  root.append(el('div', { class: 'root' }, panel, launcher));
  setAccentText();

  let choiceBox: HTMLElement | null = null;
  let busy = false;
  // Where the panel covers the whole screen it is a modal dialog: the page behind is inert, so focus
  // and screen readers stay in the chat until it is closed.
  const fullScreen = matchMedia('(max-width: 480px)');
  let inertSiblings: Element[] = [];
  fullScreen.addEventListener('change', updateModal);

  launcher.addEventListener('click', () => (panel.hidden ? events.onOpen() : events.onClose()));
  closeButton.addEventListener('click', () => events.onClose());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      events.onClose();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  input.addEventListener('input', () => {
    fitInput();
    updateSend();
  });

  function submit(): void {
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    fitInput();
    updateSend();
    events.onText(text);
  }

  function fitInput(): void {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 120)}px`;
  }

  // aria-disabled rather than disabled: the button stays in the Tab order after the text box.
  function updateSend(): void {
    sendButton.setAttribute('aria-disabled', String(busy || input.value.trim() === ''));
  }

  function updateModal(): void {
    const modal = !panel.hidden && fullScreen.matches;
    panel.setAttribute('aria-modal', String(modal));
    for (const sibling of inertSiblings) sibling.removeAttribute('inert');
    inertSiblings = modal ? [...(host.ownerDocument.body?.children ?? [])].filter((e) => e !== host && !e.hasAttribute('inert')) : [];
    for (const sibling of inertSiblings) sibling.setAttribute('inert', '');
  }

  // Readable text on any accent: resolve the colour the browser actually uses, then pick ink or white.
  function setAccentText(): void {
    const computed = getComputedStyle(launcher).backgroundColor;
    host.style.setProperty('--kysy-on-accent', textOnAccent(computed));
  }

  function scrollToEnd(): void {
    log.scrollTop = log.scrollHeight;
  }

  return {
    setOpen(open: boolean, focus: boolean): void {
      panel.hidden = !open;
      host.toggleAttribute('data-open', open);
      launcher.setAttribute('aria-expanded', String(open));
      launcher.setAttribute('aria-label', open ? t.close : t.open);
      launcherIcon.replaceChildren(open ? icon(...CLOSE_ICON) : icon(CHAT_ICON));
      updateModal();
      if (open) scrollToEnd();
      if (focus) (open ? input : launcher).focus();
    },
    isOpen: (): boolean => !panel.hidden,
    clear(): void {
      history.replaceChildren();
      log.replaceChildren(history);
      choiceBox = null;
    },
    /** `restored`: said before this page loaded, so shown without being announced. */
    addMessage(role: Role, text: string, restored = false): void {
      const who = role === 'visitor' ? t.you : (options.title ?? t.bot);
      const message = el('div', { class: `msg ${role}` }, el('span', { class: 'sr' }, `${who}: `), ...linkedText(text));
      if (restored) history.append(message);
      else log.insertBefore(message, typing.isConnected ? typing : null);
      scrollToEnd();
    },
    /** Buttons for the bot's current question; earlier ones go away once answered. */
    setChoices(choices: ChoiceItem[] | null, restored = false): void {
      const hadFocus = choiceBox?.contains(root.activeElement) ?? false;
      choiceBox?.remove();
      choiceBox = null;
      if (choices && choices.length > 0) {
        choiceBox = el('div', { class: 'choices' });
        for (const choice of choices) {
          const button = el('button', { type: 'button', class: 'choice' }, choice.label);
          button.addEventListener('click', () => !busy && events.onChoice(choice));
          choiceBox.append(button);
        }
        (restored ? history : log).append(choiceBox);
        scrollToEnd();
      }
      if (hadFocus) input.focus();
    },
    setAsking(asking: string | null): void {
      const hint = asking ? FIELD_HINTS[asking] : undefined;
      input.setAttribute('autocomplete', hint?.autocomplete ?? 'off');
      if (hint?.inputmode) input.setAttribute('inputmode', hint.inputmode);
      else input.removeAttribute('inputmode');
    },
    setBusy(value: boolean): void {
      busy = value;
      updateSend();
      if (value) log.append(typing);
      else typing.remove();
      typing.hidden = !value;
      scrollToEnd();
    },
    setNote(text: string | null, action?: { label: string; run: () => void }): void {
      status.replaceChildren();
      if (text) status.append(el('span', {}, text));
      if (action) {
        const button = el('button', { type: 'button', class: 'link' }, action.label);
        button.addEventListener('click', action.run);
        status.append(button);
      }
    },
    focusInput(): void {
      input.focus();
    },
  };
}

export type View = ReturnType<typeof createView>;

function applyStyles(root: ShadowRoot): void {
  // Constructed sheets are not blocked by a host page's strict style-src CSP; <style> is the fallback.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el('style', {}, styles));
  }
}
