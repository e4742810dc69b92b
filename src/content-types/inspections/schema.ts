/**
 * Inspections: one Markdown file each in content/inspections/, with this front matter.
 * Graded inspections have judgement groups and a scale; monitoring and focused visits have findings.
 */
import { z } from 'zod';
import {
  areaReference,
  citation,
  isoDate,
  partialDate,
  slug,
  sourcedText,
  text,
} from '../../shared/fields.ts';

/**
 * Inspection frameworks, with whether they give grades, whether they judge a council's or trust's
 * children's services as a whole, and, for a service judged on its own, the name readers know it by.
 */
export const frameworks = {
  'safeguarding-and-looked-after-children-2009': {
    name: 'Safeguarding and looked after children services (2009 framework)',
    graded: true,
    wholeService: true,
    title: /inspection of safeguarding and looked after children services/i,
    scale: 'ofsted-2009',
  },
  sif: {
    name: 'Single inspection framework (SIF, 2013 to 2017)',
    graded: true,
    wholeService: true,
    title: /services for children in need of help and protection,? children looked after and care leavers/i,
    scale: 'ofsted-ri',
  },
  ilacs: {
    name: "Inspection of local authority children's services (ILACS)",
    graded: true,
    wholeService: true,
    title: /inspection of (?:the )?local authority children[’']?s services/i,
    scale: 'ofsted-ri',
  },
  'focused-visit': { name: 'Focused visit (ILACS)', graded: false, title: /focused visit/i },
  'monitoring-visit': { name: 'Monitoring visit (ILACS)', graded: false, title: /monitoring visit/i },
  jtai: {
    name: 'Joint targeted area inspection (JTAI)',
    graded: false,
    title: /joint targeted area inspection/i,
  },
  'adoption-agency': {
    name: 'Regulatory inspection: adoption agency',
    graded: true,
    service: 'Adoption agency',
    title: /adoption (?:support )?agency|voluntary adoption/i,
    scale: 'ofsted-ri',
  },
  'fostering-agency': {
    name: 'Regulatory inspection: fostering agency',
    graded: true,
    service: 'Fostering agency',
    title: /fostering (?:agency|service)/i,
    scale: 'ofsted-ri',
  },
  'childrens-home': {
    name: "Regulatory inspection: children's home",
    graded: true,
    service: "Children's home",
    title: /children[’']?s home/i,
    scale: 'ofsted-ri',
  },
  'youth-justice': {
    name: 'Youth justice inspection (HM Inspectorate of Probation)',
    graded: true,
    service: 'Youth justice service',
    title: /youth (?:justice|offending) (?:service|team|services)/i,
    scale: 'hmi-probation',
  },
  'childrens-services-unspecified': {
    name: "Inspection of children's services (the sources do not name the framework)",
    graded: true,
    wholeService: true,
  },
} satisfies Record<string, FrameworkInfo>;

interface FrameworkInfo {
  name: string;
  graded: boolean;
  wholeService?: true;
  service?: string;
  /** How a report of it names itself, in its title: what `npm run import` recognises it by. */
  title?: RegExp;
  /** The grading scale its reports use (an id in the national grading-scales.json). */
  scale?: string;
}
export type FrameworkId = keyof typeof frameworks;
const frameworkIds = Object.keys(frameworks) as [FrameworkId, ...FrameworkId[]];

/** What Lantern knows of a framework (see frameworks), whichever it is. */
export const frameworkInfo = (id: FrameworkId): FrameworkInfo => frameworks[id];

/** When an area for improvement must be acted on: "immediately", "within 3 months", "priority action" or "not stated". */
export const timescale = z
  .string({ error: 'a timescale: "immediately", "within N months", "priority action" or "not stated"' })
  .regex(
    /^(immediately|within \d+ months?|priority action|not stated)$/,
    'a timescale: "immediately", "within N months", "priority action" or "not stated"',
  );

export const judgementSchema = z.strictObject({
  /** What was judged, e.g. "Overall effectiveness". */
  area: text,
  /** The grade's words; they must be on the inspection's scale. */
  grade: text,
  /** Where the judgement stands in the source. */
  source: citation,
  /** Anything a reader needs to know, such as a judgement given only in a summary table. */
  note: text.optional(),
});

export const judgementGroupSchema = z.strictObject({
  title: text,
  judgements: z.array(judgementSchema).min(1, 'at least one judgement'),
});

export const areaForImprovementSchema = z.strictObject({
  /**
   * Its id within the inspection, for other pages to refer to it as "<inspection>#<id>": the source's
   * own code where it has one ("1a"); without one, its place in the list ("1", "2"...).
   */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and hyphens, such as "1a"')
    .optional(),
  /** The part of the inspection it belongs to, e.g. "Safeguarding services". */
  group: text.optional(),
  timescale,
  /** Who must act, when the report names someone other than the inspected body. */
  addressee: text.optional(),
  /** What must improve, in the site's own words. */
  text,
  source: citation,
  /**
   * What a source reports was done about it, where no plan, later visit, meeting or KPI on this site
   * holds it (an annual report's or self-assessment's account): each in the site's own words, cited.
   */
  responses: z.array(sourcedText).default([]),
});

export const keyFigureSchema = z
  .strictObject({
    label: text,
    /** The figure as the source states it; null when the source lacks it (then say why in missing). */
    value: z.number({ error: 'a number, or null with a reason in "missing"' }).nullable(),
    /** How to read the value. */
    unit: z.enum(['count', 'percent', 'days', 'weeks', 'ratio', 'pounds'], {
      error: 'one of: count, percent, days, weeks, ratio, pounds',
    }),
    /** Why a value is missing, e.g. "chart only", "not given in the sources". */
    missing: text.optional(),
    /** What the figure is compared with, or anything else a reader needs. */
    note: text.optional(),
    source: citation.optional(),
  })
  .superRefine((figure, ctx) => {
    if (figure.value === null && !figure.missing)
      ctx.addIssue({
        code: 'custom',
        path: ['missing'],
        message: 'a reason why the value is missing, because value is null',
        input: undefined,
      });
    if (figure.value !== null && !figure.source)
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a source reference for the figure',
        input: undefined,
      });
    if (figure.unit === 'percent' && figure.value !== null && (figure.value < 0 || figure.value > 100))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a percentage from 0 to 100',
        input: figure.value,
      });
  });

