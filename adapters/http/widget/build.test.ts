import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWidgetBundle } from '../assets/widget-bundle.js';
import { buildWidget, type WidgetBuild } from './build.js';

// What a visitor downloads before the chat can open (issue 16: aim 10 KB brotli; never past 15 KB gzip).
const BUDGET_BROTLI_BYTES = 10 * 1024;
const BUDGET_GZIP_BYTES = 15 * 1024;

describe('the widget bundle', () => {
  let dir: string;
  let result: WidgetBuild;
  let code: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kysy-widget-'));
    result = await buildWidget({ outDir: dir });
    code = await readFile(result.outfile, 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('stays within 10 KB brotli and 15 KB gzipped', () => {
    console.log(`widget: ${result.bytes} bytes, ${result.gzipBytes} gzipped, ${result.brotliBytes} brotli`);
    expect(result.brotliBytes).toBeGreaterThan(1000);
    expect(result.brotliBytes).toBeLessThanOrEqual(BUDGET_BROTLI_BYTES);
    expect(result.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('is written under its content hash with its compressed copies, which the server reads back', async () => {
    const file = `widget.${result.hash}.js`;
    expect(result.outfile).toBe(join(dir, file));
    expect((await readdir(dir)).sort()).toEqual(['manifest.json', file, `${file}.br`, `${file}.gz`]);
    const served = await readWidgetBundle(dir);
    expect(served?.hash).toBe(result.hash);
    expect(gunzipSync(served!.gzip).toString()).toBe(code);
    expect(brotliDecompressSync(served!.br).toString()).toBe(code);
  });

  it('replaces an older build rather than piling builds up', async () => {
    const older = 'widget.olderBuild000000.js';
    await Promise.all([older, `${older}.gz`, `${older}.br`].map((name) => writeFile(join(dir, name), 'old')));
    const again = await buildWidget({ outDir: dir });
    expect(again.hash).toBe(result.hash);
    expect((await readdir(dir)).filter((name) => name.includes('olderBuild'))).toEqual([]);
  });

  it('keeps a build whose content did not change instead of compressing it again', async () => {
    const file = join(dir, `widget.${result.hash}.js.br`);
    const before = (await stat(file)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const again = await buildWidget({ outDir: dir });
    expect(again).toEqual(result);
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it('carries no schema library: replies are checked by hand', () => {
    expect(code).not.toMatch(/ZodError|\$ZodType|zod/i);
  });

  it('is one self-contained script with no module imports', () => {
    expect(code).not.toMatch(/\bimport\s*[({"']/);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('never parses HTML and never touches cookies', () => {
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(code).not.toMatch(/document\.cookie/);
  });

  it('names no host of its own: every request goes to the origin it was loaded from', () => {
    // The SVG namespace is an identifier, never fetched.
    const hosts = [...code.matchAll(/https?:\/\/[a-z0-9.-]+/gi)].map((m) => m[0]).filter((h) => h !== 'http://www.w3.org');
    expect(hosts).toEqual([]);
  });
});
