/** Debian's Chromium, driven by playwright-core: never a downloaded browser, never the network. */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { serve, type RunningServer } from './server.ts';
import { distDir } from './dist.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium (bash .ci/run does).`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

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
    if (value === undefined) throw new Error('The browser and server start before the tests: use them inside a test.');
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
