/** What the site's Content-Security-Policy blocked in a Chromium tab: every violation the page reports. */
import type { BrowserContext, Page } from 'playwright-core';

/** Starts recording violations in every page of the context (or in one page), from before any script runs. */
export async function recordCspViolations(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || 'the page'}:${event.lineNumber})`,
      ),
    );
  });
}

/** The violations a page has reported so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['the recorder was not installed'],
  );
}
