import { afterEach, describe, expect, it, vi } from 'vitest';
import { sitePaths, type SiteContent } from '../../src/site/load.ts';

const checked = Symbol.for('lantern.checked-site');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[checked];
  vi.resetModules();
});

describe("the content a build's pages read", () => {
  it('is the content the build checked before it started, not a second reading of every file', async () => {
    const { getSite, shareCheckedSite } = await import('../../src/site/site.ts');
    const site = { settings: { name: 'Checked for this build' } } as unknown as SiteContent;
    shareCheckedSite(sitePaths(), site);
    expect(getSite()).toBe(site);
  });

  it('is read from the files when the check was of other folders', async () => {
    const { getSite, shareCheckedSite } = await import('../../src/site/site.ts');
    const site = { settings: { name: 'Another site' } } as unknown as SiteContent;
    shareCheckedSite({ ...sitePaths(), content: '/somewhere/else/content' }, site);
    expect(getSite()).not.toBe(site);
    expect(getSite().settings.name).toBe('Lantern');
  });
});
