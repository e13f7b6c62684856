import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminRouters } from '../../adapters/admin/index.js';
import { createLogger } from '../../adapters/log/logger.js';
import type { Store } from '../../adapters/store/index.js';
import { createDefinitionCatalog } from '../../bot/service/definition-catalog.js';
import { ADMIN_TOKEN, type TestServer } from '../http/server.js';
import { PROFILES, Visitor } from '../http/visitor.js';
import { axeViolations } from '../support/axe.js';
import { contrast } from '../support/contrast.js';
import { screenshotPath, skipWithoutChromium } from '../support/chromium.js';
import { adminBrowserSuite, signIn } from './admin-browser.js';
import { routesOf } from './routes.js';

const ADMIN = 'boss@fieldwise.example';

/** Every admin page, by its route, with a URL that shows it with content (a lead, two versions to compare). */
const PAGES: Array<[route: string, url: (leadId: string) => string]> = [
  ['/account', () => '/admin/account'],
  ['/leads', () => '/admin/leads'],
  ['/leads/:id', (leadId) => `/admin/leads/${leadId}`],
  ['/definition', () => '/admin/definition'],
  ['/versions', () => '/admin/versions'],
  ['/versions/diff', () => '/admin/versions/diff?from=1&to=2'],
  ['/versions/:version', () => '/admin/versions/1'],
  ['/experiments', () => '/admin/experiments'],
  ['/outcomes', () => '/admin/outcomes'],
  ['/review', () => '/admin/review'],
  ['/users', () => '/admin/users'],
  // A missing page is a page too.
  ['a missing page', () => '/admin/no-such-page'],
];

describe.skipIf(skipWithoutChromium())('accessibility of every admin page in Chromium', () => {
  let store: Store;
  let server: TestServer;
  let page: Page;
  let leadId: string;

  adminBrowserSuite({ email: ADMIN, role: 'admin' }, async (suite) => {
    ({ store, server, page } = suite);
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start({ locale: 'en' });
    await visitor.playToEnd();
    leadId = visitor.conversationId;
    // Something for the review queue to show.
    const puzzling = new Visitor(server.url, { industry: { text: 'lifts and <i>escalators</i> mostly' } });
    await puzzling.start({ locale: 'en' });
    await puzzling.answer();
    const { definition } = (await store.published())!;
    await store.publish({ ...definition, thresholds: { ...definition.thresholds, fit: definition.thresholds.fit + 5 } }, ADMIN, 'a second version to compare');
  });

  it('lists a URL for every page the admin serves, so a new page is checked too', async () => {
    const seed = (await store.published())!.definition;
    const routers = adminRouters({ store, definitions: createDefinitionCatalog(store, seed), adminToken: ADMIN_TOKEN, clock: { now: () => new Date() }, logger: createLogger('silent') });
    const pages = routesOf(routers['/admin'])
      .filter((r) => r.method === 'GET' && r.path !== '/' && !r.path.startsWith('/assets/'))
      .map((r) => r.path);
    expect(new Set(pages)).toEqual(new Set(['/login', ...PAGES.map(([route]) => route).filter((route) => route.startsWith('/'))]));
  });

  it('has no axe violations on the sign-in page', async () => {
    await page.goto(`${server.url}/admin/login`);
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, ADMIN);
    await page.waitForURL(/\/admin\/leads/);
  });

  it.each(PAGES)('has no axe violations on %s, signed in', async (route, url) => {
    await page.goto(server.url + url(leadId));
    expect(new URL(page.url()).pathname).not.toBe('/admin/login');
    if (route === '/definition') await page.getByRole('heading', { name: /Criteria/ }).waitFor();
    if (route === '/review') await page.getByRole('list', { name: 'Phrases to review' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the selected editor tab readable under the pointer, and every focus ring at 3:1', async () => {
    await page.goto(`${server.url}/admin/definition`);
    const selected = page.getByRole('tab', { selected: true });
    await selected.hover();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: await screenshotPath('admin-tab-hover') });
    // Focus rings on the light page and on the dark top bar.
    for (const target of [selected, page.getByRole('link', { name: 'Leads' })]) {
      const ring = await target.evaluate((element) => {
        (element as HTMLElement).focus({ focusVisible: true } as FocusOptions);
        let behind: Element | null = element.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
        return { outline: getComputedStyle(element).outlineColor, behind: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)' };
      });
      expect(contrast(ring.outline, ring.behind)).toBeGreaterThanOrEqual(3);
    }
  });
});
