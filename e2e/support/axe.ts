import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** The impacts the issue forbids: a screen with one of these fails the scan. */
const BLOCKING = new Set(['serious', 'critical']);

/** One violation per paragraph: rule, impact, each node's selector and why, and where the fix is explained. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`)
        .join('\n');
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/**
 * Runs axe-core on the page as it is now (every rule it ships, WCAG 2.x A/AA and best practices)
 * and returns the serious and critical violations, described for the failure message. `screen`
 * names the state in that message. The one exclusion: CodeMirror's gutter/scroller internals are
 * not excluded; only what a caller passes in `exclude` (with its own reason) is.
 */
export async function seriousViolations(page: Page, screen: string, exclude: readonly string[] = []): Promise<string> {
  // A colour scheme switched just before (scanBoth) starts the buttons' colour transitions: axe
  // sampling mid-way reads blends of light and dark (seen as 1.4:1 "contrast" in npm test).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  return blocking.length === 0 ? '' : `${screen}: ${blocking.length} serious or critical accessibility violation(s)\n\n${describeViolations(blocking)}`;
}
