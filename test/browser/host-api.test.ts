import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { freshBrowser, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { EXAMPLE_DEFINITION } from '../support/example-definition.js';
import { startCustomerSite, type CustomerSite } from './customer-site.js';
import { startDemoServer, type DemoServer } from './kysy-server.js';
import { answer, MAIJA, type Turn } from './widget-driver.js';

const ADMIN_TOKEN = 'host-api-tests-admin-token-0123456789';
const PRICING_GREETING = 'Comparing plans? I can help you find the right one.';

/** The snippet the README gives site owners: the queue stub, calls made before the script loads, the script. */
function hostPage(server: string, calls: string): string {
  return `<!doctype html><html lang="en"><head><title>Fieldwise</title></head><body><main><h1>Fieldwise</h1></main>
<script>window.Kysy=window.Kysy||function(){(Kysy.q=Kysy.q||[]).push(arguments)};
window.seen=[];
Kysy('on','open',function(e){seen.push(['open',e])});
Kysy('on','message',function(e){seen.push(['message',e])});
Kysy('on','decision',function(e){seen.push(['decision',e])});
${calls}</script>
<script src="${server}/widget.js" async></script></body></html>`;
}

const shadow = (page: Page, selector: string) => page.locator(`[data-kysy-widget] ${selector}`);
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Array<[string, Record<string, unknown>]> }).seen);
const kysy = (page: Page, ...args: unknown[]) => page.evaluate((a) => (window as unknown as { Kysy: (...x: unknown[]) => void }).Kysy(...a), args);

