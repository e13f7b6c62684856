import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

export interface AdminAssets {
  editorJs: string;
  css: string;
}

/**
 * The editor bundle (Preact, the definition schema and its checks, YAML) built by esbuild from the
 * client sources, in memory: the server serves it itself, nothing comes from a CDN.
 */
export async function buildAdminAssets(): Promise<AdminAssets> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${CLIENT_DIR}main.tsx`],
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no admin editor bundle');
  return { editorJs: code, css: await readFile(`${CLIENT_DIR}admin.css`, 'utf8') };
}

export function assetRoutes(assets: () => Promise<AdminAssets>): Router {
  const router = Router();
  router.get('/assets/editor.js', async (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'no-cache').send((await assets()).editorJs);
  });
  router.get('/assets/admin.css', async (_req, res) => {
    res.type('text/css').set('Cache-Control', 'no-cache').send((await assets()).css);
  });
  return router;
}
