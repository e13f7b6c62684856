import type { Locator, Page } from 'playwright-core';
import { PASSWORD } from './admin-client.js';

/** Fills the admin's sign-in form `page` shows (as `email`, with the test password); resolves to its button. */
export async function fillSignIn(page: Page, email: string): Promise<Locator> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  return page.getByRole('button', { name: 'Sign in' });
}

/** Signs in on the form `page` shows; the caller waits for the page it expects next. */
export async function signIn(page: Page, email: string): Promise<void> {
  await (await fillSignIn(page, email)).click();
}
