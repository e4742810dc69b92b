/**
 * What a site is made of once its files are read: one list per kind of file. Only types here, so
 * every content type's checks and models can name the site without importing how it is loaded.
 */
import type { Organisation } from '../content-types/organisations/schema.ts';
import type { GradingScale } from '../content-types/inspections/grading-scale-schema.ts';
import type { Source } from '../content-types/organisations/source-schema.ts';
import type { Excerpts, Redactions } from '../content-types/organisations/excerpt-schema.ts';
import type { Inspection } from '../content-types/inspections/schema.ts';
import type { Member } from '../content-types/members/schema.ts';
import type { Body } from '../content-types/members/body-schema.ts';
import type { Topic } from '../content-types/meetings/topic-schema.ts';
import type { Meeting } from '../content-types/meetings/schema.ts';
import type { UrgencyDecision } from '../content-types/urgency-decisions/schema.ts';
import type { KpiFramework } from '../content-types/kpis/schema.ts';
import type { Plan } from '../content-types/plans/schema.ts';
import type { SelfEvaluation } from '../content-types/self-evaluations/schema.ts';
import type { FinanceTable } from '../content-types/plans/finance-schema.ts';
import type { CustomChart } from '../content-types/kpis/chart-schema.ts';
import type { RiskRegister } from '../content-types/plans/risk-schema.ts';
import type { YoungPeopleVersion, YoungPeopleHub } from '../content-types/young-people/schema.ts';
import type { Glossary, WordToAvoid } from '../content-types/young-people/glossary-schema.ts';
import type { SearchSynonyms } from '../publish/synonyms.ts';
import type { Helpline, LocalHelp } from '../content-types/young-people/helpline-schema.ts';
import type { SiteSettings } from './settings-schema.ts';
import type { SitePage } from '../content-types/site-pages/schema.ts';

export interface Entry<T> {
  /** The URL slug: the file name without its extension. */
  slug: string;
  /** The file, relative to the project folder. */
  file: string;
  data: T;
  body: string;
}

export interface DataFile<T> {
  /** The file, relative to the project folder. */
  file: string;
  data: T;
}

export interface SitePaths {
  /** The project folder; files are named relative to it. */
  root: string;
  content: string;
  data: string;
  /** The national reference data Lantern ships (src/national/): grading scales, inspectorates, the glossary, words to avoid, helplines. A site's own files add to it. */
  national: string;
}

export interface SiteContent {
  /** data/site.json: the site's name and the address it is published at. */
  settings: SiteSettings;
  organisations: Organisation[];
  scales: GradingScale[];
  sources: Source[];
  /** data/excerpts/: the cited lines of each source, quoted. */
  excerpts: DataFile<Excerpts>[];
  /** data/redactions/: lines of a source withheld from quotation. */
  redactions: DataFile<Redactions>[];
  inspections: Entry<Inspection>[];
  members: Member[];
  bodies: Body[];
  topics: Topic[];
  meetings: Entry<Meeting>[];
  urgencyDecisions: Entry<UrgencyDecision>[];
  /** data/kpis/*.json, one framework per file. */
  kpiFrameworks: DataFile<KpiFramework>[];
  plans: Entry<Plan>[];
  selfEvaluations: Entry<SelfEvaluation>[];
  /** data/finance/*.json */
  finance: DataFile<FinanceTable>[];
  /** data/risks/*.json */
  risks: DataFile<RiskRegister>[];
  /** data/charts/*.json: charts of figures that are not KPIs. */
  charts: DataFile<CustomChart>[];
  /** content/young-people/: a version for young people of each inspection, plan and self-evaluation. */
  youngPeople: Entry<YoungPeopleVersion>[];
  /** content/young-people-hub.md: the page at /young-people/. */
  youngPeopleHub: Entry<YoungPeopleHub> | undefined;
  /** content/pages/: the site's own home and about pages, if it has them. */
  sitePages: Entry<SitePage>[];
  /** Lantern's and data/search-synonyms.json: ways of writing the same thing that search treats as one. */
  searchSynonyms: SearchSynonyms;
  /** data/glossary.json, data/words-to-avoid.json and data/helplines.json. */
  glossary: Glossary;
  wordsToAvoid: WordToAvoid[];
  helplines: Helpline[];
  /** data/local-help.json: services the site's organisations name for their young people. */
  localHelp: LocalHelp[];
}
