/** The site's content, loaded and checked once per build process. Pages read everything through here. */
import { loadSite, sitePaths, type SiteContent } from './load.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { GradingScale } from '../schemas/grading-scale.ts';
import type { Source } from '../schemas/source.ts';

let cached: SiteContent | undefined;

export function getSite(): SiteContent {
  cached ??= loadSite(sitePaths());
  return cached;
}

function lookup<T extends { id: string }>(items: T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No ${what} with id "${id}"`);
  return item;
}

export const organisation = (id: string): Organisation => lookup(getSite().organisations, id, 'organisation');
export const scale = (id: string): GradingScale => lookup(getSite().scales, id, 'grading scale');
export const source = (id: string): Source => lookup(getSite().sources, id, 'source');
