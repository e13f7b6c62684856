import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from './driver.js';
import { iso, isoOrNull } from './records.js';

export type AdminRole = 'marketer' | 'analyst' | 'admin';

export interface AdminUser {
  id: string;
  email: string;
  role: AdminRole;
  mustChangePassword: boolean;
  createdAt: string;
}

export interface AdminCredentials {
  user: AdminUser;
  passwordHash: string;
}

export interface AdminSession {
  user: AdminUser;
  csrfToken: string;
  expiresAt: string;
}

/** After this many failed sign-ins in a row from one address, the account is locked for that address for `lockMs`. */
export interface Lockout {
  maxFailures: number;
  lockMs: number;
}

/** Admin people and their sessions. Session tokens arrive here already hashed. */
export interface AdminUserStore {
  /** Null when the email is taken. */
  createAdminUser(input: { email: string; passwordHash: string; role: AdminRole; mustChangePassword: boolean }, now: Date): Promise<AdminUser | null>;
  adminUserCount(): Promise<number>;
  listAdminUsers(): Promise<AdminUser[]>;
  adminCredentials(email: string): Promise<AdminCredentials | null>;
  /** Until when the account is locked for sign-ins from `address` (null: it is not). */
  signInLockedUntil(userId: string, address: string): Promise<string | null>;
  /** Counts a failed sign-in from `address`; the failure that reaches `maxFailures` locks the account for it and restarts the count. */
  recordSignInFailure(userId: string, address: string, lockout: Lockout, now: Date): Promise<void>;
  recordSignInSuccess(userId: string, address: string): Promise<void>;
  /** Replaces the password, ends every session of the user and lifts every lock. */
  setAdminPassword(userId: string, passwordHash: string, mustChangePassword: boolean): Promise<void>;
  deleteAdminUser(userId: string): Promise<boolean>;
  createAdminSession(input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }, now: Date): Promise<void>;
  /** The live session for a token hash; expired sessions are not returned. */
  adminSession(tokenHash: string, now: Date): Promise<AdminSession | null>;
  deleteAdminSession(tokenHash: string): Promise<void>;
}

interface UserRow {
  id: string;
  email: string;
  role: AdminRole;
  must_change_password: boolean;
  created_at: Date | string;
}

const USER_COLUMNS = 'u.id, u.email, u.role, u.must_change_password, u.created_at';

const toUser = (row: UserRow): AdminUser => ({
  id: row.id,
  email: row.email,
  role: row.role,
  mustChangePassword: row.must_change_password,
  createdAt: iso(row.created_at),
});

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function adminUserStore(db: SqlExecutor): AdminUserStore {
  return {
    async createAdminUser(input, now) {
      const rows = await db.query<UserRow>(
        `INSERT INTO admin_users AS u (id, email, password_hash, role, must_change_password, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
        [randomUUID(), normalizeEmail(input.email), input.passwordHash, input.role, input.mustChangePassword, now.toISOString()],
      );
      return rows[0] ? toUser(rows[0]) : null;
    },

    async adminUserCount() {
      const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM admin_users');
      return row?.n ?? 0;
    },

    async listAdminUsers() {
      return (await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM admin_users u ORDER BY u.email`)).map(toUser);
    },

    async adminCredentials(email) {
      const [row] = await db.query<UserRow & { password_hash: string }>(`SELECT ${USER_COLUMNS}, u.password_hash FROM admin_users u WHERE u.email = $1`, [
        normalizeEmail(email),
      ]);
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },

    async signInLockedUntil(userId, address) {
      const [row] = await db.query<{ locked_until: Date | string | null }>('SELECT locked_until FROM admin_sign_in_failures WHERE user_id = $1 AND address = $2', [
        userId,
        address,
      ]);
      return isoOrNull(row?.locked_until ?? null);
    },

    async recordSignInFailure(userId, address, lockout, now) {
      await db.query(
        `INSERT INTO admin_sign_in_failures AS f (user_id, address, failed_attempts, locked_until, updated_at)
         VALUES ($1, $2, CASE WHEN $3 <= 1 THEN 0 ELSE 1 END, CASE WHEN $3 <= 1 THEN $4::timestamptz END, $5)
         ON CONFLICT (user_id, address) DO UPDATE SET
           locked_until = CASE WHEN f.failed_attempts + 1 >= $3 THEN $4::timestamptz ELSE f.locked_until END,
           failed_attempts = CASE WHEN f.failed_attempts + 1 >= $3 THEN 0 ELSE f.failed_attempts + 1 END,
           updated_at = $5`,
        [userId, address, lockout.maxFailures, new Date(now.getTime() + lockout.lockMs).toISOString(), now.toISOString()],
      );
    },

    async recordSignInSuccess(userId, address) {
      await db.query('DELETE FROM admin_sign_in_failures WHERE user_id = $1 AND address = $2', [userId, address]);
    },

    async setAdminPassword(userId, passwordHash, mustChangePassword) {
      await db.query('UPDATE admin_users SET password_hash = $2, must_change_password = $3 WHERE id = $1', [userId, passwordHash, mustChangePassword]);
      await db.query('DELETE FROM admin_sessions WHERE user_id = $1', [userId]);
      await db.query('DELETE FROM admin_sign_in_failures WHERE user_id = $1', [userId]);
    },

    async deleteAdminUser(userId) {
      const rows = await db.query('DELETE FROM admin_users WHERE id = $1 RETURNING id', [userId]);
      return rows.length > 0;
    },

    async createAdminSession(input, now) {
      await db.query('DELETE FROM admin_sessions WHERE expires_at <= $1', [now.toISOString()]);
      await db.query('INSERT INTO admin_sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        input.tokenHash,
        input.userId,
        input.csrfToken,
        now.toISOString(),
        input.expiresAt.toISOString(),
      ]);
    },

    async adminSession(tokenHash, now) {
      const [row] = await db.query<UserRow & { csrf_token: string; expires_at: Date | string }>(
        `SELECT ${USER_COLUMNS}, s.csrf_token, s.expires_at FROM admin_sessions s JOIN admin_users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [tokenHash, now.toISOString()],
      );
      return row ? { user: toUser(row), csrfToken: row.csrf_token, expiresAt: iso(row.expires_at) } : null;
    },

    async deleteAdminSession(tokenHash) {
      await db.query('DELETE FROM admin_sessions WHERE token_hash = $1', [tokenHash]);
    },
  };
}
