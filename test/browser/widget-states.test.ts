import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWidget } from '../../adapters/http/widget/build.js';
import { launchChromium, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { serveFakeBot, type FakeMessage } from './fake-bot.js';
import { logEntries } from './widget-driver.js';

const ORIGIN = 'http://fieldwise.test';
const VISITOR = 'visitor-0123456789abcdef';
const state = (done: boolean) => ({ asking: null, done });
const bot = (id: string, text: string, extra: Partial<FakeMessage> = {}): FakeMessage => ({ id, text, ...extra });

describe.skipIf(skipWithoutChromium())('widget states the real bot reaches rarely (scripted API)', () => {
  let browser: FreshBrowser;
  let page: Page;

  beforeAll(async () => {
    await buildWidget();
  });
  beforeEach(async () => {
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('offers a new conversation when the bot is done, and starts it as the same visitor', async () => {
    const starts: Array<Record<string, unknown>> = [];
    await serveFakeBot(browser.context, ORIGIN, {
      start: (body) => {
        starts.push(body);
        const done = starts.length === 1;
        return { status: 201, body: { conversationId: `c${starts.length}`, visitorId: VISITOR, messages: [bot(`m${starts.length}`, done ? 'Thanks, Anna will be in touch.' : 'Welcome back!')], state: state(done) } };
      },
    });
    await page.goto(`${ORIGIN}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    await page.getByRole('button', { name: 'Start a new conversation' }).click();
    await expect.poll(() => logEntries(page)).toEqual(['Fieldwise: Welcome back!']);
    expect(starts[1]).toMatchObject({ visitorId: VISITOR });
    expect(await page.getByRole('button', { name: 'Start a new conversation' }).count()).toBe(0);
  });

  it('starts afresh when the server no longer knows the stored conversation', async () => {
    const seen: Array<string | undefined> = [];
    await serveFakeBot(browser.context, ORIGIN, {
      start: () => ({ status: 201, body: { conversationId: 'c-new', visitorId: VISITOR, messages: [bot('m1', 'Hi there!')], state: state(false) } }),
      transcript: (_id, visitor) => {
        seen.push(visitor);
        return { status: 404, body: { error: { code: 'not_found', message: 'No such conversation.' } } };
      },
    });
    await page.goto(`${ORIGIN}/`);
    await page.evaluate((visitor) => localStorage.setItem('kysy:http://fieldwise.test', JSON.stringify({ visitorId: visitor, conversationId: 'c-purged', open: true })), VISITOR);
    await page.reload();
    await expect.poll(() => logEntries(page)).toEqual(['Fieldwise: Hi there!']);
    expect(seen).toEqual([VISITOR]);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kysy:http://fieldwise.test') ?? '{}'))).toMatchObject({ conversationId: 'c-new' });
  });

  it('turns web addresses in bot messages into links and nothing else into markup', async () => {
    await serveFakeBot(browser.context, ORIGIN, {
      start: () => ({
        status: 201,
        body: { conversationId: 'c1', visitorId: VISITOR, messages: [bot('m1', 'Book a time: https://cal.example.com/anna. Or javascript:alert(1) <b>bold</b>')], state: state(false) },
      }),
    });
    await page.goto(`${ORIGIN}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    const link = page.getByRole('link', { name: 'https://cal.example.com/anna' });
    expect(await link.getAttribute('href')).toBe('https://cal.example.com/anna');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('[data-kysy-widget] .msg a').count()).toBe(1);
    expect(await page.locator('[data-kysy-widget] .msg b').count()).toBe(0);
    expect(await logEntries(page)).toEqual(['Fieldwise: Book a time: https://cal.example.com/anna. Or javascript:alert(1) <b>bold</b>']);
  });

  it('fills a phone screen and keeps the composer clear of the launcher', async () => {
    await page.setViewportSize({ width: 390, height: 760 });
    await serveFakeBot(browser.context, ORIGIN, {
      start: () => ({
        status: 201,
        body: {
          conversationId: 'c1',
          visitorId: VISITOR,
          messages: [bot('m1', 'What kind of work does your company do?', { choices: [{ id: 'hvac', label: 'HVAC' }, { id: 'electrical', label: 'Electrical' }] })],
          state: { asking: 'industry', done: false },
        },
      }),
    });
    await page.goto(`${ORIGIN}/fi/`);
    await page.getByRole('button', { name: 'Avaa chat' }).click();
    const panel = await page.getByRole('dialog').boundingBox();
    expect(panel).toEqual({ x: 0, y: 0, width: 390, height: 760 });
    expect(await page.getByRole('button', { name: 'Lähetä' }).isVisible()).toBe(true);
    expect(await page.locator('[data-kysy-widget] .launcher').isVisible()).toBe(false);
    await page.screenshot({ path: await screenshotPath('phone-fi') });
  });
});
