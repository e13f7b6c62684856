import { createHash } from 'node:crypto';
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver } from '../../adapters/store/index.js';
import { migrate, readMigrations } from '../../adapters/store/migrate.js';
import { pgliteDriver } from '../../adapters/store/pglite-driver.js';
import { pgliteOnThread } from '../../adapters/store/pglite-thread.js';

/**
 * A new PGlite takes ~4 s to initialise; loading a dumped data dir takes ~0.6 s. The dumps (empty and
 * migrated) are made once and kept in the temp dir under a key of the PGlite version and the
 * migration checksums, so every test file and worker after the first loads them.
 */
export type Template = 'empty' | 'migrated';

async function templateDir(): Promise<string> {
  const manifest = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  const migrations = await readMigrations();
  const key = createHash('sha256')
    .update([version, ...migrations.map((m) => `${m.file}:${m.checksum}`)].join('\n'))
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `kysy-pglite-template-${key}`);
}

async function writeAtomically(path: string, blob: Blob) {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await blob.arrayBuffer()));
  await rename(partial, path);
}

async function build(dir: string) {
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create();
  try {
    await writeAtomically(join(dir, 'empty.tar'), await db.dumpDataDir('none'));
    await migrate(pgliteDriver(db), await readMigrations());
    await writeAtomically(join(dir, 'migrated.tar'), await db.dumpDataDir('none'));
  } finally {
    await db.close();
  }
}

let ready: Promise<string> | undefined;

function templates(): Promise<string> {
  ready ??= (async () => {
    const dir = await templateDir();
    if (!existsSync(join(dir, 'migrated.tar'))) await build(dir);
    return dir;
  })();
  return ready;
}

/**
 * A fresh in-memory PGlite database copied from the template (`migrated` has the whole schema), on
 * the PGlite thread as the server opens its own: all of a test process's databases share that thread.
 */
export async function freshPgliteDatabase(template: Template = 'migrated'): Promise<SqlDriver> {
  return pgliteOnThread({ loadDataDir: await pgliteTemplateFile(template) });
}

/** The dumped data dir of `template`, for a test that opens PGlite itself (`loadDataDir`). */
export async function pgliteTemplateFile(template: Template): Promise<string> {
  return join(await templates(), `${template}.tar`);
}

/**
 * A PGlite data directory on disk at `dir` (where `openStore({ dataDir })` keeps it: `<DATA_DIR>/pglite`),
 * copied from the template: what a first start leaves there, for ~1.5 s of CPU instead of an initdb
 * and every migration (~6 s). The first start itself is proven by open-store.test.ts and `npm start`'s test.
 */
export async function pgliteDataDir(dir: string, template: Template = 'migrated'): Promise<void> {
  const db = await PGlite.create(dir, { loadDataDir: await openAsBlob(join(await templates(), `${template}.tar`)) });
  await db.close();
}
