// The server as one JavaScript bundle of its TypeScript, for `npm start` (see start.mjs): built on the
// first start and again only when a source it was built from changed. Compiling each of ~300 files
// through tsx's loader on every start cost ~1.3 s of CPU of the ~2 s Kysy spent loading its modules;
// the bundle loads in ~0.6 s. Plain JavaScript: it runs before anything compiles TypeScript.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What shapes a bundle besides its sources: the build below and the compiler settings. */
const BUILDER = fileURLToPath(import.meta.url);
const SETTINGS = 'tsconfig.json';

/** One hash over the builder, the root and the files' paths and contents; null when a file is gone. */
async function fingerprint(root, files) {
  const contents = await Promise.all([BUILDER, ...files.map((file) => join(root, file))].map((path) => readFile(path).catch(() => null)));
  if (contents.includes(null)) return null;
  const hash = createHash('sha256').update(root);
  [BUILDER, ...files].forEach((file, i) => hash.update(`\0${file}\0`).update(contents[i]));
  return hash.digest('hex').slice(0, 16);
}

/** The last build's entry when it is of these very sources, else null. */
async function current(root, out) {
  const manifest = await readFile(join(out, 'manifest.json'), 'utf8').then(JSON.parse, () => null);
  if (!manifest || !Array.isArray(manifest.inputs)) return null;
  const entry = join(out, manifest.build, 'main.js');
  return manifest.build === (await fingerprint(root, [SETTINGS, ...manifest.inputs])) && existsSync(entry) ? entry : null;
}

/**
 * A source's `import.meta.url` stays its own file's URL inside the bundle: the server finds its
 * migrations, public files, prompts and the worker threads' sources beside its sources, as under tsx
 * (and this file, bundled into the server to build the understanding worker, stays itself: BUILDER).
 */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.(tsx?|mjs)$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(path).href)),
      loader: path.endsWith('.mjs') ? 'js' : path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

/**
 * Bundles `entry` with its packages left to node_modules and split at each dynamic import, so an
 * integration that is not configured (Slack, HubSpot, Bot Framework, the model) is not loaded. Built
 * beside, moved in place and named in the manifest last: a parallel start never reads half a build.
 * The build before stays (a server still running from it may load a lazy part later); older ones go.
 */
async function build(root, out, entry) {
  const { build: esbuild } = await import('esbuild');
  await mkdir(out, { recursive: true });
  // Unique per build, not per process: two builds in one process (or one millisecond) must not share it.
  const scratch = join(out, `.build-${randomUUID()}`);
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: { main: entry },
    outdir: scratch,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
    plugins: [sourceUrls],
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const id = await fingerprint(root, [SETTINGS, ...inputs]);
  const manifest = join(out, 'manifest.json');
  const previous = await readFile(manifest, 'utf8').then((text) => JSON.parse(text).build, () => null);
  // Another start that built the same sources meanwhile moved its identical build in first.
  await rename(scratch, join(out, id)).catch(() => rm(scratch, { recursive: true, force: true }));
  const temporary = `${manifest}.${randomUUID()}.tmp`;
  await writeFile(temporary, JSON.stringify({ build: id, inputs }));
  await rename(temporary, manifest);
  const keep = new Set([id, previous]);
  const stale = (await readdir(out)).filter((name) => /^[0-9a-f]{16}$/.test(name) && !keep.has(name));
  await Promise.all(stale.map((name) => rm(join(out, name), { recursive: true, force: true })));
  return join(out, id, 'main.js');
}

/**
 * The bundle of `entry` (relative to `root`) in `out`, built now if the sources changed since the
 * last build: its main.js path, and whether it was built now. Rejects when it cannot be built.
 */
export async function serverBundle({ root, out, entry = 'adapters/serve.ts' }) {
  const fresh = await current(root, out);
  return fresh ? { main: fresh, built: false } : { main: await build(root, out, entry), built: true };
}
