import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../http/server.js';
import { screenshotPath, skipWithoutChromium } from '../support/chromium.js';
import { adminBrowserSuite, fillSignIn } from './admin-browser.js';
import { questionAbout, startConversation } from './public-visitor.js';

const OLD_SIZE_FI = 'Noin kuinka monta ihmistä yrityksessänne työskentelee?';
const NEW_SIZE_FI = 'Montako työntekijää teillä on?';
const MARKETER = 'maija@fieldwise.example';

describe.skipIf(skipWithoutChromium())('the marketer edits, previews, publishes and rolls back in Chromium', () => {
  let server: TestServer;
  let page: Page;

  adminBrowserSuite({ email: MARKETER, role: 'marketer' }, (suite) => ({ server, page } = suite));

  const shot = async (name: string) => page.screenshot({ path: await screenshotPath(name), fullPage: false });
  const criterion = (id: string) => page.locator(`details[data-criterion="${id}"]`);
  const hvacOption = () => criterion('industry').locator('fieldset.option').filter({ hasText: 'Option 1: hvac' });

  it('signs in, edits a Finnish question and an option’s points, shows a validation error, previews in Swedish, publishes and rolls back', async () => {
    const before = await startConversation(server.url, 'fi');

    await page.goto(`${server.url}/admin/definition`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/login');
    const signIn = await fillSignIn(page, MARKETER);
    await shot('admin-sign-in');
    await signIn.press('Enter');
    await page.waitForURL(`${server.url}/admin/definition`);
    await page.getByRole('heading', { name: /Criteria \(13\)/ }).waitFor();
    // Nothing to publish before an edit.
    const publishButton = page.getByRole('button', { name: 'Publish', exact: true });
    await expect.poll(() => publishButton.isDisabled()).toBe(true);
    expect(await page.locator('#publish-why').textContent()).toBe('Nothing to publish: the draft is the same as version 1.');
    expect(await page.getByTestId('draft-origin').textContent()).toBe('No draft: this is version 1 as published');

    await criterion('company_size').locator('summary').click();
    const sizeFi = criterion('company_size').getByLabel('Question (fi)', { exact: true });
    await expect.poll(() => sizeFi.inputValue()).toBe(OLD_SIZE_FI);
    await sizeFi.fill(NEW_SIZE_FI);

    await criterion('industry').locator('summary').click();
    await hvacOption().getByLabel('Points', { exact: true }).fill('30');

    const labelFi = hvacOption().getByLabel('Label (fi)', { exact: true });
    await labelFi.fill('');
    await expect.poll(() => labelFi.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator('#f-criteria-0-options-0-label-fi-error');
    await expect.poll(() => error.textContent()).toBe('is empty');
    await expect.poll(() => page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    await error.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot('admin-validation-error');
    await labelFi.fill('LVI / ilmanvaihto');
    await expect.poll(() => error.count()).toBe(0);

    await page.getByLabel('Language', { exact: true }).selectOption('sv');
    await page.getByRole('button', { name: 'Start preview' }).click();
    const chat = page.getByRole('list', { name: 'Preview conversation' });
    await expect.poll(() => chat.textContent()).toContain('Vad jobbar ert företag med?');
    await page.getByRole('group', { name: 'Answer buttons' }).getByRole('button', { name: 'Värme, ventilation och kyla' }).click();
    const totals = page.getByTestId('preview-totals');
    await expect.poll(() => totals.textContent()).toContain('fit 30');
    const breakdown = page.getByRole('table', { name: 'Score breakdown' });
    await expect.poll(() => breakdown.textContent()).toContain('industry30');
    await page.getByLabel('Visitor says').fill('Vi är 45 anställda');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => totals.textContent()).toContain('fit 45');
    await expect.poll(() => breakdown.textContent()).toContain('company_size15');
    await breakdown.scrollIntoViewIfNeeded();
    await shot('admin-preview-sv');

    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Draft saved');
    await expect.poll(() => page.getByTestId('draft-origin').textContent()).toMatch(/^Draft started from version 1 · last changed by maija@fieldwise\.example at /);
    await page.getByLabel('Note for this version').fill('Shorter size question; HVAC is worth more');
    await publishButton.click();
    // Asked first, answered in the publish bar beside the button.
    const confirm = page.getByRole('group', { name: 'Confirm publishing' });
    expect(await confirm.textContent()).toContain('Publish this draft as version 2? New conversations use it at once');
    await page.locator('.publish-bar').screenshot({ path: await screenshotPath('admin-publish-confirm') });
    await confirm.getByRole('button', { name: 'Yes, publish version 2' }).click();
    const outcome = page.locator('.publish-bar').getByTestId('publish-outcome');
    await expect.poll(() => outcome.textContent()).toContain('Published version 2');
    await expect.poll(() => publishButton.isDisabled()).toBe(true);
    await page.locator('.publish-bar').screenshot({ path: await screenshotPath('admin-published') });

    // In progress before the publish: keeps version 1. New after it: version 2 at once.
    expect(questionAbout(await before.say({ choice: 'hvac' }), 'company_size')).toBe(OLD_SIZE_FI);
    const after = await startConversation(server.url, 'fi', { utm_campaign: 'kevat-2030' });
    expect(questionAbout(await after.say({ choice: 'hvac' }), 'company_size')).toBe(NEW_SIZE_FI);

    await page.goto(`${server.url}/admin/versions/diff?from=1&to=2`);
    await expect.poll(() => page.locator('pre.diff .added').allTextContents()).toContain(`+       fi: ${NEW_SIZE_FI}`);
    await shot('admin-version-diff');

    // A draft started on version 2, left open while someone rolls back to version 1.
    await page.goto(`${server.url}/admin/definition`);
    await criterion('company_size').locator('summary').click();
    await criterion('company_size').getByLabel('Question (fi)', { exact: true }).fill('Kuinka monta työntekijää?');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Draft saved');

    await page.goto(`${server.url}/admin/versions`);
    await page.getByRole('link', { name: 'Roll back to version 1' }).click();
    const row = page.locator('tr#v-1');
    const rollback = row.getByRole('form', { name: 'Confirm the rollback to version 1' });
    expect(await rollback.textContent()).toContain('Its content goes live as version 3');
    expect(await rollback.textContent()).toContain('The unpublished draft (started from version 2, last changed by maija@fieldwise.example) cannot be published over this rollback');
    await shot('admin-rollback-confirm');
    await rollback.getByRole('button', { name: 'Yes, roll back to version 1' }).click();
    await expect.poll(() => row.getByRole('status').textContent()).toContain('Rolled back: version 3 is live with the content of version 1.');
    await shot('admin-versions');
    const rolledBack = await startConversation(server.url, 'fi');
    expect(questionAbout(await rolledBack.say({ choice: 'hvac' }), 'company_size')).toBe(OLD_SIZE_FI);

    // The old draft cannot undo the rollback: the editor says so by the Publish button.
    await page.goto(`${server.url}/admin/definition`);
    const conflict = page.getByTestId('draft-conflict');
    await expect.poll(() => conflict.textContent()).toContain('Version 3 went live after this draft started from version 2');
    expect(await publishButton.isDisabled()).toBe(true);
    await page.locator('.publish-bar').screenshot({ path: await screenshotPath('admin-draft-conflict') });
    await conflict.getByRole('button', { name: 'Keep my draft on top of version 3' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    await expect.poll(() => publishButton.isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Discard draft' }).click();

    await page.goto(`${server.url}/admin/leads?locale=fi&campaign=kevat`);
    await page.locator(`a[href="/admin/leads/${after.id}"]`).click();
    await page.getByRole('heading', { name: 'Transcript' }).waitFor();
    const leadBreakdown = page.getByRole('table', { name: 'Score breakdown' });
    await expect.poll(() => leadBreakdown.textContent()).toContain('industry');
    expect(await leadBreakdown.locator('tr', { hasText: 'industry' }).locator('td.num').textContent()).toBe('30');
    expect(await page.getByRole('table', { name: 'Answers' }).textContent()).toContain('asked (button)');
    await shot('admin-lead');

    await page.goto(`${server.url}/admin/leads`);
    await shot('admin-inbox');
    await page.goto(`${server.url}/admin/experiments`);
    await page.getByRole('table').first().waitFor();
    await shot('admin-ab-tests');
  }, 90_000);
});
