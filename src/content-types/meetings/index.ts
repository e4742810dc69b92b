/** Meetings, their items, decisions and motions, and the topics they are filed under: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { hasSection } from '../../site/navigation.ts';
import { decisionsCsv, decisionsJson } from './downloads.ts';
import { plural } from '../../shared/numbers.ts';
import { topicsSchema } from './topic-schema.ts';
import { meetingSchema } from './schema.ts';
import { checkMeetings } from './checks.ts';
import { meetingPublications } from './publish.ts';

export const meetings: ContentType = {
  name: 'meetings',
  files: [
    {
      key: 'topics',
      kind: 'data-file',
      name: 'topics.json',
      schema: topicsSchema,
      empty: [],
      optional: true,
    },
    { key: 'meetings', kind: 'entries', name: 'meetings', schema: meetingSchema },
  ],
  check: checkMeetings,
  publications: meetingPublications,
  datasets: (site) =>
    !hasSection(site, 'decisions')
      ? []
      : [{ id: 'decisions', csv: () => decisionsCsv(site), json: () => decisionsJson(site) }],
  counts: (site) => [plural(site.topics.length, 'topic'), plural(site.meetings.length, 'meeting')],
};
