/** The site's content, loaded and checked once per build process. Pages read everything through here. */
import { loadSite, sitePaths, type SiteContent, type SitePaths } from './load.ts';
import type { Organisation } from '../content-types/organisations/schema.ts';
import type { GradingScale } from '../content-types/inspections/grading-scale-schema.ts';
import type { Source } from '../content-types/organisations/source-schema.ts';
import type { Kpi, KpiFramework } from '../content-types/kpis/schema.ts';
import type { CustomChart } from '../content-types/kpis/chart-schema.ts';
import { fullVersions, type FullVersion } from '../content-types/young-people/model.ts';
import { publications, type Publication } from '../publish/publications.ts';
import { remembered } from '../shared/remembered.ts';

let cached: SiteContent | undefined;
let cachedFullVersions: FullVersion[] | undefined;

/**
 * The content the lantern integration loaded and checked for this build, in the same process, so the
 * pages need not read every file again. Kept on globalThis because the pages load this module from
 * Astro's bundle, apart from the integration's copy.
 */
const checkedForBuild = Symbol.for('lantern.checked-site');

export function shareCheckedSite(paths: SitePaths, site: SiteContent): void {
  (globalThis as Record<symbol, unknown>)[checkedForBuild] = { paths, site };
}

export function getSite(): SiteContent {
  if (!cached) {
    const paths = sitePaths();
    const shared = (globalThis as Record<symbol, { paths: SitePaths; site: SiteContent } | undefined>)[
      checkedForBuild
    ];
    const same = shared && shared.paths.content === paths.content && shared.paths.data === paths.data;
    // The lantern integration checked everything, across files too, before Astro started this build.
    cached = same ? shared.site : loadSite(paths, { crossCheck: false });
  }
  return cached;
}

/** Each list's items by id, made the first time the list is looked in: pages look up organisations, scales and sources thousands of times. */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return remembered(indexes, items, () => {
    const index = new Map<string, T>();
    // The first with an id wins, as a search through the list would find it.
    for (const item of items) if (!index.has(item.id)) index.set(item.id, item);
    return index;
  }) as Map<string, T>;
}

function lookup<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const item = byId(items).get(id);
  if (!item) throw new Error(`No ${what} with id "${id}"`);
  return item;
}

export const organisation = (id: string): Organisation => lookup(getSite().organisations, id, 'organisation');
export const scale = (id: string): GradingScale => lookup(getSite().scales, id, 'grading scale');
export const source = (id: string): Source => lookup(getSite().sources, id, 'source');

/** A document's title by its id in data/sources.json, or undefined for an id that is not there. */
export function sourceTitle(id: string): string | undefined {
  return byId(getSite().sources).get(id)?.title;
}

/** Every KPI on the site with the framework it belongs to. */
export interface KpiEntry {
  kpi: Kpi;
  framework: KpiFramework['framework'];
  file: string;
}

export function allKpis(): KpiEntry[] {
  return getSite().kpiFrameworks.flatMap(({ file, data }) =>
    data.kpis.map((kpi) => ({ kpi, framework: data.framework, file })),
  );
}

/** The KPI with this id; the error names the file that asked for it (a chart in an MDX body, say). */
export function kpiById(id: string, askedBy: string): KpiEntry {
  const found = allKpis().find((entry) => entry.kpi.id === id);
  if (!found)
    throw new Error(
      `${askedBy}: a chart names the KPI "${id}", which is not in data/kpis/ (known: ${
        allKpis()
          .map((e) => e.kpi.id)
          .join(', ') || 'none'
      })`,
    );
  return found;
}

/** A chart in data/charts/ by its id; a missing one stops the build, naming the page that asked. */
export function customChartById(id: string, askedBy: string): CustomChart {
  const found = getSite().charts.find((c) => c.data.id === id);
  if (!found)
    throw new Error(
      `${askedBy}: a chart names "${id}", which is not in data/charts/ (known: ${
        getSite()
          .charts.map((c) => c.data.id)
          .join(', ') || 'none'
      })`,
    );
  return found.data;
}

/** Every inspection, plan and self-evaluation with its headline items, worked out once per build. */
export function fullVersionsOnSite(): FullVersion[] {
  cachedFullVersions ??= fullVersions(getSite());
  return cachedFullVersions;
}

let cachedPublications: Publication[] | undefined;
let cachedByUrl: Map<string, Publication> | undefined;

/** Every page a reader might search for, described once (kind, date, organisation...), worked out once per build. */
export function publicationsOnSite(): Publication[] {
  cachedPublications ??= publications(getSite());
  return cachedPublications;
}

/** The publication at a root-relative address ("/inspections/x/"), if the page is one. */
export function publicationOnSiteAt(url: string): Publication | undefined {
  cachedByUrl ??= new Map(publicationsOnSite().map((p) => [p.url, p]));
  return cachedByUrl.get(url);
}
