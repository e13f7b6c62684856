import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const ADMIN_TOKEN_FILE = 'admin-token';

export type AdminToken = { token: string; source: 'env' | 'file' | 'generated' };

/**
 * ADMIN_TOKEN when set; otherwise the token kept in DATA_DIR, generated at the first start.
 * Only a freshly generated token is meant to be shown (once) to the operator.
 */
export async function resolveAdminToken(dataDir: string, configured: string | undefined): Promise<AdminToken> {
  if (configured) return { token: configured, source: 'env' };
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored) return { token: stored, source: 'file' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  // 'wx' fails if another process created the file meanwhile; then its token wins.
  try {
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { token: (await readFile(file, 'utf8')).trim(), source: 'file' };
    throw error;
  }
  return { token, source: 'generated' };
}
