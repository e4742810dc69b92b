/** Decisions taken by one member under the urgency procedure: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { urgencyDecisionSchema } from './schema.ts';
import { checkUrgencyDecisions } from './checks.ts';
import { urgencyDecisionPublications } from './publish.ts';

export const urgencyDecisions: ContentType = {
  name: 'urgency-decisions',
  files: [
    { key: 'urgencyDecisions', kind: 'entries', name: 'urgency-decisions', schema: urgencyDecisionSchema },
  ],
  check: checkUrgencyDecisions,
  publications: urgencyDecisionPublications,
  counts: (site) => [plural(site.urgencyDecisions.length, 'urgency decision')],
};
