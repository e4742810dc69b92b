/**
 * Young people's versions: which full version each is for, the headline items it must account for,
 * and what came after an inspection. The build's checks of these pages are in checks.ts.
 */
import type { Entry, SiteContent } from '../../site/content.ts';
import type { FullVersionKind, YoungPeopleVersion } from './schema.ts';
import type { Organisation } from '../organisations/schema.ts';
import type { LocalHelp } from './helpline-schema.ts';
import { lookup } from '../../shared/indexes.ts';
import { chartReferences } from '../kpis/chart-references.ts';
import { inspectionDate, oldestFirst } from '../inspections/model.ts';
import { frameworkInfo, type Inspection } from '../inspections/schema.ts';
import { lineage } from '../organisations/model.ts';
import type { Status } from '../kpis/model.ts';
import { hasProgress, progressRows, type ProgressSources } from '../inspections/progress.ts';

export interface HeadlineItem {
  /** What an author writes in covers or leftOut: "judgement/overall-effectiveness", "priority/<id>", "kpi/<id>", "area/<id>". */
  key: string;
  kind: 'judgement' | 'priority' | 'kpi' | 'area';
  /** The item as the full version names it. */
  label: string;
  /** The judgement's grade, or the KPI's id. */
  grade?: string;
  kpi?: string;
  /** An area for improvement's id within its inspection, and the KPIs (ids) that measure it. */
  area?: string;
  measures?: string[];
}

/** A version's headline items as it explains them (covers) and as it leaves them out (leftOut), each with the item it accounts for. */
export function accountedFor(full: FullVersion, version: YoungPeopleVersion) {
  const items = [...full.headline, ...full.optional];
  const headline = (key: string) => lookup(items, (h) => h.key, key, `headline item of ${full.file}`);
  return {
    covered: version.covers.map((cover) => ({ ...cover, headline: headline(cover.item) })),
    leftOut: version.leftOut.map((left) => ({ ...left, headline: headline(left.item) })),
  };
}

export interface FullVersion {
  kind: FullVersionKind;
  id: string;
  file: string;
  title: string;
  organisation: string;
  /** The document it is written from (an id in data/sources.json): citations of it show only the place. */
  source: string;
  /** The site address of the full version. */
  url: string;
  /** When it was published or, for an inspection, when it took place ("2022-10-14", "2023-04"); "" when unknown. */
  date: string;
  /** The items its young people's version must explain or leave out. */
  headline: HeadlineItem[];
  /** Items it may explain but need not: an area for improvement nothing on the site answers yet. */
  optional: HeadlineItem[];
}

/**
 * "Children in care: Overall effectiveness" → "children-in-care-overall-effectiveness". By hand, not a
 * slug package: authors name headline items by these keys, and a package's own rules (an apostrophe
 * dropped, "&" as "and") would change keys already written.
 */
