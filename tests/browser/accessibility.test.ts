/**
 * Every built page in Chromium: axe (WCAG 2.0 to 2.2, A and AA) finds nothing in the light or the
 * dark colour scheme, no request leaves the machine, and nothing overflows a 320 px screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { serve, type RunningServer } from '../support/server.ts';
import { builtPages, distDir, urlPath } from '../support/dist.ts';
import { axeViolations } from '../support/axe.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';
import { newSiteDist } from '../support/new-site.ts';
// The default site's pages, and a new council's with its own brand colour and logo.
const pages = [
  ...builtPages().map((page) => ({ page, site: 'default', name: page })),
  ...builtPages(newSiteDist).map((page) => ({ page, site: 'new', name: `new site: ${page}` })),
];

let browser: Browser;
let server: RunningServer;
let newSiteServer: RunningServer;
let context: BrowserContext;
const foreignRequests: string[] = [];

beforeAll(async () => {
  browser = await launch();
  server = await serve(distDir);
  newSiteServer = await serve(newSiteDist);
  const ours = [server.origin, newSiteServer.origin];
  context = await browser.newContext();
  await recordCspViolations(context);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!ours.includes(url.origin) && url.protocol !== 'data:')
      foreignRequests.push(`${request.url()} (from ${request.frame().url()})`);
  });
  // Anything aimed elsewhere is stopped as well as recorded, so a test never reaches the network.
  await context.route(
    (url) => !ours.includes(url.origin) && url.protocol !== 'data:',
    (route) => route.abort(),
  );
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await newSiteServer?.close();
});

describe('every page in Chromium', () => {
  // Pages are checked four at a time: most of the time is spent waiting on the browser.
  it.concurrent.each(pages)(
    '$name has no accessibility violations (axe, WCAG 2.2 AA) in the light or the dark colour scheme, nothing blocked by the Content-Security-Policy, and fits a 320 px screen',
    async ({ page, site }) => {
      const tab = await context.newPage();
      await tab.goto((site === 'new' ? newSiteServer : server).origin + urlPath(page));
      const blocked = await cspViolations(tab);
      const violations = await axeViolations(tab);
      await tab.emulateMedia({ colorScheme: 'dark' });
      const darkViolations = await axeViolations(tab);
      await tab.setViewportSize({ width: 320, height: 640 });
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await tab.close();
      expect(violations).toEqual([]);
      expect(darkViolations, 'in the dark colour scheme').toEqual([]);
      expect(blocked, 'blocked by the Content-Security-Policy').toEqual([]);
      expect(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    },
  );

  it('no page asked any other host for anything', () => {
    expect(foreignRequests).toEqual([]);
  });
});
