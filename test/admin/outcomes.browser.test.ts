import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { campaignRoi } from '../../bot/outcomes/roi.js';
import type { TestServer } from '../http/server.js';
import { screenshotPath, skipWithoutChromium } from '../support/chromium.js';
import type { SeedConversation } from '../support/seed/plan.js';
import { seededStore } from '../support/seed/seeded-store.js';
import { pgliteStore } from '../support/stores.js';
import { adminBrowserSuite, signIn } from './admin-browser.js';

const MARKETER = 'mia@fieldwise.example';
const RANGE = '?from=2026-10-05&to=2026-11-29';

describe.skipIf(skipWithoutChromium())('the outcomes dashboard in Chromium', () => {
  let store: Store;
  let plan: SeedConversation[];
  let server: TestServer;
  let page: Page;

  const seeded = async () => {
    ({ store, plan } = await seededStore(pgliteStore, { seed: 7, conversations: 800, start: '2026-10-05', days: 56, versions: [1, 2] }));
    return store;
  };
  adminBrowserSuite({ email: MARKETER, role: 'marketer' }, (suite) => ({ server, page } = suite), {
    open: seeded,
    browser: { viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Helsinki' },
    timeoutMs: 120_000,
  });

  const shot = async (name: string) => page.screenshot({ path: await screenshotPath(name), fullPage: true });
  const cellsOf = (table: string, row: string) => page.locator(`${table} tr`).filter({ has: page.locator(`th:text-is("${row}")`) }).locator('td').allTextContents();

  it('shows the funnel and the weekly trend as charts with their numbers, in the viewer\'s zone', async () => {
    await page.goto(`${server.url}/admin/outcomes${RANGE}`);
    await signIn(page, MARKETER);
    await page.waitForURL(/\/admin\/outcomes\?.*tz=Europe%2FHelsinki/);
    await page.getByRole('heading', { name: 'Funnel' }).waitFor();

    const won = plan.filter((c) => c.lead?.status === 'won').length;
    const handed = plan.filter((c) => c.lead?.handedOffAt).length;
    expect(await cellsOf('table.numbers', 'Conversations')).toEqual([String(plan.length), '–', '100 %']);
    expect((await cellsOf('table.numbers', 'Handed off'))[0]).toBe(String(handed));
    expect((await cellsOf('table.numbers', 'Won'))[0]).toBe(String(won));
    // The chart says the same beside its bars.
    await expect.poll(() => page.locator('svg.funnel text.num').first().textContent()).toBe(String(plan.length));
    expect(await page.locator('svg.funnel rect.bar').count()).toBe(7);
    await expect.poll(() => page.getByText('Weeks start on Monday in Europe/Helsinki.').count()).toBe(1);
    expect(await page.locator('svg.trend > rect.bar').count()).toBe(await page.locator('table.trend-numbers tbody tr').count());
    // Eight weeks of figures and the lift tables fit the 1280 px screen without scrolling sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await shot('outcomes-dashboard');
  });

  it('takes a campaign cost and shows its ROI by the formula; lists the lift table with its flags', async () => {
    await page.getByLabel('Campaign (utm_campaign)', { exact: true }).last().fill('owners_webinar');
    const form = page.getByRole('form', { name: 'Add a campaign cost' });
    await form.getByLabel('From').fill('2026-10-05');
    await form.getByLabel('To').fill('2026-11-29');
    await form.getByLabel('Cost').fill('20000');
    await form.getByRole('button', { name: 'Add cost' }).click();
    // The form posts and is redirected back to the ROI table: read it once that page has loaded, not while it replaces the old one.
    await page.waitForURL(/\/admin\/outcomes#h-roi$/, { waitUntil: 'load' });
    await page.getByRole('cell', { name: '2026-10-05 – 2026-11-29' }).waitFor();

    const brought = plan.filter((c) => c.utm.utm_campaign === 'owners_webinar');
    const revenue = brought.filter((c) => c.lead?.status === 'won').reduce((s, c) => s + Number(c.lead!.actions.at(-1)!.detail.amount), 0);
    const leads = brought.filter((c) => c.decision === 'sales_ready' || c.decision === 'nurture').length;
    const salesReady = brought.filter((c) => c.decision === 'sales_ready').length;
    const won = brought.filter((c) => c.lead?.status === 'won').length;
    const roi = campaignRoi({ id: '', campaign: 'owners_webinar', from: '', to: '', amount: 20_000, currency: 'EUR' }, { conversations: brought.length, leads, salesReady, won, revenue }).roi!;
    const row = await cellsOf('table.roi', 'owners_webinar');
    expect(row.slice(0, 7)).toEqual(['2026-10-05 – 2026-11-29', '€20,000', String(brought.length), String(leads), String(salesReady), String(won), `€${revenue.toLocaleString('en')}`]);
    expect(row[7]).toBe(`${(roi * 100).toFixed(0)} %`);
    await page.locator('#h-roi').scrollIntoViewIfNeeded();
    await shot('outcomes-roi-and-lift');
    expect(await page.locator('table.lift').count()).toBeGreaterThan(5);
  });
});
