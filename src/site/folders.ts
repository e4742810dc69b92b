/**
 * Where a site's files are and where it is built. A site is a folder: LANTERN_SITE=<folder> reads
 * <folder>/content and <folder>/data, copies <folder>/public (if any) into the output, and builds
 * into <folder>/dist. Without it, the project's own content/ and data/ build into dist/ (the default
 * site). LANTERN_CONTENT_DIR, LANTERN_DATA_DIR and LANTERN_OUT_DIR set one folder each, over either.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SitePaths } from './content.ts';

export interface SiteFolders extends SitePaths {
  /** The site folder given by LANTERN_SITE, if any. */
  site?: string;
  /** The site's own files to publish as they are (a logo, extra documents): <site>/public. */
  public?: string;
  /** Where the site is built. */
  out: string;
  /** Astro's cache of the content it has read: beside another site's content, so two sites never share it. */
  cache: string;
}

export function siteFolders(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): SiteFolders {
  const site = env.LANTERN_SITE ? resolve(root, env.LANTERN_SITE) : undefined;
  const content = env.LANTERN_CONTENT_DIR ?? join(site ?? root, 'content');
  const data = env.LANTERN_DATA_DIR ?? join(site ?? root, 'data');
  const own = site !== undefined || env.LANTERN_CONTENT_DIR !== undefined;
  return {
    root,
    content,
    data,
    national: join(root, 'src/national'),
    site,
    public: site && existsSync(join(site, 'public')) ? join(site, 'public') : undefined,
    out: env.LANTERN_OUT_DIR ? resolve(root, env.LANTERN_OUT_DIR) : join(site ?? root, 'dist'),
    cache: own ? join(dirname(resolve(root, content)), '.astro-cache') : join(root, 'node_modules/.astro'),
  };
}
