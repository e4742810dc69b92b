/**
 * Charts of figures that are not KPIs (a budget by funder, shares by group), in data/charts/<id>.json.
 * The author gives the figures as rows, each with its source, and a Vega-Lite spec without data:
 * Lantern adds the rows as the data, the size, the colours and the text for screen readers.
 * Authors place one in an MDX body with <Chart spec="<id>" />.
 */
import { z } from 'zod';
import { citation, slug, text } from '../../shared/fields.ts';

export const chartColumnUnits = [
  'text',
  'percent',
  'count',
  'pounds',
  'days',
  'per-10000',
  'per-100000',
  'ratio',
  'score',
] as const;

export const customChartSchema = z
  .strictObject({
    /** The file's name without .json. */
    id: slug,
    /** The chart's heading and its name for screen readers. */
    title: text,
    organisation: slug,
    /** The columns of the data, in order: the field name the spec uses, the label readers see, and the unit. */
    columns: z
      .array(
        z.strictObject({
          field: z
            .string()
            .regex(
              /^[a-z][a-z0-9_]*$/,
              'a field name of lower-case letters, digits and underscores, such as "share_offending"',
            ),
          label: text,
          unit: z.enum(chartColumnUnits, { error: `one of: ${chartColumnUnits.join(', ')}` }),
        }),
      )
      .min(2, 'at least two columns: what each row is, and a figure'),
    /** One row per bar or point: a cell per column (a number for figures, null where the source gives none), and its source. */
    rows: z
      .array(
        z.strictObject({ cells: z.array(z.union([z.string(), z.number(), z.null()])), source: citation }),
      )
      .min(1),
    /** The Vega-Lite spec (mark and encoding), without "data": the rows are the data. */
    spec: z.record(z.string(), z.unknown()),
    /** What a reader must know to read the chart right. */
    note: text.optional(),
    source: citation,
  })
  .superRefine((chart, ctx) => {
    if ('data' in chart.spec)
      ctx.addIssue({
        code: 'custom',
        path: ['spec', 'data'],
        message: 'no "data" in the spec: the chart\'s rows are its data',
        input: chart.spec.data,
      });
    chart.rows.forEach((row, i) => {
      if (row.cells.length !== chart.columns.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'cells'],
          message: `${chart.columns.length} cells, one per column`,
          input: row.cells.length,
        });
      row.cells.forEach((cell, j) => {
        const column = chart.columns[j];
        if (!column) return;
        if (column.unit === 'text' ? typeof cell !== 'string' : cell !== null && typeof cell !== 'number')
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'cells', j],
            message: column.unit === 'text' ? 'some text' : 'a number, or null where the source gives none',
            input: cell,
          });
        if (column.unit === 'percent' && typeof cell === 'number' && (cell < 0 || cell > 100))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'cells', j],
            message: 'a percentage from 0 to 100, because the unit is percent',
            input: cell,
          });
      });
    });
  });
export type CustomChart = z.infer<typeof customChartSchema>;
