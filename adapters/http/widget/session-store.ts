/** What the widget remembers in the host page's own localStorage: no cookies, nothing third-party. */
export interface Session {
  visitorId?: string;
  conversationId?: string;
  open?: boolean;
}

export interface SessionStore {
  load(): Session;
  save(session: Session): void;
}

/** Storage may be disabled or full (private modes); the chat then simply forgets on reload. */
export function createSessionStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null, apiOrigin: string): SessionStore {
  const key = `kysy:${apiOrigin}`;
  let memory: Session = {};
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        const value: unknown = raw ? JSON.parse(raw) : {};
        memory = sanitize(value);
      } catch {
        // Unreadable storage: keep what this page view knows.
      }
      return { ...memory };
    },
    save(session) {
      memory = { ...session };
      try {
        storage?.setItem(key, JSON.stringify(memory));
      } catch {
        // Quota or privacy mode: the in-memory copy still serves this page view.
      }
    },
  };
}

function sanitize(value: unknown): Session {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const session: Session = {};
  if (typeof record.visitorId === 'string') session.visitorId = record.visitorId;
  if (typeof record.conversationId === 'string') session.conversationId = record.conversationId;
  if (record.open === true) session.open = true;
  return session;
}

/** Works on plain-http pages too, where crypto.randomUUID is unavailable. */
export function newClientMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
