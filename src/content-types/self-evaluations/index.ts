/** Self-evaluations services publish about their own work: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { selfEvaluationSchema } from './schema.ts';
import { checkSelfEvaluations } from './checks.ts';
import { selfEvaluationPublications } from './publish.ts';

export const selfEvaluations: ContentType = {
  name: 'self-evaluations',
  files: [
    { key: 'selfEvaluations', kind: 'entries', name: 'self-evaluations', schema: selfEvaluationSchema },
  ],
  check: checkSelfEvaluations,
  publications: selfEvaluationPublications,
  counts: (site) => [plural(site.selfEvaluations.length, 'self-evaluation')],
};
