import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../adapters/admin/auth/passwords.js';
import { openStore } from '../../adapters/store/index.js';
import { pgliteDataDir } from '../support/pglite-template.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'kysy-admin-create-'));
// The server's data directory after its first start (migrated), as an operator creating a user has it.
beforeAll(() => pgliteDataDir(join(dataDir, 'pglite')));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm run admin:create -- …`: the script is `tsx adapters/cli/admin-create.ts`, run here without npm's own start-up. */
function adminCreate(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/cli/admin-create.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.split('\n').filter(Boolean) };
}

describe('npm run admin:create', () => {
  it('creates a user with a one-time password, refuses a second one, and resets on request', async () => {
    const created = adminCreate(['--email', 'Maija@Example.com', '--role', 'analyst']);
    expect(created.status).toBe(0);
    const password = /one-time password \(shown once\): (\S+)/.exec(created.stdout)?.[1];
    expect(created.stdout).toContain('created maija@example.com (analyst)');
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);

    expect(adminCreate(['--email', 'maija@example.com', '--role', 'analyst'])).toMatchObject({ status: 1, stderr: [expect.stringContaining('exists already')] });
    expect(adminCreate(['--email', 'not-an-email'])).toMatchObject({ status: 1, stderr: [expect.stringContaining('--email must be an email address'), expect.any(String)] });

    const reset = adminCreate(['--email', 'maija@example.com', '--reset', '--password-stdin'], 'a chosen long password\n');
    expect(reset).toMatchObject({ status: 0, stdout: 'reset maija@example.com (analyst) with the password given' });

    const store = await openStore({ dataDir });
    try {
      const account = await store.adminCredentials('maija@example.com');
      expect(account?.user).toMatchObject({ role: 'analyst', mustChangePassword: false });
      expect(await verifyPassword(account!.passwordHash, 'a chosen long password')).toBe(true);
      expect(await verifyPassword(account!.passwordHash, password!)).toBe(false);
    } finally {
      await store.close();
    }
  }, 120_000);
});
