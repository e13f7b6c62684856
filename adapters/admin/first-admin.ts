import type { Clock } from '../../bot/ports/runtime.js';
import type { AdminUserStore } from '../store/admin-users.js';
import { generatePassword, hashPassword } from './auth/passwords.js';

export const FIRST_ADMIN_EMAIL = 'admin@localhost';

/**
 * With nobody able to sign in, creates the first admin with a one-time password and shows it once
 * (like the admin token). Several instances starting together create it once: the email is unique.
 */
export async function ensureFirstAdmin(store: AdminUserStore, clock: Clock, announce: (line: string) => void): Promise<void> {
  if ((await store.adminUserCount()) > 0) return;
  const password = generatePassword();
  const created = await store.createAdminUser(
    { email: FIRST_ADMIN_EMAIL, passwordHash: await hashPassword(password), role: 'admin', mustChangePassword: true },
    clock.now(),
  );
  if (!created) return;
  announce(
    `\nKysy admin sign-in (shown once; choose your own password at the first sign-in):\n  /admin  email ${FIRST_ADMIN_EMAIL}  password ${password}\n` +
      '  More users: npm run admin:create -- --email you@example.com --role marketer\n',
  );
}