export function keyPart(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * An inspection's judgements as headline items: "judgement/overall-effectiveness", or, where an area is
 * judged in more than one group, "judgement/<group>/<area>".
 */
export function judgementItems(
  groups: readonly { title: string; judgements: readonly { area: string; grade: string }[] }[],
): HeadlineItem[] {
  const judged = groups.flatMap((g) => g.judgements.map((j) => keyPart(j.area)));
  return groups.flatMap((group) =>
    group.judgements.map((j): HeadlineItem => {
      const repeated = judged.filter((a) => a === keyPart(j.area)).length > 1;
      return {
        key: repeated
          ? `judgement/${keyPart(group.title)}/${keyPart(j.area)}`
          : `judgement/${keyPart(j.area)}`,
        kind: 'judgement',
        label: repeated ? `${group.title}: ${j.area}` : j.area,
        grade: j.grade,
      };
    }),
  );
}

/** Every inspection, plan and self-evaluation on the site, with the headline items its young people's version must account for. */
export function fullVersions(site: ProgressSources & Pick<SiteContent, 'selfEvaluations'>): FullVersion[] {
  const kpiNames = new Map(
    site.kpiFrameworks.flatMap((f) => f.data.kpis.map((k) => [k.id, k.plainName] as const)),
  );
  const charted = (body: string): HeadlineItem[] =>
    // A chart of a KPI that does not exist is reported on the full version, not again here.
    [
      ...new Set(
        chartReferences(body)
          .filter((c) => c.kind === 'kpi' && kpiNames.has(c.id))
          .map((c) => c.id),
      ),
    ].map((id) => ({ key: `kpi/${id}`, kind: 'kpi', label: kpiNames.get(id)!, kpi: id }));
  const inspections = site.inspections.map((entry): FullVersion => {
    const { slug, file, data } = entry;
    const rows = progressRows(site, entry);
    const areaItem = (row: (typeof rows)[number]): HeadlineItem => ({
      key: `area/${row.id}`,
      kind: 'area',
      label: `Area for improvement ${row.id}: ${row.text}`,
      area: row.id,
      measures: row.progress.kpis.map((kpi) => kpi.id),
    });
    const headline = judgementItems(data.judgementGroups);
    return {
      kind: 'inspection',
      id: slug,
      file,
      title: data.title,
      organisation: data.organisation,
      source: data.report.source,
      url: `/inspections/${slug}/`,
      date: inspectionDate(data),
      // An area for improvement with something recorded about it: "Did things get better?"
      headline: [...headline, ...rows.filter((row) => hasProgress(row.progress)).map(areaItem)],
      optional: rows.filter((row) => !hasProgress(row.progress)).map(areaItem),
    };
  });
  const plans = site.plans.map(({ slug, file, data, body }): FullVersion => ({
    kind: 'plan',
    id: slug,
    file,
    title: data.title,
    organisation: data.organisation,
    source: data.source,
    url: `/plans/${slug}/`,
    date: data.published ?? '',
    headline: [
      ...data.priorities.map((p): HeadlineItem => ({
        key: `priority/${p.id}`,
        kind: 'priority',
        label: p.title,
      })),
      ...charted(body),
    ],
    optional: [],
  }));
  const selfEvaluations = site.selfEvaluations.map(({ slug, file, data, body }): FullVersion => ({
    kind: 'self-evaluation',
    id: slug,
    file,
    title: data.title,
    organisation: data.organisation,
    source: data.source,
    url: `/self-evaluations/${slug}/`,
    date: data.published,
    headline: [
      ...data.priorities.map((p): HeadlineItem => ({
        key: `priority/${keyPart(p.title)}`,
        kind: 'priority',
        label: p.title,
      })),
      ...charted(body),
    ],
    optional: [],
  }));
  return [...inspections, ...plans, ...selfEvaluations];
}

/** The young people's version of a full version, if it has one. */
export function versionOf(
  site: Pick<SiteContent, 'youngPeople'>,
  kind: FullVersionKind,
  id: string,
): Entry<YoungPeopleVersion> | undefined {
  return site.youngPeople.find((v) => v.data.of.kind === kind && v.data.of.id === id);
}

/** A service inspected on its own (see frameworks): followed only by later inspections of that kind. */
const regulatory = (inspection: Inspection) => Boolean(frameworkInfo(inspection.framework).service);

/**
 * What came after an inspection: later inspections of the same services (the organisation, those that
 * replaced it and those that run its services), oldest first. A regulatory inspection is followed by
 * later ones of the same kind; any other by later inspections of the whole service.
 */
export function laterInspections(
  site: Pick<SiteContent, 'inspections' | 'organisations'>,
  slug: string,
): Entry<Inspection>[] {
  const entry = site.inspections.find((i) => i.slug === slug);
  if (!entry) return [];
  const family = lineage(entry.data.organisation, site.organisations);
  const when = inspectionDate(entry.data);
  return oldestFirst(
    site.inspections
      .filter(
        (other) =>
          other.slug !== slug &&
          family.includes(other.data.organisation) &&
          inspectionDate(other.data) > when,
      )
      .filter((other) =>
        regulatory(entry.data) ? other.data.framework === entry.data.framework : !regulatory(other.data),
      ),
  );
}

/** A KPI's status for young readers; the mark repeats the words. */
export const youngStatusWords: Record<Status, string> = {
  met: '✓ It met the aim.',
  'within tolerance': '~ It was close to the aim.',
  'not met': '✗ It did not meet the aim.',
  'no target': 'There is no aim for this number.',
  'not in force': 'There was no aim for this number yet.',
  'no value': 'There is no figure yet.',
};

/**
 * The hub's list: every young people's version grouped by the organisation its full version is about,
 * newest first within each group, and the group with the newest version first.
 */
export function versionsByOrganisation(
  site: Pick<SiteContent, 'youngPeople' | 'organisations'>,
  fulls: readonly FullVersion[],
): { organisation: Organisation; versions: { entry: Entry<YoungPeopleVersion>; full: FullVersion }[] }[] {
  const listed = site.youngPeople.flatMap((entry) => {
    const full = fulls.find((f) => f.kind === entry.data.of.kind && f.id === entry.data.of.id);
    return full ? [{ entry, full }] : [];
  });
  const newestFirst = (a: { full: FullVersion }, b: { full: FullVersion }) =>
    b.full.date.localeCompare(a.full.date) || a.full.title.localeCompare(b.full.title);
  return site.organisations
    .map((organisation) => ({
      organisation,
      versions: listed.filter((l) => l.full.organisation === organisation.id).sort(newestFirst),
    }))
    .filter((group) => group.versions.length > 0)
    .sort((a, b) => newestFirst(a.versions[0]!, b.versions[0]!));
}

/** The hub's "help near you": each organisation's services, in the order of data/organisations.json and of the file. */
export function localHelpByOrganisation(
  site: Pick<SiteContent, 'localHelp' | 'organisations'>,
): { organisation: Organisation; services: LocalHelp[] }[] {
  return site.organisations
    .map((organisation) => ({
      organisation,
      services: site.localHelp.filter((help) => help.organisation === organisation.id),
    }))
    .filter((group) => group.services.length > 0);
}
