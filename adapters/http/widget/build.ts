import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { join } from 'node:path';
import { compressAsset, contentHash } from '../assets/compressed.js';
import { readWidgetBundle, removeOtherBuilds, WIDGET_DIR, WIDGET_TYPE, writeWidgetBundle } from '../assets/widget-bundle.js';

export const WIDGET_ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));

export interface WidgetBuild {
  /** The bundle's path, named by its content hash. */
  outfile: string;
  hash: string;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/**
 * Bundles the widget into the one minified script a site embeds, compressed ahead of time. Bundling
 * is quick; the maximum-quality compression is not, so a bundle already built with the same content
 * (the usual restart) is kept as it is.
 */
export async function buildWidget(options: { outDir?: string } = {}): Promise<WidgetBuild> {
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no widget bundle');
  const dir = options.outDir ?? WIDGET_DIR;
  const built = await readWidgetBundle(dir).catch(() => null);
  if (built && built.hash === contentHash(Buffer.from(code)) && built.identity.equals(Buffer.from(code))) {
    const outfile = join(dir, `widget.${built.hash}.js`);
    await removeOtherBuilds(dir, built.hash);
    return { outfile, hash: built.hash, bytes: built.identity.length, gzipBytes: built.gzip.length, brotliBytes: built.br.length };
  }
  const asset = compressAsset(Buffer.from(code), WIDGET_TYPE);
  const outfile = await writeWidgetBundle(dir, asset);
  return { outfile, hash: asset.hash, bytes: asset.identity.length, gzipBytes: asset.gzip.length, brotliBytes: asset.br.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const built = await buildWidget();
  console.log(`widget: ${built.outfile} ${built.bytes} bytes, ${built.gzipBytes} gzipped, ${built.brotliBytes} brotli`);
}
