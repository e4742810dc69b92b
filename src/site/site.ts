/** The site's content, loaded and checked once per build process. Pages read everything through here. */
import { loadSite, sitePaths, type SiteContent, type SitePaths } from './load.ts';
import type { Organisation } from '../content-types/organisations/schema.ts';
import type { GradingScale } from '../content-types/inspections/grading-scale-schema.ts';
import type { Source } from '../content-types/organisations/source-schema.ts';
import type { Excerpts } from '../content-types/organisations/excerpt-schema.ts';
import { citingPages, type CitingPage } from './citing-pages.ts';
import { siteCitations } from './citations.ts';
import { kpiIn, kpisOf, type KpiEntry } from '../content-types/kpis/model.ts';
import type { CustomChart } from '../content-types/kpis/chart-schema.ts';
import type { Body } from '../content-types/members/body-schema.ts';
import type { SitePage } from '../content-types/site-pages/schema.ts';
import type { Topic } from '../content-types/meetings/topic-schema.ts';
import type { Meeting } from '../content-types/meetings/schema.ts';
import type { Inspection } from '../content-types/inspections/schema.ts';
import type { UrgencyDecision } from '../content-types/urgency-decisions/schema.ts';
import type { FinanceTable } from '../content-types/plans/finance-schema.ts';
import type { RiskRegister } from '../content-types/plans/risk-schema.ts';
import type { Helpline } from '../content-types/young-people/helpline-schema.ts';
import type { FullVersionKind } from '../content-types/young-people/schema.ts';
import type { Entry } from './content.ts';
import { fullVersions, type FullVersion } from '../content-types/young-people/model.ts';
import { publications, type Publication } from '../publish/publications.ts';
import { catalogueDatasets } from '../publish/datasets.ts';
import { byDataId, byId, bySlug, indexOf, lookup } from '../shared/indexes.ts';

let cached: SiteContent | undefined;
let cachedFullVersions: FullVersion[] | undefined;
let cachedVersion = 0;

/**
 * How many times the preview has seen a content or data file change (the lantern integration counts
 * them); on globalThis, because the pages load this module apart from the integration's copy.
 */
const contentVersion = Symbol.for('lantern.content-version');
const versionNow = () => (globalThis as Record<symbol, number | undefined>)[contentVersion] ?? 0;

/** A file of the site changed (in the preview): the next page reads the content again. */
export function contentChanged(): void {
  (globalThis as Record<symbol, number>)[contentVersion] = versionNow() + 1;
  delete (globalThis as Record<symbol, unknown>)[checkedForBuild];
}

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
  if (cached && cachedVersion !== versionNow()) {
    // What was worked out from the old content goes with it.
    cached = undefined;
    cachedFullVersions = undefined;
    cachedPublications = undefined;
    cachedByUrl = undefined;
    cachedCitingPages = undefined;
  }
  if (!cached) {
    cachedVersion = versionNow();
    const paths = sitePaths();
    const shared = (globalThis as Record<symbol, { paths: SitePaths; site: SiteContent } | undefined>)[
      checkedForBuild
    ];
    const same = shared && shared.paths.content === paths.content && shared.paths.data === paths.data;
    // The lantern integration checked everything, across files too, before Astro started this build.
    // In the preview, after an edit, everything is checked again, so a broken reference shows on the page.
    cached = same ? shared.site : loadSite(paths, { crossCheck: cachedVersion > 0 });
  }
  return cached;
}

export const organisation = (id: string): Organisation =>
  lookup(getSite().organisations, byId, id, 'organisation');
export const scale = (id: string): GradingScale => lookup(getSite().scales, byId, id, 'grading scale');
/** The site's own home or about page (content/pages/), when it has one. */
export const sitePage = (name: 'home' | 'about'): Entry<SitePage> | undefined =>
  indexOf(getSite().sitePages, bySlug).get(name);
export const source = (id: string): Source => lookup(getSite().sources, byId, id, 'source');
/** The pages that cite each source document, by title. */
export function pagesCiting(document: string): CitingPage[] {
  cachedCitingPages ??= citingPages(
    getSite(),
    siteCitations(getSite(), (name) => `data/${name}`),
    publicationOnSiteAt,
  );
  return cachedCitingPages.get(document) ?? [];
}
let cachedCitingPages: Map<string, CitingPage[]> | undefined;

/** A source's quoted passages (data/excerpts/<id>.json), if it has any. */
export const excerptsOf = (id: string): Excerpts | undefined =>
  indexOf(getSite().excerpts, (file) => file.data.source).get(id)?.data;
export const body = (id: string): Body => lookup(getSite().bodies, byId, id, 'body');
export const topic = (id: string): Topic => lookup(getSite().topics, byId, id, 'topic');
export const helpline = (id: string): Helpline | undefined => indexOf(getSite().helplines, byId).get(id);
export const meeting = (slug: string): Entry<Meeting> => lookup(getSite().meetings, bySlug, slug, 'meeting');
export const inspection = (slug: string): Entry<Inspection> =>
  lookup(getSite().inspections, bySlug, slug, 'inspection');
export const urgencyDecision = (slug: string): Entry<UrgencyDecision> =>
  lookup(getSite().urgencyDecisions, bySlug, slug, 'urgency decision');
export const financeTable = (id: string): FinanceTable =>
  lookup(getSite().finance, byDataId, id, 'finance table').data;
export const riskRegister = (id: string): RiskRegister =>
  lookup(getSite().risks, byDataId, id, 'risk register').data;
export const customChart = (id: string): CustomChart => lookup(getSite().charts, byDataId, id, 'chart').data;

/** A document's title by its id in data/sources.json, or undefined for an id that is not there. */
export function sourceTitle(id: string): string | undefined {
  return indexOf(getSite().sources, byId).get(id)?.title;
}

export type { KpiEntry };

/** Every KPI on the site with the framework it belongs to. */
export const allKpis = (): KpiEntry[] => kpisOf(getSite());

/** The KPI with this id, with its framework. */
export const kpiEntry = (id: string): KpiEntry => kpiIn(getSite(), id);

/** The KPI a chart in an MDX body names; the error names the file that asked for it. */
export function kpiById(id: string, askedBy: string): KpiEntry {
  const found = indexOf(allKpis(), (entry) => entry.kpi.id).get(id);
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

/** A chart in data/charts/ an MDX body names; a missing one stops the build, naming the page that asked. */
export function customChartById(id: string, askedBy: string): CustomChart {
  const found = indexOf(getSite().charts, byDataId).get(id);
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

/** The inspection, plan or self-evaluation a young people's version retells. */
export function fullVersion(of: { kind: FullVersionKind; id: string }): FullVersion {
  return lookup(fullVersionsOnSite(), (f) => `${f.kind}/${f.id}`, `${of.kind}/${of.id}`, 'full version');
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

/** A route made once per item of a list: each item's id is the page's parameter and its prop. */
const pathsOf = (ids: string[]) => ids.map((id) => ({ params: { id }, props: { id } }));
export const kpiPaths = () => pathsOf(allKpis().map((entry) => entry.kpi.id));
export const customChartPaths = () => pathsOf(getSite().charts.map((chart) => chart.data.id));
export const financePaths = () => pathsOf(getSite().finance.map((table) => table.data.id));
export const riskPaths = () => pathsOf(getSite().risks.map((register) => register.data.id));

/** The data catalogue's routes: one per dataset, with the dataset as the prop. */
export const datasetPaths = () =>
  catalogueDatasets(getSite()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
