import { describe, expect, it } from 'vitest';
import { createSessionStore, newClientMessageId } from './session-store.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('the visitor session in localStorage', () => {
  it('remembers visitor and conversation per bot origin', () => {
    const storage = memoryStorage();
    createSessionStore(storage, 'https://bot.example.com').save({ visitorId: 'v1', conversationId: 'c1', open: true });
    expect(createSessionStore(storage, 'https://bot.example.com').load()).toEqual({ visitorId: 'v1', conversationId: 'c1', open: true });
    expect(createSessionStore(storage, 'https://other.example.com').load()).toEqual({});
  });

  it('ignores tampered or foreign values', () => {
    const storage = memoryStorage();
    storage.data.set('kysy:https://b.example', JSON.stringify({ visitorId: 42, conversationId: 'c1', open: 'yes', extra: 1 }));
    expect(createSessionStore(storage, 'https://b.example').load()).toEqual({ conversationId: 'c1' });
    storage.data.set('kysy:https://b.example', '{not json');
    expect(createSessionStore(storage, 'https://b.example').load()).toEqual({});
  });

  it('keeps working in memory when storage throws', () => {
    const broken = {
      getItem: (): string => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createSessionStore(broken, 'https://b.example');
    store.save({ visitorId: 'v1' });
    expect(store.load()).toEqual({ visitorId: 'v1' });
  });
});

describe('client message ids', () => {
  it('are 32 hex characters and differ each time', () => {
    const ids = new Set(Array.from({ length: 100 }, newClientMessageId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});
