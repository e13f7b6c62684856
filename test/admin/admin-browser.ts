import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { AdminRole } from '../../adapters/store/admin-users.js';
import type { Store } from '../../adapters/store/index.js';
import { serverForSuite, type TestServer } from '../http/server.js';
import { chromiumForSuite } from '../support/chromium.js';
import { pgliteStore } from '../support/stores.js';
import { addUser, PASSWORD } from './admin-client.js';

export interface AdminBrowserSuite {
  store: Store;
  server: TestServer;
  page: Page;
}

/**
 * What every admin browser test starts from, for one suite: Kysy on a store of its own (PGlite
 * unless `open` says otherwise) with one admin user, and a Chromium page (1400×900, the admin's
 * desktop layout, unless `browser` says otherwise). `started` is given them before the tests, to
 * keep them and to set up more; all is closed after the tests.
 */
export function adminBrowserSuite(
  user: { email: string; role: AdminRole },
  started: (suite: AdminBrowserSuite) => unknown,
  options: { open?: () => Promise<Store>; browser?: BrowserContextOptions; timeoutMs?: number } = {},
): void {
  let kysy: Omit<AdminBrowserSuite, 'page'>;
  serverForSuite(
    options.open ?? pgliteStore,
    async (running) => {
      kysy = running;
      await addUser(running.store, user.email, user.role);
    },
    { timeoutMs: options.timeoutMs },
  );
  chromiumForSuite((page) => started({ ...kysy, page }), { viewport: { width: 1400, height: 900 }, ...options.browser });
}

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
