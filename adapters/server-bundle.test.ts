import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverBundle } from './server-bundle.mjs';

let root: string;
let out: string;
const write = async (file: string, text: string) => {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
};
const bundle = () => serverBundle({ root, out });
const builds = async () => (await readdir(out)).filter((name) => /^[0-9a-f]{16}$/.test(name)).sort();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kysy-bundle-'));
  out = join(root, 'dist', 'server');
  await write('tsconfig.json', '{}');
  await write('adapters/serve.ts', "import { where } from './where.js';\nexport const main = (): string => where;\nexport const later = () => import('./later.js');\nexport { plain } from './plain.mjs';\n");
  await write('adapters/plain.mjs', 'export const plain = import.meta.url;\n');
  await write('adapters/where.ts', 'export const where: string = import.meta.url;\n');
  await write('adapters/later.ts', "export const later = 'loaded when asked';\n");
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the server bundle', () => {
  it('is built once and reused while its sources stay the same', async () => {
    const first = await bundle();
    expect(first.built).toBe(true);
    expect(await bundle()).toEqual({ main: first.main, built: false });
  });

  it('keeps each source file its own import.meta.url and a dynamic import a part loaded only when asked', async () => {
    const { main } = await bundle();
    const server = (await import(pathToFileURL(main).href)) as { main(): string; later(): Promise<{ later: string }>; plain: string };
    expect(server.main()).toBe(pathToFileURL(join(root, 'adapters/where.ts')).href);
    // Plain JavaScript too (server-bundle.mjs is bundled into the server, and builds the understanding worker from there).
    expect(server.plain).toBe(pathToFileURL(join(root, 'adapters/plain.mjs')).href);
    const parts = await readdir(dirname(main));
    expect(parts.filter((name) => name.endsWith('.js')).length).toBeGreaterThan(1);
    expect((await server.later()).later).toBe('loaded when asked');
  });

  it('is built again when a source changed, keeping the build before (a running server may still load a part of it)', async () => {
    const before = await bundle();
    await write('adapters/later.ts', "export const later = 'changed';\n");
    const after = await bundle();
    expect(after.built).toBe(true);
    expect(after.main).not.toBe(before.main);
    expect(existsSync(before.main)).toBe(true);
    await write('adapters/later.ts', "export const later = 'changed again';\n");
    const third = await bundle();
    expect(await builds()).toEqual([dirname(after.main), dirname(third.main)].map((dir) => dir.split('/').pop()).sort());
  });

  it('comes out whole when two starts build the same change at once', async () => {
    await write('adapters/where.ts', "export const where: string = 'elsewhere';\n");
    const [one, two] = await Promise.all([bundle(), bundle()]);
    expect(one.main).toBe(two.main);
    expect(existsSync(one.main)).toBe(true);
    expect(await bundle()).toEqual({ main: one.main, built: false });
  });
});
