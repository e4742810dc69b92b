/**
 * Where things stand for an organisation, for the top of its page and the home page: the latest
 * judgement of its children's services under the framework now in use, and whether it is better or
 * worse than the one before under the same framework (only when both use one scale and give one
 * grade); what inspectors have visited since; its areas for improvement; the latest of each
 * regulated service (adoption, fostering, children's homes, youth justice); its headline measures
 * against target and England. Worked out from its inspection history and KPI frameworks, never guessed.
 */
import type { Entry, SiteContent } from '../../site/content.ts';
import type { Organisation } from './schema.ts';
import { frameworkInfo, frameworks, type FrameworkId, type Inspection } from '../inspections/schema.ts';
import type { Kpi } from '../kpis/schema.ts';
import { historyScope, relationsOf } from './model.ts';
import {
  gradeOn,
  historyOf,
  inspectionDate,
  inspectionWhenInSentence,
  newestFirst,
  resultInWords,
  singleGrade,
} from '../inspections/model.ts';

/** Services judged on their own, by the name a reader knows them by, in the frameworks' order. */
const regulatedServices = (Object.keys(frameworks) as FrameworkId[]).flatMap((id) => {
  const service = frameworkInfo(id).service;
  return service ? [[id, service] as const] : [];
});

export type Direction = 'better' | 'worse' | 'same';

export interface Judged {
  inspection: Entry<Inspection>;
  /** The one grade that sums it up, when every headline judgement gives the same. */
  grade?: string;
  /** The one before it under the same framework, and which way the grade went, when they compare. */
  previous?: { inspection: Entry<Inspection>; grade: string; direction: Direction };
}

export interface Standing {
  /** The latest whole-service judgement under the framework in use now. */
  main?: Judged & {
    /** Visits without grades since then, newest first. */
    since: Entry<Inspection>[];
  };
  /** The latest judgement of each regulated service, in the order of regulatedServices. */
  services: (Judged & { service: string })[];
  /** Headline measures of the organisation and of the bodies that run its services. */
  measures: Kpi[];
}

function judged(site: Pick<SiteContent, 'scales'>, newestFirstOfFramework: Entry<Inspection>[]): Judged {
  const [latest, before] = newestFirstOfFramework as [Entry<Inspection>, Entry<Inspection> | undefined];
  const grade = singleGrade(latest.data);
  const result: Judged = { inspection: latest, grade };
  const earlier = before && singleGrade(before.data);
  const scale = site.scales.find((s) => s.id === latest.data.scale);
  if (!before || !grade || !earlier || !scale || before.data.scale !== latest.data.scale) return result;
  const [now, then] = [gradeOn(scale, grade)?.rank, gradeOn(scale, earlier)?.rank];
  if (now === undefined || then === undefined) return result;
  const direction: Direction = now < then ? 'better' : now > then ? 'worse' : 'same';
  return { ...result, previous: { inspection: before, grade: earlier, direction } };
}

/**
 * The bodies whose children's services this one's are: its history's (itself, those it took over
 * from, those that run its services), and for a body that runs services for councils, those
 * councils and the bodies they took over from.
 */
function servicesScope(organisation: Organisation, all: Organisation[]): string[] {
  const served = relationsOf(organisation.id, all)
    .filter((r) => r.kind === 'serves')
    .map((r) => r.organisation);
  const before = served.flatMap((id) =>
    relationsOf(id, all)
      .filter((r) => r.kind === 'succeeded')
      .map((r) => r.organisation),
  );
  return [...new Set([...historyScope(organisation, all).map((o) => o.id), ...served, ...before])];
}

