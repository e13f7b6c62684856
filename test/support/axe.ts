import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What axe found wrong, one line per failing element: rule, impact, where, and axe's own summary. */
export type Violations = string[];

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA, and axe's best practices) on the page as it is now, open
 * shadow roots (the widget) included. The script is injected through the DevTools protocol, so
 * the page's own Content-Security-Policy does not block it.
 */
export async function axeViolations(page: Page): Promise<Violations> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary ?? '' })) }));
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target}: ${n.summary.replace(/\s+/g, ' ')}`));
}
