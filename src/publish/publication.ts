/**
 * What Lantern knows of every page a reader might look for: its kind, title, address, date,
 * organisation, body, outcome, members and topics. Each content type describes its own pages so;
 * search filters, feeds, "what's new", the browse lists and JSON-LD all read these descriptions.
 */

/** The kinds a reader can filter search by, in the order the search form lists them. */
export const pageKinds = [
  'Inspection',
  'Progress since an inspection',
  'Meeting',
  'Decision',
  'Motion',
  'Plan',
  'Self-evaluation',
  'KPI',
  "Young people's version",
  'Organisation',
  'Councillor',
] as const;
export type PageKind = (typeof pageKinds)[number];

/** Feeds of new publications, one per kind of publication; decisions and motions share the decision register's feed. */
export const feedKinds = {
  inspections: { title: 'Inspections', kinds: ['Inspection'], about: 'Inspection reports and visits' },
  meetings: { title: 'Meetings', kinds: ['Meeting'], about: 'Council meetings, held and scheduled' },
  decisions: {
    title: 'Decisions and motions',
    kinds: ['Decision', 'Motion'],
    about: 'Decisions and motions of council meetings, and urgency decisions',
  },
  plans: {
    title: 'Plans and reports',
    kinds: ['Plan'],
    about: 'Business plans, youth justice plans and annual reports',
  },
  'self-evaluations': {
    title: 'Self-evaluations',
    kinds: ['Self-evaluation'],
    about: 'Self-evaluations that services publish about their own work',
  },
  'young-people': {
    title: "Young people's versions",
    kinds: ["Young people's version"],
    about: 'Reports and plans retold for the children and young people they are about',
  },
} as const satisfies Record<string, { title: string; kinds: readonly PageKind[]; about: string }>;
export type FeedKind = keyof typeof feedKinds;

export interface Publication {
  kind: PageKind;
  title: string;
  /** Root-relative address with a trailing slash: "/inspections/nct-2022-ilacs/". */
  url: string;
  /** One or two sentences, citations removed. */
  summary: string;
  /** ISO date or partial date ("2023", "2023-06") used to sort and to group by year; absent when the page has none. */
  date?: string;
  /** The organisation the page is about or published by (its name). */
  organisation?: string;
  /** The council body (short name) for meetings and decisions. */
  body?: string;
  /** The outcome of a decision or motion, in words. */
  outcome?: string;
  /** Councillors named on a decision or motion (proposers, seconders, presenters, decision makers). */
  members: string[];
  /** Topic names of a decision or motion. */
  topics: string[];
  /** A permanent id for feeds: "urn:lantern:inspection:nct-2022-ilacs". */
  id: string;
  /** Who wrote it, when that is not the organisation: the inspectorates of an inspection. */
  by?: string[];
  /** For a meeting: when and where, as London wall-clock times. */
  event?: { start?: string; end?: string; venue: string; status: 'scheduled' | 'held' | 'cancelled' };
}

/** A permanent id for feeds: "urn:lantern:inspection:nct-2022-ilacs". */
export const urn = (kind: string, key: string) => `urn:lantern:${kind}:${key}`;
