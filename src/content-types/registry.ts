/**
 * Every content type Lantern knows, in the order the site is loaded, checked and published. A new
 * type is a new folder in src/content-types/ (schema, checks, model, pages for search and feeds,
 * and an index.ts that describes it), a line here, its list in SiteContent, and its routes.
 */
import type { ContentType, FilePart } from './content-type.ts';
import { organisations } from './organisations/index.ts';
import { inspections } from './inspections/index.ts';
import { members } from './members/index.ts';
import { meetings } from './meetings/index.ts';
import { urgencyDecisions } from './urgency-decisions/index.ts';
import { kpis } from './kpis/index.ts';
import { plans } from './plans/index.ts';
import { selfEvaluations } from './self-evaluations/index.ts';
import { youngPeople } from './young-people/index.ts';
import { sitePages } from './site-pages/index.ts';

export const contentTypes: readonly ContentType[] = [
  organisations,
  inspections,
  members,
  meetings,
  urgencyDecisions,
  kpis,
  plans,
  selfEvaluations,
  youngPeople,
  sitePages,
];

/** Every kind of file, type by type. */
export const fileParts: readonly FilePart[] = contentTypes.flatMap((type) => type.files);
