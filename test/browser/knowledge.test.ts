import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshBrowser, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { startDemoServer, type DemoServer } from './kysy-server.js';
import { logEntries, openWidget, textbox } from './widget-driver.js';

const isMessage = (r: { request(): { method(): string }; url(): string }) => r.request().method() === 'POST' && /\/messages$/.test(r.url());

async function ask(page: Page, question: string) {
  const replied = page.waitForResponse(isMessage);
  await textbox(page).fill(question);
  await textbox(page).press('Enter');
  return (await (await replied).json()) as { messages: Array<{ text: string; asking?: string | null }>; state: { asking: string | null } };
}

describe.skipIf(skipWithoutChromium())('helpful answers from the company content, in the widget on the demo site', () => {
  let server: DemoServer;
  let browser: FreshBrowser;

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  // A fresh profile per test: the widget would otherwise resume the previous test's conversation.
  beforeEach(async () => {
    browser = await freshBrowser();
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('answers "do you integrate with Teams?" from the integrations page, with its link, then asks on', async () => {
    const page = browser.page;
    await page.goto(`${server.url}/`);
    const first = await openWidget(page, 'Open chat');
    const turn = await ask(page, 'Do you integrate with Teams?');
    expect(turn.messages[0]!.text).toContain('Fieldwise integrates with Microsoft Teams');
    expect(turn.messages[0]!.text).toContain('https://fieldwise.example/integrations#microsoft-teams');
    expect(turn.state.asking).toBe(first.state.asking);
    await expect.poll(async () => (await logEntries(page)).join('\n')).toContain('Fieldwise integrates with Microsoft Teams');
    await page.screenshot({ path: await screenshotPath('knowledge-teams-en') });
  });

  it('answers the same in Finnish on the Finnish page', async () => {
    const page = browser.page;
    await page.goto(`${server.url}/fi/`);
    await openWidget(page, 'Avaa chat');
    const turn = await ask(page, 'Toimiiko Fieldwise Teamsin kanssa?');
    expect(turn.messages[0]!.text).toContain('Fieldwise integroituu Microsoft Teamsiin');
    await expect.poll(async () => (await logEntries(page)).join('\n')).toContain('https://fieldwise.example/fi/integraatiot#microsoft-teams');
    await page.screenshot({ path: await screenshotPath('knowledge-teams-fi') });
  });
});
