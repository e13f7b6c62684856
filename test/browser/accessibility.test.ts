import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { contrast } from '../support/contrast.js';
import { freshBrowser, screenshotPath, skipWithoutChromium, type FreshBrowser } from '../support/chromium.js';
import { startDemoServer, type DemoServer } from './kysy-server.js';
import { openWidget } from './widget-driver.js';

const PHONE = { width: 390, height: 760 };

/** Where keyboard focus is: inside the widget (its focused element's class or label) or the page's tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.hasAttribute('data-kysy-widget')) {
      const inner = active.shadowRoot?.activeElement;
      return `widget:${inner?.getAttribute('aria-label') || inner?.className || inner?.tagName}`;
    }
    return `page:${active?.tagName ?? 'none'}`;
  });

/**
 * The colours of the focus ring on the widget's focused element: outline, halo (its box-shadow) and
 * the first opaque background behind them (an inset ring lies on the element's own background).
 */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const opaque = (color: string) => !/rgba\([^)]*,\s*0(\.[0-4]\d*)?\)$/.test(color) && color !== 'transparent';
    const behind = (start: Element | null): string => {
      for (let node = start; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        const color = getComputedStyle(node).backgroundColor;
        if (opaque(color)) return color;
      }
      return 'rgb(255, 255, 255)';
    };
    const element = document.querySelector('[data-kysy-widget]')?.shadowRoot?.activeElement;
    if (!element) return null;
    const style = getComputedStyle(element);
    return {
      element: element.getAttribute('aria-label') || element.className || element.tagName,
      outline: style.outlineColor,
      halo: /rgba?\([^)]+\)/.exec(style.boxShadow)?.[0] ?? 'rgba(0, 0, 0, 0)',
      behind: behind(style.boxShadow.includes('inset') ? element : element.parentElement),
    };
  });

describe.skipIf(skipWithoutChromium())('accessibility of the demo site with the chat open', () => {
  let server: DemoServer;
  let browser: FreshBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    browser = await freshBrowser();
    page = browser.page;
  });
  afterEach(async () => {
    await browser?.close();
  });

  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', PHONE],
  ])('has no axe violations on the %s page, before and with the chat open on a question with choices', async (name, viewport) => {
    await page.setViewportSize(viewport);
    await page.goto(server.url);
    expect(await axeViolations(page)).toEqual([]);
    const first = await openWidget(page, 'Open chat');
    expect(first.messages.at(-1)?.choices?.length).toBeGreaterThan(1);
    await page.locator('[data-kysy-widget] .choice').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: await screenshotPath(`axe-${name}`) });
  });

  it('keeps Tab inside the full-screen chat at 390 px, the page behind inert, until Escape closes it', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(server.url);
    await openWidget(page, 'Open chat');
    await page.locator('[data-kysy-widget] .choice').first().waitFor();
    expect(await page.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
    expect(await page.locator('body > main').getAttribute('inert')).toBe('');

    const stops: string[] = [];
    for (let press = 0; press < 24; press++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    // Browser chrome may take focus between rounds (page:BODY); the page's own links never do.
    expect(stops.filter((s) => s.startsWith('page:') && s !== 'page:BODY')).toEqual([]);
    expect(stops).toEqual(expect.arrayContaining(['widget:Close chat', 'widget:Conversation', 'widget:choice', 'widget:TEXTAREA', 'widget:Send']));

    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('body > main').getAttribute('inert')).toBeNull();
    expect(await focused(page)).toBe('widget:Open chat');
  });

  it('draws every focus ring in the chat at 3:1 or more, in two tones, on the demo accent', async () => {
    await page.goto(server.url);
    await openWidget(page, 'Open chat');
    await page.locator('[data-kysy-widget] .choice').first().waitFor();
    await page.locator('[data-kysy-widget] textarea').fill('typed, so Send is active');
    // From the text box round the page and back into the chat.
    const rings = [await focusRing(page)];
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (ring) rings.push(ring);
    }
    expect(new Set(rings.map((r) => r?.element))).toEqual(new Set(['Close chat', 'Conversation', 'choice', 'TEXTAREA', 'Send']));
    // Two tones pass where either stands out 3:1 against what is behind (WCAG technique C40).
    for (const ring of rings) {
      if (!ring) continue;
      expect(contrast(ring.outline, ring.halo), ring.element).toBeGreaterThanOrEqual(3);
      expect(Math.max(contrast(ring.outline, ring.behind), contrast(ring.halo, ring.behind)), ring.element).toBeGreaterThanOrEqual(3);
    }
  });
});
