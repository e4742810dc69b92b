/** Performance measures (KPIs) and charts of other figures: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { kpiFrameworkSchema } from './schema.ts';
import { customChartSchema } from './chart-schema.ts';
import { checkKpis } from './checks.ts';
import { kpiPublications } from './publish.ts';

export const kpis: ContentType = {
  name: 'kpis',
  files: [
    { key: 'kpiFrameworks', kind: 'data-folder', name: 'kpis', schema: kpiFrameworkSchema },
    { key: 'charts', kind: 'data-folder', name: 'charts', schema: customChartSchema },
  ],
  check: checkKpis,
  publications: kpiPublications,
  counts: (site) => [
    `${plural(
      site.kpiFrameworks.reduce((n, f) => n + f.data.kpis.length, 0),
      'KPI',
    )} in ${plural(site.kpiFrameworks.length, 'framework')}`,
    plural(site.charts.length, 'other chart'),
  ],
};
