/** Plans and annual reports, with their finance tables and risk registers: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { financeTableSchema } from './finance-schema.ts';
import { riskRegisterSchema } from './risk-schema.ts';
import { planSchema } from './schema.ts';
import { checkPlans } from './checks.ts';
import { planPublications } from './publish.ts';

export const plans: ContentType = {
  name: 'plans',
  files: [
    { key: 'finance', kind: 'data-folder', name: 'finance', schema: financeTableSchema },
    { key: 'risks', kind: 'data-folder', name: 'risks', schema: riskRegisterSchema },
    { key: 'plans', kind: 'entries', name: 'plans', schema: planSchema },
  ],
  check: checkPlans,
  publications: planPublications,
  counts: (site) => [
    plural(site.plans.length, 'plan'),
    plural(site.finance.length, 'finance table'),
    plural(site.risks.length, 'risk register'),
  ],
};
