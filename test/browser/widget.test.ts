import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshBrowser, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { startCustomerSite, type CustomerSite } from './customer-site.js';
import { startDemoServer, type DemoServer } from './kysy-server.js';
import { answer, finish, isTranscript, logEntries, openWidget, textbox, type Plan, MAIJA, type Turn } from './widget-driver.js';

const plan: Plan = MAIJA;

// What only sales may see: none of it may ever reach the visitor's screen.
const INTERNAL = /\b(score|points|sales_ready|nurture|disqualified|fit|intent)\b/i;

describe.skipIf(skipWithoutChromium())('the chat widget in Chromium against the real server', () => {
  let server: DemoServer;
  let customer: CustomerSite;
  let browser: FreshBrowser;
  let page: Page;
  let requests: Request[];
  let dialogs: string[];

  beforeAll(async () => {
    customer = await startCustomerSite();
    server = await startDemoServer({ WIDGET_ORIGINS: customer.origin });
  });
  afterAll(async () => {
    await server?.close();
    await customer?.close();
  });

  beforeEach(async () => {
    browser = await freshBrowser();
    page = browser.page;
    requests = [];
    dialogs = [];
    browser.context.on('request', (request) => requests.push(request));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('completes a conversation in English with clicks and typing, sending locale and page context', async () => {
    await page.goto(`${server.url}/?utm_source=linkedin&utm_campaign=spring`);
    await page.screenshot({ path: await screenshotPath('en-landing') });
    const first = await openWidget(page, 'Open chat');

    const start = requests.find((r) => r.method() === 'POST' && r.url().endsWith('/api/conversations'));
    expect(start?.postDataJSON()).toMatchObject({
      locale: 'en',
      context: { pageUrl: `${server.url}/?utm_source=linkedin&utm_campaign=spring`, utm: { utm_source: 'linkedin', utm_campaign: 'spring' } },
    });
    await expect.poll(() => logEntries(page)).toHaveLength(first.messages.length);
    await page.screenshot({ path: await screenshotPath('en-open') });

    let turn = await answer(page, first, plan);
    turn = await answer(page, turn, plan);
    await page.screenshot({ path: await screenshotPath('en-mid') });
    const last = await finish(page, turn, plan);
    await expect.poll(async () => (await logEntries(page)).at(-1)).toContain(last.messages.at(-1)?.text);

    // A long talk scrolls inside the log; the header and the composer stay put.
    const layout = () =>
      page.evaluate(() => {
        const root = document.querySelector('[data-kysy-widget]')?.shadowRoot;
        const box = (selector: string) => root?.querySelector(selector)?.getBoundingClientRect();
        const [panel, head, compose] = [box('.panel'), box('.head'), box('.compose')];
        const log = root?.querySelector('.log');
        if (!panel || !head || !compose || !log) return null;
        return {
          headAtTop: Math.abs(head.top - panel.top) < 2,
          composerAtBottom: Math.abs(compose.bottom - panel.bottom) < 2,
          logScrolls: log.scrollHeight > log.clientHeight,
          logAtEnd: log.scrollHeight - log.clientHeight - log.scrollTop < 2,
        };
      });
    await expect.poll(layout).toEqual({ headAtTop: true, composerAtBottom: true, logScrolls: true, logAtEnd: true });
    await page.screenshot({ path: await screenshotPath('en-done') });

    // A click sends the option's id, typing sends text; every message has its own idempotency key.
    const posted = requests.filter((r) => r.method() === 'POST' && r.url().endsWith('/messages')).map((r) => r.postDataJSON() as Record<string, string>);
    expect(posted).toContainEqual({ clientMessageId: expect.stringMatching(/^[0-9a-f]{32}$/), choice: 'hvac' });
    expect(posted).toContainEqual({ clientMessageId: expect.stringMatching(/^[0-9a-f]{32}$/), text: 'We are about 40 people' });
    expect(new Set(posted.map((p) => p.clientMessageId)).size).toBe(posted.length);

    const log = (await logEntries(page)).join('\n');
    expect(log).toContain('We are about 40 people');
    expect(log).toContain('maija.virtanen@example.fi');
    expect(log).not.toMatch(INTERNAL);
    expect(await page.getByRole('button', { name: 'Start a new conversation' }).isVisible()).toBe(true);
  });

  it('speaks Finnish on the Finnish page and continues where it was after a reload', async () => {
    await page.goto(`${server.url}/fi/`);
    let turn = await openWidget(page, 'Avaa chat');
    expect(requests.find((r) => r.url().endsWith('/api/conversations'))?.postDataJSON()).toMatchObject({ locale: 'fi' });
    expect(turn.messages[0]?.text).toMatch(/^Hei!/);
    expect(await textbox(page).getAttribute('placeholder')).toBe('Kirjoita viesti…');

    turn = await answer(page, turn, plan);
    turn = await answer(page, turn, plan);
    turn = await answer(page, turn, plan);
    const before = await logEntries(page);

    const restored = page.waitForResponse(isTranscript);
    await page.reload();
    const transcript = await restored;
    expect(transcript.request().headers()['x-kysy-visitor']).toMatch(/\S{16,}/);
    await expect.poll(() => logEntries(page)).toEqual(before);
    await page.screenshot({ path: await screenshotPath('fi-restored') });

    const last = await finish(page, turn, plan);
    expect(last.messages.at(-1)?.text).toBeTruthy();
    await expect.poll(async () => (await logEntries(page)).at(-1)).toContain(last.messages.at(-1)?.text);
    await page.screenshot({ path: await screenshotPath('fi-done') });
    expect((await logEntries(page)).join('\n')).not.toMatch(INTERNAL);
  });

  it('shows markup a visitor types as text and runs none of it', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(server.url);
    await openWidget(page, 'Open chat');
    const replied = page.waitForResponse((r) => r.url().endsWith('/messages'));
    await textbox(page).fill(payload);
    await textbox(page).press('Enter');
    await replied;
    await page.waitForTimeout(300);

    const bubble = await page.evaluate(() => {
      const root = document.querySelector('[data-kysy-widget]')?.shadowRoot;
      const mine = [...(root?.querySelectorAll('.msg.visitor') ?? [])].at(-1);
      const textNode = [...(mine?.childNodes ?? [])].find((n) => n.nodeType === Node.TEXT_NODE);
      return { text: textNode?.nodeValue, images: root?.querySelectorAll('img').length ?? -1, elements: mine?.querySelectorAll('*').length };
    });
    expect(bubble).toEqual({ text: payload, images: 0, elements: 1 });
    expect(dialogs).toEqual([]);
    expect(requests.filter((r) => new URL(r.url()).pathname === '/x')).toEqual([]);
    await page.screenshot({ path: await screenshotPath('markup-as-text') });
  });

  it('works with the keyboard alone: Tab to the launcher, Enter opens, a choice answered, text typed, Escape closes', async () => {
    await page.goto(server.url);
    const shadowFocus = () =>
      page.evaluate(() => {
        const active = document.querySelector('[data-kysy-widget]')?.shadowRoot?.activeElement;
        return active ? active.getAttribute('aria-label') || active.textContent || active.tagName : null;
      });
    for (let presses = 0; presses < 40 && (await shadowFocus()) !== 'Open chat'; presses++) await page.keyboard.press('Tab');
    expect(await shadowFocus()).toBe('Open chat');

    const started = page.waitForResponse((r) => r.url().endsWith('/api/conversations'));
    await page.keyboard.press('Enter');
    const first = (await (await started).json()) as Turn;
    await expect.poll(shadowFocus).toBe('TEXTAREA');
    expect(await page.getByRole('textbox', { name: 'Your message' }).count()).toBe(1);
    expect(await page.getByRole('log', { name: 'Conversation' }).getAttribute('aria-live')).toBe('polite');
    expect(await page.getByRole('dialog', { name: 'Fieldwise' }).count()).toBe(1);

    // Reading order backwards from the text box: the question's choices, last first, then the messages.
    const labels = first.messages.at(-1)?.choices?.map((c) => c.label) ?? [];
    expect(labels.length).toBeGreaterThan(1);
    const backwards: Array<string | null> = [];
    for (let press = 0; press <= labels.length; press++) {
      await page.keyboard.press('Shift+Tab');
      backwards.push(await shadowFocus());
    }
    expect(backwards).toEqual([...labels].reverse().concat('Conversation'));
    const hvac = first.messages.at(-1)?.choices?.find((c) => c.id === 'hvac')?.label ?? '';
    while ((await shadowFocus()) !== hvac) await page.keyboard.press('Tab');
    const chosen = page.waitForResponse((r) => r.url().endsWith('/messages'));
    await page.keyboard.press('Enter');
    expect((await chosen).request().postDataJSON()).toMatchObject({ choice: 'hvac' });
    // The buttons went with the answer; focus waits in the text box for the next one.
    await expect.poll(shadowFocus).toBe('TEXTAREA');

    const replied = page.waitForResponse((r) => r.url().endsWith('/messages'));
    await page.keyboard.type('We are about 40 people');
    await page.keyboard.press('Tab');
    expect(await shadowFocus()).toBe('Send');
    await page.keyboard.press('Enter');
    expect((await replied).request().postDataJSON()).toMatchObject({ text: 'We are about 40 people' });
    await page.screenshot({ path: await screenshotPath('keyboard') });

    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await shadowFocus()).toBe('Open chat');
    expect(await page.getByRole('button', { name: 'Open chat' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('retries a message lost to the network with the same clientMessageId, quietly reconnecting', async () => {
    await page.goto(server.url);
    const first = await openWidget(page, 'Open chat');
    const sent: string[] = [];
    let dropped = false;
    await page.route('**/api/conversations/*/messages', async (route) => {
      sent.push((route.request().postDataJSON() as { clientMessageId: string }).clientMessageId);
      if (!dropped) {
        dropped = true;
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    const turn = answer(page, first, plan);
    await page.getByRole('status').getByText('Reconnecting…').waitFor();
    await page.screenshot({ path: await screenshotPath('reconnecting') });
    await turn;
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe(sent[1]);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('');
    const entries = await logEntries(page);
    expect(entries.filter((e) => e.startsWith('You:'))).toHaveLength(1);
  });

  it('embeds on a customer site on another origin with one script tag and talks only to the bot', async () => {
    customer.setPage(`<!doctype html><html lang="sv"><head><title>Kund</title>
<style>div, button { background: hotpink !important; font-family: serif !important; }</style></head>
<body><h1>Välkommen</h1><script src="${server.url}/widget.js" data-accent="#facc15" async></script></body></html>`);
    await page.goto(`${customer.origin}/shop/`);
    const first = await openWidget(page, 'Öppna chatten');
    expect(first.messages[0]?.text).toMatch(/^Hej!/);
    await answer(page, first, plan);

    // The host page's CSS does not reach inside the widget, and the light accent gets dark text.
    const look = await page.evaluate(() => {
      const root = document.querySelector('[data-kysy-widget]')?.shadowRoot;
      const launcher = root?.querySelector('.launcher');
      const bubble = root?.querySelector('.msg.bot');
      return {
        launcher: launcher && getComputedStyle(launcher).backgroundColor,
        launcherText: launcher && getComputedStyle(launcher).color,
        bubble: bubble && getComputedStyle(bubble).backgroundColor,
        font: bubble && getComputedStyle(bubble).fontFamily,
      };
    });
    expect(look).toEqual({ launcher: 'rgb(250, 204, 21)', launcherText: 'rgb(17, 24, 39)', bubble: 'rgb(255, 255, 255)', font: expect.stringContaining('system-ui') });
    await page.screenshot({ path: await screenshotPath('customer-site') });

    const hosts = new Set(requests.map((r) => new URL(r.url()).origin));
    expect([...hosts].sort()).toEqual([customer.origin, server.url].sort());
    expect(await browser.context.cookies()).toEqual([]);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored).toEqual([`kysy:${new URL(server.url).origin}`]);
  });
});
