import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { type CompressedAsset, compressAsset, IMMUTABLE, sendAsset } from '../http/assets/compressed.js';

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

export interface AdminAssets {
  editorJs: CompressedAsset;
}

/**
 * The editor bundle (Preact, the definition schema and its checks, YAML) built by esbuild from the
 * client sources, in memory, and compressed once: the server serves it itself, nothing comes from a CDN.
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
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no admin editor bundle');
  // Brotli 9, not 11: on 600 kB the top level costs seconds of the first editor view for 8 % fewer bytes.
  return { editorJs: compressAsset(Buffer.from(code), 'text/javascript; charset=utf-8', 9) };
}

let stylesheet: CompressedAsset | undefined;

/** The admin's one stylesheet, read and compressed on first use; every page links it. */
export function adminStylesheet(): CompressedAsset {
  stylesheet ??= compressAsset(readFileSync(`${CLIENT_DIR}admin.css`), 'text/css; charset=utf-8');
  return stylesheet;
}

let favicon: CompressedAsset | undefined;

/** The admin's icon in the browser tab (a Kysy speech bubble), read and compressed on first use. */
export function adminFavicon(): CompressedAsset {
  favicon ??= compressAsset(readFileSync(`${CLIENT_DIR}favicon.svg`), 'image/svg+xml');
  return favicon;
}

export const stylesheetUrl = (): string => `/admin/assets/admin.${adminStylesheet().hash}.css`;
export const faviconUrl = (): string => `/admin/assets/favicon.${adminFavicon().hash}.svg`;
export const editorScriptUrl = (assets: AdminAssets): string => `/admin/assets/editor.${assets.editorJs.hash}.js`;

/** Served under their content hash, so browsers keep them until the next build changes the URL. */
export function assetRoutes(assets: () => Promise<AdminAssets>): Router {
  const router = Router();
  const send = (req: Parameters<typeof sendAsset>[0], res: Parameters<typeof sendAsset>[1], asset: CompressedAsset) =>
    sendAsset(req, res, asset, req.params.hash === asset.hash ? IMMUTABLE : 'no-cache');
  router.get('/assets/editor.:hash.js', async (req, res) => send(req, res, (await assets()).editorJs));
  router.get('/assets/admin.:hash.css', (req, res) => send(req, res, adminStylesheet()));
  router.get('/assets/favicon.:hash.svg', (req, res) => send(req, res, adminFavicon()));
  return router;
}
