import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { pgliteStore } from '../../test/support/stores.js';
import { verifyPassword } from './auth/passwords.js';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from './first-admin.js';

describe('the first admin', () => {
  let store: Store;
  beforeAll(async () => {
    store = await pgliteStore();
  });
  afterAll(async () => store?.close());

  it('is created once with a one-time password that is shown once', async () => {
    const lines: string[] = [];
    const clock = { now: () => new Date('2030-01-01T00:00:00Z') };
    await ensureFirstAdmin(store, clock, (line) => lines.push(line));
    await ensureFirstAdmin(store, clock, (line) => lines.push(line));
    expect(lines).toHaveLength(1);
    const password = /password ([A-Za-z0-9_-]{20})\n/.exec(lines[0]!)?.[1];
    const account = await store.adminCredentials(FIRST_ADMIN_EMAIL);
    expect(account?.user).toMatchObject({ role: 'admin', mustChangePassword: true });
    expect(await verifyPassword(account!.passwordHash, password!)).toBe(true);
  });
});
