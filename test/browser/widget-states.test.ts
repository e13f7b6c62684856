import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWidget } from '../../adapters/http/widget/build.js';
import { freshBrowser, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { serveFakeBot, type FakeMessage } from './fake-bot.js';
import { logEntries, textbox } from './widget-driver.js';

const ORIGIN = 'http://fieldwise.test';
const VISITOR = 'visitor-0123456789abcdef';
const state = (done: boolean) => ({ asking: null, done, qualified: null });
const bot = (id: string, text: string, extra: Partial<FakeMessage> = {}): FakeMessage => ({ id, text, ...extra });

describe.skipIf(skipWithoutChromium())('widget states the real bot reaches rarely (scripted API)', () => {
  let browser: FreshBrowser;
  let page: Page;

  beforeAll(async () => {
    await buildWidget();
  });
  beforeEach(async () => {
    browser = await freshBrowser();
    page = browser.page;
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

  it('lets the visitor talk on with a sales rep who joins after the bot is done', async () => {
    const live: FakeMessage[] = [];
    const sent: Array<Record<string, unknown>> = [];
    await serveFakeBot(browser.context, ORIGIN, {
      start: () => ({ status: 201, body: { conversationId: 'c1', visitorId: VISITOR, messages: [bot('m1', 'Thanks, Anna will be in touch.')], state: state(true) } }),
      live: () => live,
      // As the real server answers while a person is in a closed conversation: the bot stays quiet, still done.
      message: (_id, body) => {
        sent.push(body);
        return { status: 200, body: { messages: [], state: state(true) } };
      },
    });
    await page.goto(`${ORIGIN}/`);
    await page.getByRole('button', { name: 'Open chat' }).click();
    const restart = page.getByRole('button', { name: 'Start a new conversation' });
    await restart.waitFor();

    live.push(bot('m2', 'Anna joined the conversation.', { role: 'bot' }), bot('r1', 'Hi, Anna here. Shall we book a demo?', { role: 'rep' }));
    await expect.poll(() => logEntries(page)).toEqual(['Fieldwise: Thanks, Anna will be in touch.', 'Fieldwise: Anna joined the conversation.', 'Fieldwise: Hi, Anna here. Shall we book a demo?']);
    await expect.poll(() => restart.count()).toBe(0);

    const replied = page.waitForResponse((r) => r.url().endsWith('/messages'));
    await textbox(page).fill('Yes, Tuesday works.');
    await textbox(page).press('Enter');
    await replied;
    expect(sent).toEqual([{ clientMessageId: expect.stringMatching(/^[0-9a-f]{32}$/), text: 'Yes, Tuesday works.' }]);
    // The reply is drawn before the typing indicator goes.
    await expect.poll(() => page.locator('[data-kysy-widget] .typing').count()).toBe(0);
    expect(await logEntries(page)).toContain('You: Yes, Tuesday works.');
    expect(await restart.count()).toBe(0);
    expect(await textbox(page).isEditable()).toBe(true);
    await page.screenshot({ path: await screenshotPath('rep-after-done') });
  });

  it('announces only what is new after a reload, not the restored conversation', async () => {
    // Installed before any widget script runs, on every load: records each message bubble as it is
    // inserted and whether its nearest live region would announce it.
    await browser.context.addInitScript(() => {
      const seen: Array<{ text: string; live: string | null }> = [];
      const recorded = new WeakSet<Element>();
      const toggles: string[] = [];
      Object.assign(window, { kysyInserted: seen, kysyLiveToggles: toggles });
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver((records) => {
          for (const record of records) {
            if (record.type === 'attributes') toggles.push(`${record.oldValue} -> ${(record.target as Element).getAttribute('aria-live')}`);
            for (const node of record.addedNodes) {
              if (!(node instanceof Element)) continue;
              for (const item of [node, ...node.querySelectorAll('*')].filter((e) => e.matches('.msg, .choices') && !recorded.has(e))) {
                recorded.add(item);
                seen.push({ text: item.textContent ?? '', live: item.closest('[aria-live]')?.getAttribute('aria-live') ?? null });
              }
            }
          }
        }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-live'], attributeOldValue: true });
        return root;
      };
    });
    const restored = [
      bot('m1', 'What kind of work does your company do?', { role: 'bot' }),
      bot('v1', 'We do HVAC', { role: 'visitor' }),
      bot('m2', 'Which country is the company in?', { role: 'bot', choices: [{ id: 'finland', label: 'Finland' }], asking: 'country' }),
    ];
    await serveFakeBot(browser.context, ORIGIN, {
      start: () => ({ status: 500, body: {} }),
      transcript: () => ({ status: 200, body: { conversationId: 'c1', messages: restored, state: { asking: 'country', done: false, qualified: null } } }),
      message: () => ({ status: 200, body: { messages: [bot('m3', 'Thanks! How many employees?')], state: { asking: 'company_size', done: false, qualified: null } } }),
    });
    await page.goto(`${ORIGIN}/`);
    await page.evaluate((visitor) => localStorage.setItem('kysy:http://fieldwise.test', JSON.stringify({ visitorId: visitor, conversationId: 'c1', open: true })), VISITOR);
    await page.reload();
    await expect.poll(() => logEntries(page)).toEqual(['Fieldwise: What kind of work does your company do?', 'You: We do HVAC', 'Fieldwise: Which country is the company in?']);

    await textbox(page).fill('Helsinki');
    await textbox(page).press('Enter');
    await expect.poll(() => logEntries(page)).toContain('Fieldwise: Thanks! How many employees?');

    const inserted = await page.evaluate(() => (window as unknown as { kysyInserted: Array<{ text: string; live: string | null }> }).kysyInserted);
    expect(inserted.filter((i) => i.live === 'off').map((i) => i.text)).toEqual([
      'Fieldwise: What kind of work does your company do?',
      'You: We do HVAC',
      'Fieldwise: Which country is the company in?',
      'Finland',
    ]);
    expect(inserted.filter((i) => i.live !== 'off').map((i) => i.text)).toEqual(['You: Helsinki', 'Fieldwise: Thanks! How many employees?']);
    // Switching a region off and on around an insertion would not help: screen readers see the end state.
    expect(await page.evaluate(() => (window as unknown as { kysyLiveToggles: string[] }).kysyLiveToggles)).toEqual([]);
    await page.screenshot({ path: await screenshotPath('restored-quietly') });
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
          state: { asking: 'industry', done: false, qualified: null },
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