describe.skipIf(skipWithoutChromium())("the host page's JavaScript API in Chromium", () => {
  let server: DemoServer;
  let customer: CustomerSite;
  let browser: FreshBrowser;
  let page: Page;
  let definitionFile: string;

  beforeAll(async () => {
    // The example definition with short delays, so a test waits a second, not five.
    const yaml = (await readFile(EXAMPLE_DEFINITION, 'utf8')).replace(/delaySeconds: \d+/g, 'delaySeconds: 1').replace(/^knowledge:\n {2}folder: knowledge\n/m, '');
    definitionFile = join(tmpdir(), `kysy-host-api-${process.pid}.yaml`);
    await writeFile(definitionFile, yaml);
    customer = await startCustomerSite();
    server = await startDemoServer({ WIDGET_ORIGINS: customer.origin, LEAD_DEFINITION: definitionFile, ADMIN_TOKEN });
  });
  afterAll(async () => {
    await server?.close();
    await customer?.close();
    await rm(definitionFile, { force: true });
  });
  beforeEach(async () => {
    browser = await freshBrowser();
    page = browser.page;
  });
  afterEach(async () => {
    await browser?.close();
  });

  it("identify before and after load: the bot never asks what the page knows; open, close and the events reach the page", async () => {
    customer.setPage(hostPage(server.url, `Kysy('identify', {email: 'maija.virtanen@example.fi', traits: {industry: 'hvac'}});`));
    await page.goto(`${customer.origin}/customers`);
    await page.waitForFunction(() => typeof (window as unknown as { Kysy: { q?: unknown } }).Kysy === 'function' && !(window as unknown as { Kysy: { q?: unknown } }).Kysy.q);
    // After the script took over the queue: a direct call.
    await kysy(page, 'identify', { name: 'Maija Virtanen', company: 'Pohjolan Talotekniikka Oy' });

    const started = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/conversations');
    await kysy(page, 'open');
    const start = await started;
    expect(start.request().postDataJSON()).toMatchObject({ known: { email: 'maija.virtanen@example.fi', name: 'Maija Virtanen', traits: { industry: 'hvac' } } });
    await expect.poll(() => shadow(page, '.panel').isVisible()).toBe(true);

    let turn = (await start.json()) as Turn;
    // The industry trait answered the first question: it is never asked.
    const asked: Array<string | null> = [turn.state.asking];
    for (let step = 0; step < 25 && !turn.state.done; step++) {
      turn = await answer(page, turn, MAIJA);
      asked.push(turn.state.asking);
    }
    expect(turn.state.done).toBe(true);
    expect(asked).toContain('consent');
    expect(asked).not.toContain('industry');
    expect(asked).not.toContain('contact_email');
    expect(asked).not.toContain('contact_name');
    expect(asked).not.toContain('company_name');
    await page.screenshot({ path: await screenshotPath('host-api-identified') });

    const events = await seen(page);
    expect(events.filter(([name]) => name === 'open')).toHaveLength(1);
    expect(events.filter(([name]) => name === 'message').length).toBeGreaterThan(3);
    // Qualified or not, once, and nothing else: no score, no decision name.
    expect(events.filter(([name]) => name === 'decision')).toEqual([['decision', { qualified: true }]]);

    // The e-mail the page knew is the lead's, from the page, recorded once the visitor consented.
    const conversationId = ((await start.json()) as { conversationId: string }).conversationId;
    const detail = await (await fetch(`${server.url}/api/admin/conversations/${conversationId}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    expect(detail.lead.answers).toEqual(
      expect.arrayContaining([expect.objectContaining({ criterionId: 'contact_email', value: 'maija.virtanen@example.fi', source: 'page' })]),
    );
    expect(detail.conversation.state.answers.industry).toMatchObject({ value: 'hvac', source: 'page' });

    await kysy(page, 'close');
    await expect.poll(() => shadow(page, '.panel').isVisible()).toBe(false);
    await kysy(page, 'open');
    await expect.poll(() => shadow(page, '.panel').isVisible()).toBe(true);
    expect((await seen(page)).filter(([name]) => name === 'open')).toHaveLength(2);
  });

  it('shows the pricing greeting on the pricing page after its delay, once a day; the chat opened from it starts with it', async () => {
    customer.setPage(hostPage(server.url, ''));
    await page.goto(`${customer.origin}/pricing`);
    const teaser = shadow(page, '.teaser');
    await expect.poll(() => teaser.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await teaser.textContent()).toContain(PRICING_GREETING);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: await screenshotPath('host-api-greeting') });

    // Dismissed, and the page loaded again the same day: not offered again.
    await shadow(page, '.teaser-close').click();
    const greetingRequests: string[] = [];
    page.on('request', (r) => void (new URL(r.url()).pathname === '/api/greeting' && greetingRequests.push(r.url())));
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(await teaser.count()).toBe(0);
    expect(greetingRequests).toEqual([]);

    // Another visitor: the greeting opens the chat, which starts with it.
    await browser.close();
    browser = await freshBrowser();
    page = browser.page;
    await page.goto(`${customer.origin}/pricing/`);
    await expect.poll(() => shadow(page, '.teaser').isVisible(), { timeout: 5_000 }).toBe(true);
    const started = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/conversations');
    await shadow(page, '.teaser-text').click();
    const first = (await (await started).json()) as Turn;
    expect(first.messages[0]?.text).toContain(PRICING_GREETING);
    await expect.poll(() => shadow(page, '.panel').isVisible()).toBe(true);
  });

  it('offers no greeting on an excluded page or a page without one; the page can ask for one by name', async () => {
    customer.setPage(hostPage(server.url, ''));
    for (const path of ['/careers/engineer', '/about']) {
      const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/greeting');
      await page.goto(`${customer.origin}${path}`);
      expect(await (await answered).json()).toEqual({ greeting: null });
    }
    expect(await shadow(page, '.teaser').count()).toBe(0);

    // On /about the page asks for the pricing greeting itself: shown at once.
    await kysy(page, 'start', { greeting: 'pricing' });
    await expect.poll(() => shadow(page, '.teaser').isVisible(), { timeout: 2_000 }).toBe(true);

    // Excluded stays excluded, even when asked.
    await browser.close();
    browser = await freshBrowser();
    page = browser.page;
    await page.goto(`${customer.origin}/careers`);
    const asked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/greeting' && r.url().includes('greeting=pricing'));
    await kysy(page, 'start', { greeting: 'pricing' });
    expect(await (await asked).json()).toEqual({ greeting: null });
  });
});
