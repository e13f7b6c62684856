import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../http/server.js';
import { adminFavicon, adminStylesheet, type AdminAssets, assetRoutes, buildAdminAssets, editorScriptUrl, faviconUrl, stylesheetUrl } from './assets.js';
import { html } from './html.js';
import { layout } from './pages/layout.js';

describe('the admin bundles', () => {
  let server: RunningServer;
  let assets: AdminAssets;

  beforeAll(async () => {
    assets = await buildAdminAssets();
    const app = express();
    app.use('/admin', assetRoutes(async () => assets));
    server = await listen(app, 0, '127.0.0.1');
  });
  afterAll(() => server.close());

  it('are linked from every page under their content hash', () => {
    const page = layout({ title: 'Leads', body: html`<p>x</p>` }).value;
    expect(page).toContain(`<link rel="stylesheet" href="${stylesheetUrl()}">`);
    expect(stylesheetUrl()).toMatch(/^\/admin\/assets\/admin\.[\w-]{16}\.css$/);
    expect(editorScriptUrl(assets)).toMatch(/^\/admin\/assets\/editor\.[\w-]{16}\.js$/);
  });

  it.each([
    ['editor script', () => editorScriptUrl(assets), () => assets.editorJs],
    ['stylesheet', stylesheetUrl, adminStylesheet],
  ])('serve the %s brotli-compressed and immutable', async (_name, url, asset) => {
    const response = await fetch(server.url + url(), { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('br');
    // fetch decodes the body; it must be the asset itself.
    expect(Buffer.from(await response.arrayBuffer()).equals(asset().identity)).toBe(true);
    expect(asset().br.length).toBeLessThan(asset().identity.length / 2);
  });

  it('give every page an icon, served as SVG under its hash for a year', async () => {
    const page = layout({ title: 'Leads', body: html`<p>x</p>` }).value;
    expect(page).toContain(`<link rel="icon" href="${faviconUrl()}" type="image/svg+xml">`);
    const response = await fetch(server.url + faviconUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.arrayBuffer()).equals(adminFavicon().identity)).toBe(true);
  });
});
