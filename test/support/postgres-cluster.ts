import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

const run = promisify(execFile);

/**
 * The tests' connect budget. The product's 1.5 s (CONNECT_TIMEOUT_MS) is how it notices an outage
 * fast; here the server is never meant to be away, and on a machine loaded many times over its
 * cores the first connection to a new database has taken longer than that (a beforeAll failed with
 * "Connection terminated due to connection timeout"). The outage tests open their stores with the
 * product's budget.
 */
export const TEST_CONNECT_TIMEOUT_MS = 30_000;

const ROOT = '/usr/lib/postgresql';

/** The newest PostgreSQL server binaries on the machine, or null when none are installed. */
export async function postgresBinaries(): Promise<string | null> {
  const versions = await readdir(ROOT).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(ROOT, newest, 'bin') : null;
}

export interface Cluster {
  url: string;
  /** Stops the server as an operator would (`pg_ctl stop -m fast`: sessions are terminated); the data stays. */
  pause(): Promise<void>;
  /** Starts the paused server again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster in a temp dir on a free loopback port. The server refuses to run
 * as root, so as root it runs as the `postgres` OS user. `durable: false` turns fsync off (tests).
 */
export async function startCluster(bin: string, options: { durable?: boolean } = {}): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'kysy-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const ids = await run('id', ['-u', 'postgres']).then(async (u) => [Number(u.stdout), Number((await run('id', ['-g', 'postgres'])).stdout)]);
    await chown(dir, ids[0]!, ids[1]!);
  }
  await chmod(dir, 0o700);
  const as = (program: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : run(join(bin, program), args);
  const data = join(dir, 'data');
  const pgctl = (args: string[]) => as('pg_ctl', ['-D', data, ...args]);
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '--no-instructions']);
  const port = await freePort();
  const settings = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c max_connections=200'];
  if (options.durable === false) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  const start = () => pgctl(['-o', settings.join(' '), '-l', join(dir, 'log'), '-w', 'start']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pause: async () => void (await pgctl(['-m', 'fast', '-w', 'stop'])),
    resume: async () => void (await start()),
    async stop() {
      await pgctl(['-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
