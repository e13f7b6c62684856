import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { buildWidget } from '../../adapters/http/widget/build.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { PROFILES, Visitor } from '../http/visitor.js';
import { freshBrowser, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { pgliteStore } from '../support/stores.js';
import { addUser, PASSWORD } from './admin-client.js';

const MARKETER = 'maija@fieldwise.example';
// What visitors really paste: a long address and a word with no place to break.
const LONG_URL = `https://fieldwise.example/fi/hinnoittelu?utm_source=newsletter&utm_medium=email&utm_campaign=${'kevat_kampanja_'.repeat(8)}2030`;
const LONG_WORD = 'Lämpöpumppuasennusliiketoimintakehityssuunnitelma'.repeat(3);

describe.skipIf(skipWithoutChromium())('the admin fits a 1280 px screen and has an icon, with no failed request', () => {
  let store: Store;
  let server: TestServer;
  let browser: FreshBrowser;
  let page: Page;
  let leadId: string;
  const problems: string[] = [];

  beforeAll(async () => {
    store = await pgliteStore();
    await buildWidget(); // the host page loads it; test servers serve the last build
    server = await startTestServer(store);
    await addUser(store, MARKETER, 'marketer');
    const visitor = new Visitor(server.url, { ...PROFILES.sales_ready, company_name: { text: `Lämpöpiste ${LONG_WORD} Oy` } });
    await visitor.start({ locale: 'fi', context: { pageUrl: LONG_URL, utm: { utm_campaign: 'kevat_kampanja_'.repeat(8) } } });
    await visitor.playToEnd();
    expect((await visitor.send({ text: `${LONG_WORD}, see ${LONG_URL}` })).status).toBe(200);
    leadId = visitor.conversationId;
    browser = await freshBrowser({ viewport: { width: 1280, height: 800 } });
    page = browser.page;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('shows a lead with long words and addresses within 1280×800, without scrolling sideways', async () => {
    await page.goto(`${server.url}/admin/leads/${leadId}`);
    await page.getByLabel('Email').fill(MARKETER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Transcript' }).waitFor();
    expect(await page.content()).toContain(LONG_WORD);
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: await screenshotPath('admin-lead-1280'), fullPage: true });
    for (const path of ['/admin/leads', '/admin/outcomes', '/admin/versions', '/admin/review', '/admin/experiments']) {
      await page.goto(server.url + path);
      await page.locator('h1').waitFor();
      expect(await overflow(), path).toBe(0);
    }
  }, 60_000);

  it('gives the admin and the widget host page an icon, cached, with no 404 or console error', async () => {
    const icons: Array<{ url: string; status: number; cache: string | undefined }> = [];
    page.on('response', (r) => {
      if (/favicon/.test(r.url())) icons.push({ url: r.url(), status: r.status(), cache: r.headers()['cache-control'] });
    });
    await page.goto(`${server.url}/admin/definition`);
    await page.getByRole('heading', { name: /Criteria/ }).waitFor();
    const adminIcon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(adminIcon).toMatch(/^\/admin\/assets\/favicon\.[\w-]{16}\.svg$/);
    await page.goto(`${server.url}/`);
    await page.locator('kysy-chat, h1').first().waitFor();
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
    // The browser fetches icons on its own time; ask for them as it would.
    for (const href of [adminIcon!, '/favicon.svg']) {
      const response = await page.request.get(server.url + href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toBe('image/svg+xml');
      expect(response.headers()['cache-control'], href).toMatch(/max-age=(86400|31536000)/);
    }
    expect(icons.filter((i) => i.status >= 400)).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
