import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Browser tests may skip when Chromium is missing, but only outside CI: in CI a missing browser
 * must fail the run, so this returns false there and the launch itself reports the problem.
 */
export function skipWithoutChromium(): boolean {
  return !existsSync(CHROMIUM_PATH) && process.env.CI !== 'true';
}

export interface FreshBrowser {
  context: BrowserContext;
  /** The tab the browser opened with. */
  page: Page;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile (its own --user-data-dir), removed on close. */
export async function launchChromium(options: BrowserContextOptions = {}): Promise<FreshBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  const profile = await mkdtemp(join(tmpdir(), 'kysy-chromium-'));
  // Playwright passes the profile as --user-data-dir itself when given a persistent context.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  return {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A fresh Chromium for one suite: launched before its tests (`started` gets its page), closed after them. */
export function chromiumForSuite(started: (page: Page) => unknown, options: BrowserContextOptions = {}): void {
  let browser: FreshBrowser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(options);
    await started(browser.page);
  });
  afterAll(() => browser?.close());
}

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, `${name}.png`);
}
