import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../http/server.js';
import { screenshotPath, skipWithoutChromium } from '../support/chromium.js';
import { adminBrowserSuite, signIn } from './admin-browser.js';
import { startConversation } from './public-visitor.js';

const MARKETER = 'maija@fieldwise.example';
/** Words the example definition does not know for any industry (checked below before teaching). */
const SAID = 'We keep lifts and escalators running';
const PHRASE = 'we keep lifts and escalators running';

describe.skipIf(skipWithoutChromium())('a marketer teaches the bot from the review queue in Chromium', () => {
  let server: TestServer;
  let page: Page;

  adminBrowserSuite({ email: MARKETER, role: 'marketer' }, (suite) => ({ server, page } = suite));

  const shot = async (name: string) => page.screenshot({ path: await screenshotPath(name), fullPage: true });

  it('not understood → "means option X" → the preview understands it → publish → a new conversation understands it', async () => {
    // Two visitors the bot does not understand; one then clicks what they meant.
    const first = await startConversation(server.url, 'en');
    expect((await first.say({ text: `${SAID}!` })).at(-1)?.asking).toBe('industry');
    await first.say({ choice: 'facility_maintenance' });
    const second = await startConversation(server.url, 'en');
    expect((await second.say({ text: SAID.toUpperCase() })).at(-1)?.asking).toBe('industry');
    const third = await startConversation(server.url, 'en');
    await third.say({ text: '<img src=x onerror="document.title=1"> <b>hello</b> there' });

    await page.goto(`${server.url}/admin/leads`);
    await signIn(page, MARKETER);
    await page.waitForURL(/\/admin\/leads/);
    await page.getByRole('link', { name: 'Not understood' }).click();
    const queue = page.getByRole('list', { name: 'Phrases to review' });
    await queue.waitFor();

    const group = queue.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PHRASE }) });
    await expect.poll(() => group.textContent()).toContain('2 times');
    expect(await group.textContent()).toContain('Finally chosen: Facility maintenance (1)');
    // Visitor text is text: no markup from it reaches the page.
    expect(await queue.locator('img, b').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    const weekly = page.getByRole('table', { name: /Answers not understood/ });
    expect(await weekly.getByRole('row', { name: /industry/ }).locator('td').last().textContent()).toBe('3');
    await shot('admin-review-queue');

    // What the visitors chose is the suggestion.
    const means = group.getByRole('button', { name: 'Means Facility maintenance' });
    expect(await means.getAttribute('class')).toBe('primary');
    await means.click();
    const status = page.getByRole('status').filter({ hasText: 'synonym' });
    await expect.poll(() => status.textContent()).toContain(`“${PHRASE}” is now a synonym of Facility maintenance (en) in the draft`);
    await expect.poll(() => group.count()).toBe(0);
    await shot('admin-review-taught');

    await page.getByRole('link', { name: 'Open the definition editor' }).click();
    await page.getByRole('heading', { name: /Criteria/ }).waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Start preview' }).click();
    const chat = page.getByRole('list', { name: 'Preview conversation' });
    await expect.poll(() => chat.textContent()).toContain('What kind of work does your company do?');
    await page.getByLabel('Visitor says').fill(`${SAID}, about 40 of us`);
    await page.getByRole('button', { name: 'Send' }).click();
    const understood = page.getByRole('table', { name: 'Answers understood' });
    await expect.poll(() => understood.getByRole('row', { name: /industry/ }).textContent()).toContain('facility_maintenance');
    await understood.scrollIntoViewIfNeeded();
    await shot('admin-review-preview');

    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Draft saved');
    await page.getByLabel('Note for this version').fill('Taught from the review queue');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, publish version 2' }).click();
    await expect.poll(() => page.getByTestId('publish-outcome').textContent()).toContain('Published version 2');

    const fresh = await startConversation(server.url, 'en');
    const reply = await fresh.say({ text: `Hi, ${SAID.toLowerCase()} in Oulu` });
    expect(reply.at(-1)?.asking).not.toBe('industry');
    const detail = (await (await server.admin(`/api/admin/conversations/${fresh.id}`)).json()) as { lead: { answers: Array<{ criterionId: string; value: unknown }> } };
    expect(detail.lead.answers).toContainEqual(expect.objectContaining({ criterionId: 'industry', value: 'facility_maintenance' }));

    await page.goto(`${server.url}/admin/review`);
    await queue.waitFor();
    expect(await queue.getByRole('heading', { name: PHRASE }).count()).toBe(0);
    expect(await weekly.getByRole('row', { name: /Versions published/ }).locator('td').last().textContent()).toBe('v1, v2');
    await shot('admin-review-after-publish');
  }, 120_000);
});
