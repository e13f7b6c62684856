import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
export const WIDGET_ENTRY = `${here}index.ts`;
export const WIDGET_OUTFILE = fileURLToPath(new URL('../public/widget.js', import.meta.url));

export interface WidgetBuild {
  outfile: string;
  bytes: number;
  gzipBytes: number;
}

/** Bundles the widget into the one minified script a site embeds. */
export async function buildWidget(options: { outfile?: string } = {}): Promise<WidgetBuild> {
  const outfile = options.outfile ?? WIDGET_OUTFILE;
  await build({
    entryPoints: [WIDGET_ENTRY],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = await readFile(outfile);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await buildWidget();
  console.log(`widget: ${result.outfile} ${result.bytes} bytes, ${result.gzipBytes} bytes gzipped`);
}
