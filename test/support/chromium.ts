import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

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
  /** The context's one tab. */
  page: Page;
  close(): Promise<void>;
}

let shared: Promise<Browser> | undefined;

/**
 * The test process's one headless Chromium, launched on first use and left to Playwright to end
 * with the process. A launch costs a second or more of CPU, a context a few milliseconds, and a
 * worker runs many browser test files one after another.
 */
function chromiumProcess(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS }).then((browser) => {
    browser.on('disconnected', () => (shared = undefined));
    return browser;
  });
  shared.catch(() => (shared = undefined));
  return shared;
}

/**
 * A fresh browser context (cookies, storage and cache of its own, nothing shared with any other) on
 * the process's headless Chromium, with one tab open; closing it discards all of it.
 */
export async function freshBrowser(options: BrowserContextOptions = {}): Promise<FreshBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  const context = await (await chromiumProcess()).newContext({ viewport: { width: 1280, height: 800 }, ...options });
  return { context, page: await context.newPage(), close: () => context.close() };
}

/** A fresh browser context for one suite: opened before its tests (`started` gets its page), closed after them. */
export function chromiumForSuite(started: (page: Page) => unknown, options: BrowserContextOptions = {}): void {
  let browser: FreshBrowser | undefined;
  beforeAll(async () => {
    browser = await freshBrowser(options);
    await started(browser.page);
  });
  afterAll(() => browser?.close());
}

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, `${name}.png`);
}
