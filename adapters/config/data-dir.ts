import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Why DATA_DIR cannot hold what Kysy keeps there (the PGlite database, the generated admin token), or
 * null when it can: said once at start in plain words, instead of a stack trace from deep inside the
 * first write.
 */
export async function dataDirProblem(dir: string): Promise<string | null> {
  const path = resolve(dir);
  try {
    await mkdir(path, { recursive: true });
    await access(path, constants.W_OK | constants.X_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return `DATA_DIR: cannot write to ${path} (${code}); make it writable for the user Kysy runs as, or set DATA_DIR to a directory that is`;
  }
}
