import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../../adapters/http/widget/build.js';
import { finish, logEntries, openWidget, textbox, type Plan, MAIJA } from '../browser/widget-driver.js';
import { freshBrowser, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { pgliteStore } from '../support/stores.js';
import { ANNA, startSlackWorld, type SlackWorld } from './slack-server.js';

const plan: Plan = { ...MAIJA, company_size: { text: 'We are about 60 people' } };

describe.skipIf(skipWithoutChromium())('a rep replying in Slack, seen in the widget in Chromium', () => {
  let world: SlackWorld;
  let browser: FreshBrowser;
  let page: Page;

  beforeAll(async () => {
    await buildWidget();
    world = await startSlackWorld(pgliteStore);
    browser = await freshBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it("shows the rep's thread message in the open widget, and the visitor's answer lands in the thread", async () => {
    await page.goto(world.url);
    await finish(page, await openWidget(page, /chat/i), plan);
    expect(await world.kysy.worker.tick()).toEqual({ delivered: 1, failed: 0 });
    const [card] = world.slack.cards();
    const conversationId = String(card!.metadata!.event_payload.key);

    const sent = Date.now();
    const res = await world.sender.threadMessage({ channel: card!.channel, threadTs: card!.ts, user: ANNA, text: 'Hei Maija! Anna from Fieldwise here &amp; happy to show you around.' });
    expect(res.status).toBe(200);
    await page.getByText('Hei Maija! Anna from Fieldwise here & happy to show you around.').waitFor({ timeout: 1000 });
    expect(Date.now() - sent).toBeLessThan(1000);
    const log = await logEntries(page);
    expect(log.some((line) => line.includes('Anna from our team has joined the chat'))).toBe(true);
    await page.screenshot({ path: await screenshotPath('slack-rep-reply') });

    await textbox(page).fill('Thanks Anna – tomorrow at 10?');
    const replied = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/messages'));
    await textbox(page).press('Enter');
    expect((await (await replied).json()).messages).toEqual([]);
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 1, failed: 0 });
    const thread = world.slack.messages.filter((m) => m.threadTs === card!.ts);
    expect(thread.at(-1)!.text).toBe(':speech_balloon: *Visitor:* Thanks Anna – tomorrow at 10?');
    expect((await world.store.cardedLead(conversationId))?.card?.ts).toBe(card!.ts);
  });
});
