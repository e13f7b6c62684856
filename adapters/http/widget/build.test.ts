import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidget, type WidgetBuild } from './build.js';

const BUDGET_GZIP_BYTES = 15 * 1024;

describe('the widget bundle', () => {
  let dir: string;
  let result: WidgetBuild;
  let code: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kysy-widget-'));
    result = await buildWidget({ outfile: join(dir, 'widget.js') });
    code = await readFile(result.outfile, 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('stays within 15 KB gzipped', () => {
    console.log(`widget.js: ${result.bytes} bytes, ${result.gzipBytes} bytes gzipped`);
    expect(result.gzipBytes).toBeGreaterThan(1000);
    expect(result.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
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