/** A place where the source disagrees with itself: shown as it stands, never corrected. */
export const inconsistencySchema = z.strictObject({
  /** What disagrees, in plain words. */
  description: text,
  source: citation,
});

export const inspectionSchema = z
  .strictObject({
    title: text,
    /** A sentence for listings: what was inspected and the result. */
    summary: text,
    /** The organisation inspected (an id in data/organisations.json). */
    organisation: slug,
    /** Who inspected (ids in data/organisations.json of kind inspectorate). */
    inspectorates: z.array(slug).min(1, 'at least one inspectorate'),
    framework: z.enum(frameworkIds, { error: `one of: ${frameworkIds.join(', ')}` }),
    dates: z.strictObject({
      /** First day on site; leave out when the sources give only the month or year. */
      start: isoDate.optional(),
      end: isoDate.optional(),
      /** When the report was published. */
      published: isoDate.optional(),
      /** When the sources give only a month or a year: 2020-01 or 2013 (used for ordering, shown as "January 2020"). */
      approximate: partialDate.optional(),
      /** When the sources give no date at all: the month or day by which they say it had happened (e.g. the report that first mentions it). */
      knownBy: partialDate.optional(),
      /** Where the dates come from. */
      source: citation,
    }),
    /** The grading scale (an id in data/grading-scales.json); required when there are judgements. */
    scale: slug.optional(),
    judgementGroups: z.array(judgementGroupSchema).default([]),
    /** What a graded inspection's sources do not give, e.g. "judgements other than overall effectiveness". */
    notRecorded: z.array(text).default([]),
    /** Findings of an ungraded visit, in the site's own words. */
    findings: z
      .array(
        z.strictObject({
          text,
          /** The earlier inspection's areas for improvement this finding speaks of: "northamptonshire-2019-ilacs#1a". */
          follows: z.array(areaReference).default([]),
          source: citation,
        }),
      )
      .default([]),
    areasForImprovement: z.array(areaForImprovementSchema).default([]),
    keyFigures: z.array(keyFigureSchema).default([]),
    inconsistencies: z.array(inconsistencySchema).default([]),
    /** Where the original report is. */
    report: z.strictObject({
      /** The source document on this site (an id in data/sources.json) that the page is written from. */
      source: slug,
      /** The original report's address, when known. */
      url: z.url({ error: 'a web address starting with http:// or https://' }).optional(),
      /** How a reader can get the original when no address is known. */
      howToGet: text.optional(),
      /** The published reports at their public addresses, where a source gives them, each cited there: one per council for a joint inspection. */
      originals: z
        .array(
          z.strictObject({
            title: text,
            url: z.url({ error: 'a web address starting with https://' }),
            source: citation,
          }),
        )
        .default([]),
    }),
  })
  .superRefine((inspection, ctx) => {
    const graded = frameworks[inspection.framework].graded;
    if (inspection.judgementGroups.length > 0 && !inspection.scale)
      ctx.addIssue({
        code: 'custom',
        path: ['scale'],
        message: 'a grading scale id, because the inspection has judgements',
        input: undefined,
      });
    if (!graded && inspection.judgementGroups.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['judgementGroups'],
        message: `no judgements, because a ${frameworks[inspection.framework].name} is not graded (write findings instead)`,
        input: `${inspection.judgementGroups.length} judgement group(s)`,
      });
    if (inspection.dates.start && inspection.dates.end && inspection.dates.end < inspection.dates.start)
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'end'],
        message: `a date on or after the start date ${inspection.dates.start}`,
        input: inspection.dates.end,
      });
    if (
      inspection.dates.end &&
      inspection.dates.published &&
      inspection.dates.published < inspection.dates.end
    )
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'published'],
        message: `a date on or after the last day of the inspection, ${inspection.dates.end}`,
        input: inspection.dates.published,
      });
    if (
      !inspection.dates.start &&
      !inspection.dates.published &&
      !inspection.dates.approximate &&
      !inspection.dates.knownBy
    )
      ctx.addIssue({
        code: 'custom',
        path: ['dates'],
        message:
          'a start date, a published date, an approximate month or year (approximate: 2020-01), or, when the sources give no date, the date by which they say it had happened (knownBy: 2023-11)',
        input: undefined,
      });
  });

export type Inspection = z.infer<typeof inspectionSchema>;
export type Judgement = z.infer<typeof judgementSchema>;
export type AreaForImprovement = z.infer<typeof areaForImprovementSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
