/** Chromium and a static server over the built site, for browser test files. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type RunningServer } from './server.ts';
import { distDir } from './dist.ts';
import { launch } from './chromium.ts';

export { launch, chromiumPath } from './chromium.ts';

/**
 * Chromium and a static server over the built site, for the tests of one file: started before
 * them, closed after. Read `browser` and `origin` inside the tests.
 */
export function browserOnBuiltSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    browser = await launch();
    server = await serve(distDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The browser and server start before the tests: use them inside a test.');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get origin() {
      return started(server).origin;
    },
  };
}