export function standingOf(
  site: Pick<SiteContent, 'inspections' | 'organisations' | 'scales' | 'kpiFrameworks'>,
  organisation: Organisation,
): Standing {
  const history = newestFirst(
    historyOf(
      site.inspections,
      historyScope(organisation, site.organisations).map((o) => o.id),
    ),
  );
  const graded = history.filter((entry) => entry.data.judgementGroups.length > 0);
  const latestWhole = graded.find((entry) => frameworkInfo(entry.data.framework).wholeService);
  // The one before may be another body's: of the services it took over (a Trust's, of the councils
  // it runs them for and the council before them).
  const earlierOfServices = newestFirst(
    historyOf(site.inspections, servicesScope(organisation, site.organisations)),
  ).filter(
    (entry) =>
      entry.data.judgementGroups.length > 0 &&
      latestWhole &&
      entry !== latestWhole &&
      entry.data.framework === latestWhole.data.framework &&
      inspectionDate(entry.data) < inspectionDate(latestWhole.data),
  );
  const main = latestWhole && {
    ...judged(site, [latestWhole, ...earlierOfServices]),
    since: history.filter(
      (entry) =>
        entry.data.judgementGroups.length === 0 &&
        history.indexOf(entry) < history.indexOf(latestWhole) &&
        !frameworkInfo(entry.data.framework).service,
    ),
  };
  const services = regulatedServices.flatMap(([framework, service]) => {
    const ofService = graded.filter((entry) => entry.data.framework === framework);
    return ofService.length > 0 ? [{ ...judged(site, ofService), service }] : [];
  });
  // Measures are the organisation's own and those of the bodies that run its services for it.
  const reporters = new Set([
    organisation.id,
    ...relationsOf(organisation.id, site.organisations)
      .filter((r) => r.kind === 'served-by')
      .map((r) => r.organisation),
  ]);
  const measures = site.kpiFrameworks
    .filter((f) => reporters.has(f.data.framework.organisation))
    .flatMap((f) => f.data.kpis.filter((kpi) => kpi.headline));
  return { main, services, measures };
}

/** Whether there is anything to say of where things stand. */
export const hasStanding = (standing: Standing): boolean =>
  Boolean(standing.main) || standing.services.length > 0 || standing.measures.length > 0;

/** "better than", "worse than", "the same as": how a grade compares with the one before. */
export const directionWords: Record<Direction, string> = {
  better: 'better than',
  worse: 'worse than',
  same: 'the same as',
};

/** The organisations the home page sums up: those that exist now, are not inspectorates, and have been judged. */
export function judgedOrganisations(
  site: Pick<SiteContent, 'inspections' | 'organisations' | 'scales' | 'kpiFrameworks'>,
): Organisation[] {
  return site.organisations.filter((organisation) => {
    if (organisation.kind === 'inspectorate' || organisation.existed.to) return false;
    const { main, services } = standingOf(site, organisation);
    return Boolean(main) || services.length > 0;
  });
}

/** A judgement's grade in a sentence, lower case: "good", or the result in words when no one grade sums it up. */
const gradeWords = (judgement: Judged) =>
  judgement.grade ? judgement.grade.toLowerCase() : resultInWords(judgement.inspection.data).toLowerCase();
/** When, in a sentence, without a note in brackets: "October 2022". */
const shortWhen = (judgement: Judged) =>
  inspectionWhenInSentence(judgement.inspection.data).replace(/ \(.*\)$/, '');

/**
 * Where things stand in one sentence, for the home page and search: "children's services requires
 * improvement to be good at the latest full inspection (3 to 14 October 2022), better than the one
 * before; adoption agency good (January 2022)." Undefined when nothing has been judged.
 */
export function standingInBrief(standing: Standing): string | undefined {
  const { main, services } = standing;
  const parts = [
    main &&
      `children's services ${gradeWords(main)} at the latest full inspection (${shortWhen(main)})${main.previous ? `, ${directionWords[main.previous.direction]} the one before` : ''}`,
    ...services.map(
      (judgement) => `${judgement.service.toLowerCase()} ${gradeWords(judgement)} (${shortWhen(judgement)})`,
    ),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `${parts.join('; ')}.` : undefined;
}
