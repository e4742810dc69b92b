/**
 * Key performance indicators, stored in data/kpis/<framework>.json: one file per framework (a set of
 * indicators an organisation reports together, e.g. the Trust's 21 contractual KPIs), holding the
 * framework, its indicators' definitions and every observation and benchmark, each with its source.
 * A KPI's status against its target is never stored: it is worked out from the figures (src/content-types/kpis/model.ts).
 */
import { z } from 'zod';
import { citation, slug, text, areaReference } from '../../shared/fields.ts';
import { isPeriod } from './periods.ts';

/** A period: a month "2023-03", a financial year "2022/23", a quarter "2022/23 Q3", a calendar year "2022", or a span "2019-07..2020-06". */
export const period = z
  .string({ error: 'a period such as "2023-03", "2022/23", "2022/23 Q3", "2022" or "2019-07..2020-06"' })
  .refine(
    isPeriod,
    'a period such as "2023-03" (a month), "2022/23" (a financial year), "2022/23 Q3" (a quarter), "2022" (a calendar year) or "2019-07..2020-06" (a span of months)',
  );

export const units = {
  percent: 'per cent',
  days: 'days',
  count: 'number',
  'per-10000': 'per 10,000 children under 18',
  'per-100000': 'per 100,000 children aged 10 to 17',
  ratio: 'ratio',
  pounds: 'pounds',
  score: 'score',
} as const;
export type Unit = keyof typeof units;

export const polarities = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  neither: 'Neither higher nor lower is better',
} as const;
export type Polarity = keyof typeof polarities;

/** Why a figure is not shown. Never estimate instead. */
export const missingReasons = {
  'not reported': 'Not reported',
  'no activity': 'No activity in the period',
  'chart only': 'Only in a chart image in the source; the figure cannot be read',
  'not yet published': 'Not yet published',
  'not in source': 'The source does not give this figure',
  unclear: 'The source is unclear about this figure',
} as const;
export type MissingReason = keyof typeof missingReasons;

const missingReason = z.enum(Object.keys(missingReasons) as [MissingReason, ...MissingReason[]], {
  error: `one of: ${Object.keys(missingReasons).join(', ')}`,
});

/** A figure for one period: a value, or no value and the reason. */
export const observationSchema = z
  .strictObject({
    period,
    /** "year to date" for a cumulative figure; leave out for a figure of the period alone. */
    basis: z.enum(['period', 'year to date'], { error: 'period or year to date' }).default('period'),
    value: z.number({ error: 'a number, or null with a reason in "missing"' }).nullable(),
    missing: missingReason.optional(),
    /** "provisional", "7 young people", "figures in the source's columns look shifted". */
    note: text.optional(),
    source: citation,
  })
  .superRefine((observation, ctx) => {
    if (observation.value === null && !observation.missing)
      ctx.addIssue({
        code: 'custom',
        path: ['missing'],
        message: `the reason the value is missing (one of: ${Object.keys(missingReasons).join(', ')})`,
        input: undefined,
      });
    if (observation.value !== null && observation.missing)
      ctx.addIssue({
        code: 'custom',
        path: ['missing'],
        message: 'no reason for a missing value, because there is a value',
        input: observation.missing,
      });
  });
export type Observation = z.infer<typeof observationSchema>;

export const comparators = {
  england: 'England',
  'statistical-neighbours': 'Statistical neighbours',
  region: 'Region',
  'yot-family': 'YOT family',
} as const;
export type Comparator = keyof typeof comparators;

export const benchmarkSchema = z.strictObject({
  comparator: z.enum(Object.keys(comparators) as [Comparator, ...Comparator[]], {
    error: `one of: ${Object.keys(comparators).join(', ')}`,
  }),
  /** The period the comparator's figure is for; leave out when the source does not say. */
  period: period.optional(),
  value: z.number({ error: 'a number' }),
  source: citation,
});
export type Benchmark = z.infer<typeof benchmarkSchema>;

export const targetSchema = z.strictObject({
  /** How a value is compared with the target: ">=" means the value must be at least the target. */
  operator: z.enum(['>=', '<=', '>', '<'], { error: 'one of: >=, <=, >, <' }),
  value: z.number({ error: 'a number' }),
  /** The first period the target applies to, as the source sets it: "2022/23". Figures before it have no status. */
  from: period,
  /** The last period it applies to, when the source ends it. */
  to: period.optional(),
  source: citation,
});
export type Target = z.infer<typeof targetSchema>;

export const kpiSchema = z.strictObject({
  /** Used in URLs and charts: /kpis/<id>/, <Chart kpi="nct-kpi-01" />. */
  id: slug,
  /** The number or code the source gives it: "1", "PROP01". */
  number: text.optional(),
  /** The name as the source gives it. */
  name: text,
  /** What it measures, in plain words a resident would search with. */
  plainName: text,
  unit: z.enum(Object.keys(units) as [Unit, ...Unit[]], {
    error: `one of: ${Object.keys(units).join(', ')}`,
  }),
  polarity: z.enum(Object.keys(polarities) as [Polarity, ...Polarity[]], {
    error: `one of: ${Object.keys(polarities).join(', ')}`,
  }),
  /** Where the source says which way is better; leave out when polarity is "neither" or it is plain from the name. */
  polaritySource: citation.optional(),
  frequency: z.enum(['monthly', 'quarterly', 'annual', 'other'], {
    error: 'one of: monthly, quarterly, annual, other',
  }),
  target: targetSchema.optional(),
  /** How far from the target still counts as "within tolerance", in the KPI's unit. Leave out when the source gives none. */
  tolerance: z.strictObject({ value: z.number().min(0), source: citation }).optional(),
  /** A headline KPI is shown first and summarised for young people. */
  headline: z.boolean().default(false),
  /** The areas for improvement of an inspection this KPI measures: "northamptonshire-2019-ilacs#3b". */
  measures: z.array(areaReference).default([]),
  /** Things a reader must know to read the figures right. */
  notes: z.array(text).default([]),
  observations: z.array(observationSchema).default([]),
  benchmarks: z.array(benchmarkSchema).default([]),
  /** Where the KPI is defined or listed. */
  source: citation,
});
export type Kpi = z.infer<typeof kpiSchema>;

export const kpiFrameworkSchema = z.strictObject({
  framework: z.strictObject({
    /** The file's name without .json. */
    id: slug,
    name: text,
    /** The organisation that reports these KPIs (an id in data/organisations.json). */
    organisation: slug,
    /** What the framework is, in plain words. */
    description: text,
    /**
     * What it measures: services for children (the default), or support services to the organisation
     * (payroll, IT, property), which are counted apart so that they never swell the children's figures.
     */
    about: z
      .enum(['children', 'support services'], { error: 'one of: children, support services' })
      .default('children'),
    /** How the source rates performance, e.g. its RAG words. */
    ratingNote: text.optional(),
    source: citation,
    /** Where the source contradicts itself about these KPIs: both sides, cited, never corrected. */
    inconsistencies: z.array(z.strictObject({ description: text, source: citation })).default([]),
  }),
  kpis: z.array(kpiSchema).min(1, 'at least one KPI'),
});
export type KpiFramework = z.infer<typeof kpiFrameworkSchema>;
