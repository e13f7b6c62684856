import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { CompressedAsset } from './compressed.js';

/** Where `npm run build:widget` (and `npm start`) put the bundle; git-ignored. */
export const WIDGET_DIR = fileURLToPath(new URL('../../../dist/widget/', import.meta.url));
export const WIDGET_TYPE = 'text/javascript; charset=utf-8';
const MANIFEST = 'manifest.json';

const Manifest = z.object({ file: z.string().regex(/^widget\.[A-Za-z0-9_-]+\.js$/), hash: z.string() });

/**
 * Writes the bundle under its content hash with its .gz and .br beside it, then the manifest naming
 * it. Each file is written then renamed, the manifest last: a server (or a parallel test) reading the
 * folder never sees half a build. Older builds are removed.
 */
export async function writeWidgetBundle(dir: string, asset: CompressedAsset): Promise<string> {
  const file = `widget.${asset.hash}.js`;
  await mkdir(dir, { recursive: true });
  const put = async (name: string, contents: Buffer | string) => {
    const temporary = join(dir, `${name}.${process.pid}.tmp`);
    await writeFile(temporary, contents);
    await rename(temporary, join(dir, name));
  };
  await Promise.all([put(file, asset.identity), put(`${file}.gz`, asset.gzip), put(`${file}.br`, asset.br)]);
  await put(MANIFEST, JSON.stringify({ file, hash: asset.hash }));
  await removeOtherBuilds(dir, asset.hash);
  return join(dir, file);
}

/** Removes every build in `dir` but the one with `hash`. */
export async function removeOtherBuilds(dir: string, hash: string): Promise<void> {
  const file = `widget.${hash}.js`;
  const stale = (await readdir(dir)).filter((name) => /^widget\.[A-Za-z0-9_-]+\.js(\.gz|\.br)?$/.test(name) && !name.startsWith(file));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
}

/** The built widget, or null when it has not been built. */
export async function readWidgetBundle(dir: string = WIDGET_DIR): Promise<CompressedAsset | null> {
  const manifest = await readFile(join(dir, MANIFEST), 'utf8').catch(() => null);
  if (manifest === null) return null;
  const { file, hash } = Manifest.parse(JSON.parse(manifest));
  const [identity, gzip, br] = await Promise.all([file, `${file}.gz`, `${file}.br`].map((name) => readFile(join(dir, name))));
  return { hash, type: WIDGET_TYPE, identity: identity!, gzip: gzip!, br: br! };
}
