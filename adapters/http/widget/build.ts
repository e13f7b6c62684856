import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
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
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
    outfile,
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
  // Write then rename: a server (or a parallel test) serving the file never sees half a script.
  await mkdir(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  await writeFile(temporary, code);
  await rename(temporary, outfile);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await buildWidget();
  console.log(`widget: ${result.outfile} ${result.bytes} bytes, ${result.gzipBytes} bytes gzipped`);
}
