import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killAll, startKysyProcess, TSX_MAIN } from '../support/kysy-process.js';

afterEach(killAll);
const asRoot = userInfo().uid === 0;

/** The embedded database (PGlite, the default) when its disk says no. */
describe('PGlite storage trouble', () => {
  it('stops at start with a message naming DATA_DIR when it cannot be written', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'kysy-readonly-'));
    await chmod(parent, 0o555);
    // root writes anywhere: the server runs as an unprivileged user then, as it would in production.
    const command = asRoot ? ['runuser', '-u', 'nobody', '--', ...TSX_MAIN] : TSX_MAIN;
    const run = startKysyProcess({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(parent, 'data') }, command);
    expect(await run.exited).toBe(1);
    expect(run.err()).toContain(`Kysy cannot start: DATA_DIR: cannot write to ${join(parent, 'data')} (EACCES)`);
    expect(run.out(), 'no stack trace instead of the message').not.toContain('"level":60');
    await rm(parent, { recursive: true, force: true });
  }, 90_000);
});
