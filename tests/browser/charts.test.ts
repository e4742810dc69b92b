/** Charts in Chromium: drawn without scripts, the chart library fetched only when a reader asks, readable in print and on a small screen. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserOnBuiltSite } from '../support/browser.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';
import { loadSite } from '../../src/site/load.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const site = loadSite(fixturePaths(projectRoot));
// A KPI with figures over time, so its chart has something to draw.
const kpi = site.kpiFrameworks
  .flatMap((f) => f.data.kpis)
  .find((k) => k.observations.filter((o) => o.value !== null).length >= 3)!;
const kpiPath = `/kpis/${kpi.id}/`;

const live = browserOnBuiltSite();

/** Bytes of JavaScript the page has received so far. */
function scriptBytes(page: Page): () => number {
  let bytes = 0;
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
  });
  return () => bytes;
}

describe('a KPI chart in Chromium', () => {
  it('is drawn, summarised and tabled before any script runs, with a title and description a screen reader can reach', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(live.origin + kpiPath);
    const svg = page.locator('.chart-wide svg[role="img"]');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.getAttribute('aria-label')).toContain(kpi.plainName);
    expect(await svg.locator('title').count()).toBe(1);
    expect((await svg.locator('desc').textContent())?.length).toBeGreaterThan(20);
    expect(await page.locator('.chart-summary').textContent()).toMatch(/\d/);
    expect(await page.locator('.chart-data tbody tr').count()).toBe(kpi.observations.length);
    // Without scripts the offer of an interactive chart would do nothing, so it is not shown.
    expect(await page.locator('.chart-interactive').isVisible()).toBe(false);
    await context.close();
  });

  it('fetches no chart library until the reader asks, then shows the interactive chart, with nothing blocked by the Content-Security-Policy', async () => {
    const page = await live.browser.newPage();
    await recordCspViolations(page);
    const bytes = scriptBytes(page);
    const specRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.vl.json')) specRequests.push(request.url());
    });
    await page.goto(live.origin + kpiPath, { waitUntil: 'networkidle' });
    const before = bytes();
    expect(before, 'JavaScript on page load (bytes)').toBeLessThan(10_000);
    expect(specRequests).toEqual([]);

    const button = page.getByRole('button', { name: 'Show the interactive chart' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('.chart-embed svg').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(bytes() - before, 'JavaScript fetched on request (bytes)').toBeGreaterThan(100_000);
    expect(specRequests).toEqual([`${live.origin}/kpis/${kpi.id}.vl.json`]);
    expect(await button.isVisible()).toBe(false);
    // Hovering a mark (where there is one to hover) must not bring a blocked inline style or script either.
    await page
      .locator('.chart-embed svg path, .chart-embed svg .mark-symbol path')
      .first()
      .hover({ force: true })
      .catch(() => undefined);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints the drawing and the figures, without the button', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.origin + kpiPath);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.chart-wide svg').isVisible()).toBe(true);
    expect(await page.locator('.chart-data table').isVisible()).toBe(true);
    expect(await page.locator('.chart-interactive').isVisible()).toBe(false);
    await page.close();
  });

  it('fits a 320 px screen with a narrower drawing, its text not shrunk', async () => {
    const page = await live.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(live.origin + kpiPath);
    expect(await page.locator('.chart-wide svg').isVisible()).toBe(false);
    const svg = page.locator('.chart-narrow svg');
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Drawn at its own size: not scaled down, so 12 px labels stay 12 px.
    expect(box.width).toBeGreaterThanOrEqual(Number(await svg.getAttribute('width')) - 1);
    await page.close();
  });
});
