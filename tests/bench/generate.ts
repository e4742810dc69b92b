/**
 * A county's worth of synthetic but realistic content for the benchmark at scale: organisations,
 * councillors, fifteen years of meetings with decisions and motions, urgency decisions, inspections,
 * plans, self-evaluations, KPIs with monthly figures and charts, and a young people's version of every
 * report. It follows the shared fixture (tests/fixtures/site/) and passes every check the build makes:
 * citations name a document in data/sources.json, members named in meetings exist, young people's
 * versions read at grade 6 or below and account for every headline item, and so on.
 *
 * Deterministic: the same `pages` and seed write the same files, so runs can be compared.
 * `generateSite(dir, pages)` writes dir/content and dir/data for about `pages` built pages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../../src/site/load.ts';
import { siteCitations, siteFiles } from '../../src/site/citations.ts';
import { makeExcerpts, placesOf } from '../../src/content-types/organisations/excerpts.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface GenerateOptions {
  /** The seed of the pseudo-random choices; the same seed writes the same site. */
  seed?: number;
  /**
   * false: KPIs keep their periods but have no figures ("not reported") and no chart of other figures
   * is placed, so no chart is drawn. The same pages otherwise: used to estimate chart rendering time.
   */
  charts?: boolean;
}

export interface GeneratedSite {
  content: string;
  data: string;
  /** How many of each kind were written. */
  counts: Record<string, number>;
  /** The pages the build should make, worked out from what was written (the bench counts the real ones). */
  expectedPages: number;
  /** Charts the build should draw (each drawn twice: wide and narrow). */
  expectedCharts: number;
  /** Words that appear in the generated pages, for the first-search measurement. */
  searchQueries: string[];
}

// ---------------------------------------------------------------------------------------------
// Seeded choices

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** n different items, in their original order. */
  some<T>(items: readonly T[], n: number): T[] {
    const indexes = items.map((_, i) => i);
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
    }
    return indexes
      .slice(0, Math.min(n, items.length))
      .sort((a, b) => a - b)
      .map((i) => items[i]!);
  }
}

// ---------------------------------------------------------------------------------------------
// Words

const places = [
  'Ashford',
  'Barrowby',
  'Castleton',
  'Dunmere',
  'Eastwick',
  'Fernley',
  'Greystone',
  'Hollins',
  'Ivybridge',
  'Kelham',
  'Langley',
  'Marston',
  'Northope',
  'Oakley',
  'Penmore',
  'Queensbury',
  'Redhill',
  'Stanway',
  'Thornby',
  'Upwell',
  'Wexcombe',
  'Yardley',
];
const counties = ['Wexshire', 'Northmoor', 'Southvale', 'Eastdown', 'Westmere'];
const firstNames = [
  'Aisha',
  'Alan',
  'Alice',
  'Amir',
  'Andrew',
  'Anna',
  'Ben',
  'Beth',
  'Carl',
  'Chloe',
  'Colin',
  'Dan',
  'Deborah',
  'Dev',
  'Elena',
  'Emma',
  'Faisal',
  'Fiona',
  'Gareth',
  'Grace',
  'Harry',
  'Helen',
  'Ian',
  'Imran',
  'Jack',
  'Jane',
  'Jo',
  'Karen',
  'Kevin',
  'Laura',
  'Leon',
  'Lucy',
  'Mark',
  'Maya',
  'Neil',
  'Nina',
  'Oliver',
  'Pat',
  'Priya',
  'Rachel',
  'Raj',
  'Rob',
  'Ruth',
  'Sam',
  'Sarah',
  'Tom',
  'Una',
  'Victor',
  'Wendy',
  'Zara',
];
const surnames = [
  'Ahmed',
  'Baker',
  'Bennett',
  'Brooks',
  'Carter',
  'Chapman',
  'Clarke',
  'Cole',
  'Davies',
  'Dixon',
  'Edwards',
  'Ellis',
  'Evans',
  'Fisher',
  'Ford',
  'Gill',
  'Grant',
  'Gray',
  'Hall',
  'Harper',
  'Hughes',
  'Hussain',
  'Jones',
  'Kaur',
  'Kelly',
  'Khan',
  'Lewis',
  'Lloyd',
  'Marsh',
  'Mason',
  'Mills',
  'Moore',
  'Morgan',
  'Murphy',
  'Nash',
  'Owen',
  'Palmer',
  'Patel',
  'Pearce',
  'Price',
  'Reed',
  'Rees',
  'Rose',
  'Shaw',
  'Singh',
  'Stone',
  'Taylor',
  'Turner',
  'Walsh',
  'Ward',
  'Webb',
  'Wells',
  'West',
  'Wilson',
  'Wood',
  'Young',
];
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const topics = [
  {
    id: 'children-and-families',
    name: "Children's services",
    words: ['children', 'families', 'social care'],
  },
  { id: 'care-leavers', name: 'Care leavers', words: ['leaving care', 'care experienced'] },
  { id: 'fostering-and-adoption', name: 'Fostering and adoption', words: ['foster carers', 'adoption'] },
  { id: 'schools', name: 'Schools and education', words: ['school places', 'pupils'] },
  { id: 'send', name: 'Special educational needs', words: ['SEND', 'EHCP', 'special needs'] },
  { id: 'youth-justice', name: 'Youth justice', words: ['youth offending', 'young offenders'] },
  { id: 'housing', name: 'Housing', words: ['homes', 'homelessness'] },
  { id: 'money', name: 'Money and council tax', words: ['budget', 'council tax', 'spending'] },
  { id: 'adult-social-care', name: 'Adult social care', words: ['care homes', 'older people'] },
  { id: 'health', name: 'Health and wellbeing', words: ['public health', 'mental health'] },
  { id: 'transport', name: 'Roads and transport', words: ['buses', 'potholes', 'highways'] },
  { id: 'waste', name: 'Bins and recycling', words: ['rubbish', 'recycling'] },
  { id: 'planning', name: 'Planning', words: ['planning applications', 'local plan'] },
  { id: 'environment', name: 'Environment and climate', words: ['climate', 'trees', 'flooding'] },
  { id: 'community-safety', name: 'Community safety', words: ['crime', 'antisocial behaviour'] },
  { id: 'libraries-and-leisure', name: 'Libraries and leisure', words: ['libraries', 'leisure centres'] },
  { id: 'economy', name: 'Jobs and the economy', words: ['jobs', 'businesses'] },
  { id: 'workforce', name: 'Council staff', words: ['staff', 'social workers', 'recruitment'] },
  { id: 'governance', name: 'How the council works', words: ['constitution', 'committees'] },
  { id: 'property', name: 'Council property', words: ['buildings', 'land'] },
] as const;
type TopicId = (typeof topics)[number]['id'];

/** Decision subjects: a title pattern, what it was about, reasons, alternatives and topics. */
const subjects: {
  title: (p: string, y: number) => string;
  summary: (p: string) => string;
  reasons: string[];
  alternatives: string[];
  topics: TopicId[];
  children?: boolean;
}[] = [
  {
    title: (_p, y) => `Children's services budget ${y}/${String((y + 1) % 100).padStart(2, '0')}`,
    summary: () =>
      "The budget for children's social care, early help and services for children in care for the coming year, with the savings it depends on.",
    reasons: [
      'The council must set a balanced budget before the start of the financial year.',
      'The number of children in care and the cost of their homes keep rising.',
    ],
    alternatives: ['Using reserves to meet the gap: rejected, because reserves can only be spent once.'],
    topics: ['children-and-families', 'money'],
    children: true,
  },
  {
    title: (p) => `Sufficiency strategy: homes for children in care in ${p}`,
    summary: (p) =>
      `How the council will find enough foster families and children's homes near ${p}, so fewer children live far from their schools and friends.`,
    reasons: [
      'The council has a legal duty to secure enough suitable homes for the children it looks after.',
      "Homes far away cost more and disrupt children's lives.",
    ],
    alternatives: ['Relying on private providers alone: rejected because of cost and distance.'],
    topics: ['children-and-families', 'fostering-and-adoption'],
    children: true,
  },
  {
    title: (p) => `Purchase of a house in ${p} for a small children's home`,
    summary: (p) => `Buying a house in ${p} to open a two-bed children's home run by the council.`,
    reasons: [
      'It gives children a home near their community.',
      'It costs less than buying places from private providers.',
    ],
    alternatives: ['Renting a property: rejected because suitable homes to rent are scarce.'],
    topics: ['children-and-families', 'property'],
    children: true,
  },
  {
    title: () => 'Foster carer fees and allowances',
    summary: () =>
      "New weekly allowances and skills fees for the council's foster carers, to keep carers and attract new ones.",
    reasons: [
      'Neighbouring councils pay more, and carers have been leaving.',
      'Each child placed with an in-house carer costs less than an agency placement.',
    ],
    alternatives: ['Keeping the current rates: rejected, because recruitment has fallen for three years.'],
    topics: ['fostering-and-adoption', 'money'],
    children: true,
  },
  {
    title: () => "Care leavers' local offer",
    summary: () =>
      'What the council offers young people leaving its care: help with housing, money, work and health, and council tax relief up to age 25.',
    reasons: [
      'The law requires every council to publish its local offer for care leavers.',
      'Care leavers asked for clearer help with housing and money.',
    ],
    alternatives: ['Keeping the existing offer unchanged: rejected after care leavers were consulted.'],
    topics: ['care-leavers', 'children-and-families'],
    children: true,
  },
  {
    title: (p) => `School places in ${p}: expansion of the primary school`,
    summary: (p) =>
      `Adding a form of entry to a primary school in ${p}, where new housing has raised the number of children needing a place.`,
    reasons: [
      'The council must provide enough school places.',
      'Forecasts show a shortfall from next September.',
    ],
    alternatives: ['Building a new school: rejected because no site is available in time.'],
    topics: ['schools'],
  },
  {
    title: () => 'Special educational needs and disabilities: high needs recovery plan',
    summary: () =>
      'A plan to bring the high needs budget back into balance while meeting the needs of children with special educational needs.',
    reasons: [
      'The high needs block has overspent for several years.',
      'Families wait too long for education, health and care plans.',
    ],
    alternatives: ['Asking the government for a safety valve agreement only: pursued alongside the plan.'],
    topics: ['send', 'schools', 'money'],
    children: true,
  },
  {
    title: () => 'Youth justice plan',
    summary: () =>
      'The yearly plan for the youth justice service: preventing offending, cutting reoffending and keeping young people out of custody.',
    reasons: [
      'The Crime and Disorder Act 1998 requires an annual youth justice plan.',
      "The plan is part of the council's policy framework, which full Council approves.",
    ],
    alternatives: ['None: the plan is a legal requirement.'],
    topics: ['youth-justice', 'community-safety'],
    children: true,
  },
  {
    title: (p) => `Temporary accommodation in ${p}`,
    summary: (p) =>
      `Leasing a block of flats in ${p} as temporary accommodation for homeless families, instead of bed and breakfast rooms.`,
    reasons: [
      'Bed and breakfast is unsuitable for families with children.',
      'Leasing costs less than nightly paid rooms.',
    ],
    alternatives: ['Continuing to use hotels: rejected because of cost and the effect on children.'],
    topics: ['housing', 'children-and-families'],
  },
  {
    title: (_p, y) =>
      `Capital programme ${y}/${String((y + 1) % 100).padStart(2, '0')} to ${y + 3}/${String((y + 4) % 100).padStart(2, '0')}`,
    summary: () =>
      "The council's spending on buildings, roads, schools and equipment over the next four years, and how it will be paid for.",
    reasons: [
      'The council must approve its capital programme with the budget.',
      'Schemes already started need funding to finish.',
    ],
    alternatives: ['A smaller programme: rejected because it would delay school places.'],
    topics: ['money', 'property'],
  },
  {
    title: (p) => `Highways maintenance contract for ${p} and the surrounding area`,
    summary: () => 'Awarding the contract to repair roads, potholes and pavements for the next seven years.',
    reasons: ['The current contract ends next April.', 'A competitive tender gives value for money.'],
    alternatives: ['Bringing the service in house: rejected because of the cost of equipment.'],
    topics: ['transport', 'money'],
  },
  {
    title: () => 'Waste and recycling collections',
    summary: () => 'Changes to bin collections, including weekly food waste collections from next year.',
    reasons: ['New national rules require separate food waste collections.', 'Recycling rates have stalled.'],
    alternatives: ['Fortnightly food waste collections: rejected after residents were consulted.'],
    topics: ['waste', 'environment'],
  },
  {
    title: (p) => `Local plan: consultation on sites in ${p}`,
    summary: (p) => `Asking residents about sites for new homes and jobs in ${p} in the draft local plan.`,
    reasons: [
      'The council must keep its local plan up to date.',
      'Consultation is a legal step before the plan can be examined.',
    ],
    alternatives: ['Delaying the consultation: rejected, because it would leave the area without a plan.'],
    topics: ['planning', 'housing'],
  },
  {
    title: () => 'Climate emergency action plan',
    summary: () =>
      "The council's plan to reach net zero for its own buildings and vehicles, and to help residents and businesses cut emissions.",
    reasons: [
      'The council declared a climate emergency and committed to a plan.',
      'Cutting energy use also saves money.',
    ],
    alternatives: ['A later target date: rejected by the Cabinet.'],
    topics: ['environment'],
  },
  {
    title: () => 'Treasury management strategy',
    summary: () =>
      'How the council will borrow and invest its cash over the year, and the limits it sets itself.',
    reasons: ['The Prudential Code requires an annual strategy approved by full Council.'],
    alternatives: ['None: the strategy is a legal requirement.'],
    topics: ['money', 'governance'],
  },
  {
    title: () => 'Social work recruitment and retention',
    summary: () =>
      'Market supplements, a graduate academy and career paths to recruit and keep permanent social workers, and rely less on agency staff.',
    reasons: [
      'Too many posts are filled by agency workers, who cost more and stay less long.',
      'Children do better when they keep the same social worker.',
    ],
    alternatives: ['Increasing pay for all grades: rejected as unaffordable.'],
    topics: ['workforce', 'children-and-families'],
    children: true,
  },
  {
    title: (p) => `Library and family hub in ${p}`,
    summary: (p) =>
      `Bringing the library, children's centre and health visitors in ${p} under one roof as a family hub.`,
    reasons: ['Families asked for services in one place.', 'It saves the cost of running two buildings.'],
    alternatives: ['Keeping services in separate buildings: rejected because of running costs.'],
    topics: ['libraries-and-leisure', 'children-and-families'],
    children: true,
  },
  {
    title: () => 'Public health: substance misuse services',
    summary: () => 'Recommissioning drug and alcohol services for adults and young people.',
    reasons: ['The current contract ends next year.', 'Deaths from drug misuse have risen.'],
    alternatives: ['Extending the current contract: not allowed under procurement rules.'],
    topics: ['health'],
  },
  {
    title: () => 'Community safety partnership plan',
    summary: () =>
      'Priorities agreed with the police and partners: violence, exploitation of young people, and antisocial behaviour.',
    reasons: ['The council has a duty to work with partners to reduce crime.'],
    alternatives: ['None: the plan is required by law.'],
    topics: ['community-safety', 'youth-justice'],
  },
  {
    title: () => 'Home to school transport policy',
    summary: () =>
      'Changes to free school transport, including for children with special educational needs, and independent travel training.',
    reasons: [
      'Costs of school transport have risen sharply.',
      'Independent travel training helps young people into adult life.',
    ],
    alternatives: ['Keeping the current policy: rejected because of cost.'],
    topics: ['transport', 'send', 'schools'],
    children: true,
  },
];

const motionSubjects = [
  {
    summary: 'Calls on the council to give care leavers free bus travel until they are 25.',
    topics: ['care-leavers', 'transport'] as TopicId[],
  },
  {
    summary: "Asks the Cabinet to write to the government about the cost of children's homes run for profit.",
    topics: ['children-and-families', 'money'] as TopicId[],
  },
  {
    summary: 'Calls for a review of school crossing patrols outside every primary school.',
    topics: ['schools', 'transport'] as TopicId[],
  },
  {
    summary: 'Asks the council to treat care experience as if it were a protected characteristic.',
    topics: ['care-leavers', 'governance'] as TopicId[],
  },
  {
    summary: 'Calls on the council to plant a tree for every child born in the county.',
    topics: ['environment'] as TopicId[],
  },
  {
    summary: 'Asks the council to lobby for fairer funding for special educational needs.',
    topics: ['send', 'money'] as TopicId[],
  },
  { summary: 'Calls for free period products in every council building.', topics: ['health'] as TopicId[] },
  {
    summary: 'Asks the council to pledge to end the use of unregistered homes for children in care.',
    topics: ['children-and-families'] as TopicId[],
  },
  {
    summary: 'Calls on the council to keep every library open at its current hours.',
    topics: ['libraries-and-leisure'] as TopicId[],
  },
  {
    summary: 'Asks the council to support a 20 mph limit near schools.',
    topics: ['transport', 'schools'] as TopicId[],
  },
];

const kpiTemplates: {
  name: string;
  plain: string;
  unit: 'percent' | 'days' | 'count' | 'per-100000';
  polarity: 'higher-is-better' | 'lower-is-better' | 'neither';
  target?: ['>=' | '<=', number];
  base: number;
  spread: number;
  yp: string;
}[] = [
  {
    name: '% of contacts with a decision within 1 working day',
    plain: 'Worries about children decided within a day',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 90],
    base: 86,
    spread: 8,
    yp: 'How fast are worries about children looked at?',
  },
  {
    name: '% of re-referrals within 12 months',
    plain: 'Children referred again within a year',
    unit: 'percent',
    polarity: 'lower-is-better',
    target: ['<=', 22],
    base: 23,
    spread: 5,
    yp: 'Do children come back for more help?',
  },
  {
    name: '% of assessments completed within 45 working days',
    plain: 'Assessments finished on time',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 85],
    base: 80,
    spread: 10,
    yp: 'Are checks on children done on time?',
  },
  {
    name: '% of child protection plans lasting 2 years or more',
    plain: 'Child protection plans lasting two years or more',
    unit: 'percent',
    polarity: 'lower-is-better',
    target: ['<=', 4],
    base: 4,
    spread: 2,
    yp: 'Do plans to keep children safe go on too long?',
  },
  {
    name: '% of children becoming subject to a child protection plan for a second or subsequent time',
    plain: 'Children on a protection plan for a second time',
    unit: 'percent',
    polarity: 'lower-is-better',
    target: ['<=', 20],
    base: 21,
    spread: 5,
    yp: 'Do children need a safety plan again?',
  },
  {
    name: 'Number of children in care',
    plain: 'Children in care',
    unit: 'count',
    polarity: 'neither',
    base: 820,
    spread: 80,
    yp: 'How many children are in care?',
  },
  {
    name: '% of children in care with 3 or more moves in the year',
    plain: 'Children in care who moved home three or more times in a year',
    unit: 'percent',
    polarity: 'lower-is-better',
    target: ['<=', 10],
    base: 10,
    spread: 3,
    yp: 'Do children in care move home too often?',
  },
  {
    name: '% of children in care visited within timescales',
    plain: 'Children in care visited on time',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 95],
    base: 92,
    spread: 5,
    yp: 'Do social workers visit on time?',
  },
  {
    name: '% of care leavers aged 19 to 21 in education, employment or training',
    plain: 'Care leavers in work, education or training',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 60],
    base: 55,
    spread: 8,
    yp: 'Are care leavers in work or at college?',
  },
  {
    name: '% of care leavers in suitable accommodation',
    plain: 'Care leavers in a suitable home',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 90],
    base: 88,
    spread: 6,
    yp: 'Do care leavers have a good place to live?',
  },
  {
    name: 'Average days between entering care and moving in with an adoptive family',
    plain: 'Days from coming into care to moving in with an adoptive family',
    unit: 'days',
    polarity: 'lower-is-better',
    target: ['<=', 426],
    base: 460,
    spread: 80,
    yp: 'How long do children wait to be adopted?',
  },
  {
    name: '% of social work posts filled by agency workers',
    plain: 'Social work jobs filled by agency staff',
    unit: 'percent',
    polarity: 'lower-is-better',
    target: ['<=', 15],
    base: 18,
    spread: 6,
    yp: 'Do children keep the same social worker?',
  },
  {
    name: 'Average caseload per social worker',
    plain: 'Children per social worker',
    unit: 'count',
    polarity: 'lower-is-better',
    target: ['<=', 18],
    base: 19,
    spread: 3,
    yp: 'How busy are social workers?',
  },
  {
    name: '% of initial health assessments within 20 working days',
    plain: 'Health checks for children coming into care done on time',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 80],
    base: 65,
    spread: 15,
    yp: 'Do children in care get health checks on time?',
  },
  {
    name: '% of education, health and care plans issued within 20 weeks',
    plain: 'Education, health and care plans issued within 20 weeks',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 60],
    base: 50,
    spread: 20,
    yp: 'Do children with extra needs get their plan on time?',
  },
  {
    name: 'Number of approved fostering households',
    plain: 'Foster families',
    unit: 'count',
    polarity: 'higher-is-better',
    target: ['>=', 260],
    base: 240,
    spread: 25,
    yp: 'How many foster families are there?',
  },
  {
    name: 'First time entrants to the youth justice system per 100,000 aged 10 to 17',
    plain: 'Young people entering the youth justice system for the first time',
    unit: 'per-100000',
    polarity: 'lower-is-better',
    target: ['<=', 170],
    base: 180,
    spread: 40,
    yp: 'How many young people get in trouble with the law for the first time?',
  },
  {
    name: '% of young people who reoffend within 12 months',
    plain: 'Young people who offend again within a year',
    unit: 'percent',
    polarity: 'lower-is-better',
    target: ['<=', 30],
    base: 32,
    spread: 6,
    yp: 'Do young people get in trouble again?',
  },
  {
    name: '% of stage 1 complaints answered within 10 working days',
    plain: 'Complaints answered on time',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 80],
    base: 72,
    spread: 12,
    yp: 'Are complaints answered on time?',
  },
  {
    name: '% of early help assessments completed within 30 days',
    plain: 'Early help assessments finished on time',
    unit: 'percent',
    polarity: 'higher-is-better',
    target: ['>=', 85],
    base: 82,
    spread: 8,
    yp: 'Do families get early help on time?',
  },
];

const priorityTitles: [string, string, string][] = [
  [
    'Safe at home',
    'Help families early, so more children stay safely at home.',
    'Help families early, so children can stay at home.',
  ],
  [
    'Stable homes',
    'Find every child in care a stable home near their school and friends.',
    'Help children in care live in one home for longer.',
  ],
  [
    'A strong workforce',
    'Recruit and keep permanent social workers with manageable caseloads.',
    'Keep good social workers, so children see the same face.',
  ],
  [
    'Good practice',
    'Make sure every child gets good social work, checked by regular audits.',
    'Make sure every child gets good help.',
  ],
  [
    'Listening to children',
    'Hear the voice of every child in their plans and in how services are run.',
    'Listen to children and act on what they say.',
  ],
  [
    'Ready for adult life',
    'Help care leavers into homes, work and training.',
    'Help care leavers find a home and a job.',
  ],
  [
    'Better health',
    'Make sure children in care get health checks and mental health support on time.',
    'Help children in care stay well.',
  ],
  [
    'Value for money',
    'Spend the budget well and reduce the cost of homes bought from private providers.',
    'Spend money well.',
  ],
  [
    'Fewer young people offending',
    'Prevent offending and help young people who offend not to do it again.',
    'Help young people stay out of trouble.',
  ],
  [
    'Learning well',
    'Help children in care and children with extra needs do well at school.',
    'Help children do well at school.',
  ],
];

const serviceAreaNames = [
  'The front door',
  'Early help',
  'Child protection',
  'Children in care',
  'Care leavers',
  'Fostering',
  'Adoption',
  'Disabled children',
  'Children missing education',
  'The workforce',
];

const glossary = {
  terms: [
    { term: 'Ofsted', means: 'The group that checks services for children.' },
    { term: 'ILACS', means: 'The way Ofsted checks how well a council helps children.' },
    { term: 'in care', means: 'Living away from your birth family, with the council looking after you.' },
    { term: 'care leaver', also: ['care leavers'], means: 'A young person who used to be in care.' },
    { term: 'monitoring visit', means: 'A short visit to check that things are getting better.' },
    { term: 'focused visit', means: 'A short visit that looks at one part of the work.' },
    {
      term: 'requires improvement',
      also: ['Requires improvement'],
      means: 'Not yet good. It must get better.',
    },
    { term: 'front door', means: 'The team that first hears a worry about a child.' },
    { term: 'MASH', means: 'The team that first looks at a worry about a child.' },
    { term: 'advocate', means: 'A person who helps you say what you think.' },
    {
      term: 'foster carer',
      also: ['foster carers'],
      means: 'A person who looks after a child in their own home.',
    },
    { term: 'youth justice', means: 'Help for young people who get in trouble with the law.' },
    { term: 'KPI', also: ['KPIs'], means: 'A number the council checks to see how it is doing.' },
    { term: 'SEND', means: 'Extra help at school for children who need it.' },
    {
      term: 'social worker',
      also: ['social workers'],
      means: 'A person whose job is to help keep children safe and well.',
    },
    { term: 'early help', means: 'Help for a family before problems get big.' },
    { term: 'HM Inspectorate of Probation', means: 'The group that checks youth justice teams.' },
    { term: 'self-evaluation', means: 'When a council looks at its own work and says how well it is doing.' },
  ],
  plainAbbreviations: ['UK', 'TV', 'OK'],
};

const wordsToAvoid = [
  { words: 'looked after children', instead: 'children in care', why: 'children in care say they prefer it' },
  { words: 'placement', instead: 'home', why: 'a home is a home' },
  { words: 'placements', instead: 'homes', why: 'a home is a home' },
  { words: 'service user', instead: 'young people', why: 'it sounds cold' },
];

const helplines = [
  {
    id: 'childline',
    name: 'Childline',
    for: 'For anyone under 19. You can talk about anything.',
    phone: '0800 1111',
    hours: 'Any time, day or night',
    web: 'https://www.childline.org.uk/',
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    for: 'For anyone who finds things hard.',
    phone: '116 123',
    web: 'https://www.samaritans.org/',
  },
];

const scales = [
  {
    id: 'ofsted-four-point',
    name: 'Ofsted four-point scale',
    usedBy: "Ofsted inspections of local authority children's services and of children's homes.",
    grades: [
      { label: 'Outstanding', rank: 1, meaning: 'Services are of exceptional quality.' },
      { label: 'Good', rank: 2, meaning: 'Services meet the needs of children well.' },
      { label: 'Requires improvement to be good', rank: 3, meaning: 'Services are not yet good.' },
      { label: 'Inadequate', rank: 4, meaning: 'Services fail children; widespread or serious failures.' },
    ],
  },
  {
    id: 'hmip-four-point',
    name: 'HM Inspectorate of Probation four-point scale',
    usedBy: 'Inspections of youth justice services.',
    grades: [
      { label: 'Outstanding', rank: 1, meaning: 'Exceptional.' },
      { label: 'Good', rank: 2, meaning: 'Meets the standard well.' },
      { label: 'Requires improvement', rank: 3, meaning: 'Not yet meeting the standard.' },
      { label: 'Inadequate', rank: 4, meaning: 'Falls well short of the standard.' },
    ],
  },
];

/** What an inspection's judgements are called, by framework. */
const judgementAreas: Record<string, string[]> = {
  ilacs: [
    'Overall effectiveness',
    'The impact of leaders on social work practice with children and families',
    'The experiences and progress of children who need help and protection',
    'The experiences and progress of children in care and care leavers',
  ],
  'childrens-home': [
    'Overall experiences and progress of children and young people',
    'How well children and young people are helped and protected',
    'The effectiveness of leaders and managers',
  ],
  'fostering-agency': [
    'Overall experiences and progress of children and young people',
    'How well children and young people are helped and protected',
    'The effectiveness of leaders and managers',
  ],
  'adoption-agency': [
    'Overall experiences and progress of service users',
    'How well children, young people and adults are helped and protected',
    'The effectiveness of leaders and managers',
  ],
  'youth-justice': ['Overall rating', 'Organisational delivery', 'Court disposals', 'Out-of-court disposals'],
};

/** Young people's words for a judgement's area, and for each grade. */
const youngArea: Record<string, string> = {
  'Overall effectiveness': 'How good is the help overall?',
  'The impact of leaders on social work practice with children and families':
    'How well do the leaders run things?',
  'The experiences and progress of children who need help and protection': 'Are children kept safe?',
  'The experiences and progress of children in care and care leavers': 'How are children in care doing?',
  'Overall experiences and progress of children and young people': 'How are the children doing?',
  'How well children and young people are helped and protected': 'Are the children kept safe?',
  'The effectiveness of leaders and managers': 'How well do the managers run things?',
  'Overall experiences and progress of service users': 'How well does it help families?',
  'How well children, young people and adults are helped and protected': 'Are people kept safe?',
  'Overall rating': 'How good is the team overall?',
  'Organisational delivery': 'How well is the team run?',
  'Court disposals': 'How well does it help young people sent by a court?',
  'Out-of-court disposals': 'How well does it help young people who do not go to court?',
};
const youngGrade: Record<string, string[]> = {
  Outstanding: [
    'This got the best grade. Children get great help.',
    'It is the best it can be. The help is very good.',
  ],
  Good: [
    'This is good. Most children get the right help.',
    'The help here is good. There are still small things to fix.',
  ],
  'Requires improvement to be good': [
    'This is not good yet. It must get better.',
    'Some help is good, but not all of it. It has to get better.',
  ],
  'Requires improvement': [
    'This is not good yet. It must get better.',
    'Some work is good, but not all of it. It has to get better.',
  ],
  Inadequate: [
    'This got the lowest grade. Things must change fast.',
    'The help was not safe enough. Big changes must come soon.',
  ],
};

// ---------------------------------------------------------------------------------------------
// Writing files

const yaml = (data: unknown) => dump(data, { lineWidth: -1, noRefs: true });
const pad2 = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, days: number) =>
  iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const fy = (y: number) => `${y}/${pad2((y + 1) % 100)}`;
const longDate = (date: string) =>
  `${Number(date.slice(8, 10))} ${monthNames[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** The key the build gives a judgement or self-evaluation priority (src/content-types/young-people/model.ts keyPart). */
const keyPart = (words: string) =>
  words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The first and last years of content: fifteen years of a county's business. */
const firstYear = 2010;
const lastYear = 2024;

interface Org {
  id: string;
  name: string;
  shortName?: string;
  kind: 'council' | 'childrens-trust' | 'inspectorate' | 'youth-justice-service';
  area: string;
  existed: { from?: string; to?: string };
  description: string;
  relations: { kind: string; organisation: string }[];
}
interface BodyDef {
  id: string;
  name: string;
  shortName: string;
  kind: 'council' | 'executive' | 'committee' | 'scrutiny';
  organisation: string;
  description: string;
  /** Meetings a year. */
  perYear: number;
}
interface MemberDef {
  id: string;
  name: string;
  organisation: string;
  roles: { title: string; body?: string; from?: string; asAt?: string; source: string }[];
  source: string;
  bodies: string[];
}
interface DecisionRef {
  meeting: string;
  /** The item itself: its id is its minute number, given once every meeting is written. */
  item: Record<string, unknown>;
  date: string;
  organisation: string;
  kind: string;
}

/**
 * Writes content/ and data/ under dir for about `pages` built pages. Any content already there is
 * replaced.
 */
export function generateSite(dir: string, pages: number, options: GenerateOptions = {}): GeneratedSite {
  const random = new Random(options.seed ?? 20_240_601);
  const charts = options.charts ?? true;
  const content = join(dir, 'content');
  const data = join(dir, 'data');
  rmSync(content, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
  for (const folder of [
    'inspections',
    'meetings',
    'urgency-decisions',
    'plans',
    'self-evaluations',
    'young-people',
  ])
    mkdirSync(join(content, folder), { recursive: true });
  for (const folder of ['kpis', 'finance', 'risks', 'charts'])
    mkdirSync(join(data, folder), { recursive: true });
  const writeEntry = (folder: string, name: string, front: unknown, body: string) =>
    writeFileSync(join(content, folder, name), `---\n${yaml(front)}---\n\n${body.trim()}\n`);
  const writeJson = (name: string, value: unknown) =>
    writeFileSync(join(data, name), `${JSON.stringify(value, null, 2)}\n`);

  let expectedPages = 0;
  let expectedCharts = 0;
  const counts: Record<string, number> = {};
  const count = (kind: string, n = 1) => (counts[kind] = (counts[kind] ?? 0) + n);

  // How much of each kind, for about `pages` pages. Meetings and their decisions fill what is left.
  const scale = pages / 1000;
  const councilCount = 1 + Math.floor(pages / 4000);
  const membersPerCouncil = Math.round(45 + 2.5 * scale);
  const kpiTotal = Math.max(12, Math.round(0.06 * pages));
  const inspectionTotal = Math.max(4, Math.round(0.045 * pages));
  const planTotal = Math.max(2, Math.round(0.012 * pages));
  const selfEvaluationTotal = Math.max(1, Math.round(0.006 * pages));
  const urgencyTotal = Math.max(2, Math.round(0.015 * pages));

  // --- Sources: every document figures are cited from ------------------------------------------
  const sources: {
    id: string;
    title: string;
    publisher: string;
    published: string;
    kind: string;
    locator: string;
    url?: string;
  }[] = [];
  const addSource = (id: string, title: string, publisher: string, published: string, kind: string) => {
    sources.push({
      id,
      title,
      publisher,
      published,
      kind,
      locator: 'Line numbers refer to the text copy kept with the site.',
    });
    return id;
  };
  const cite = (doc: string, from?: number, lines = 0) => {
    const start = from ?? random.int(10, 2400);
    return lines > 0 ? `${doc} L${start}-${start + lines}` : `${doc} L${start}`;
  };

  // --- Organisations -------------------------------------------------------------------------------
  const county = counties[0]!;
  const organisations: Org[] = [];
  const councils: Org[] = [];
  for (let c = 0; c < councilCount; c++) {
    const area = c === 0 ? county : `${['North', 'West', 'South', 'East'][(c - 1) % 4]} ${county}`;
    const council: Org = {
      id: slugify(`${area} council`),
      name: `${area} ${c === 0 ? 'County Council' : 'Council'}`,
      kind: 'council',
      area,
      existed: c === 0 ? { from: '1974-04-01' } : { from: `${firstYear + 3 * c}-04-01` },
      description: `The council for ${area}. It runs schools, social care, roads, libraries and waste services, and is the corporate parent of the children in its care.`,
      relations: [],
    };
    councils.push(council);
  }
  const trust: Org = {
    id: slugify(`${county} childrens trust`),
    name: `${county} Children's Trust`,
    shortName: 'the Trust',
    kind: 'childrens-trust',
    area: county,
    existed: { from: '2016-11-01' },
    description: `A company owned by the councils of ${county} that runs children's social care for them: the front door, child protection, children in care, fostering and adoption.`,
    relations: councils.map((c) => ({ kind: 'serves', organisation: c.id })),
  };
  const yjs: Org = {
    id: slugify(`${county} youth justice service`),
    name: `${county} Youth Justice Service`,
    kind: 'youth-justice-service',
    area: county,
    existed: { from: '2000-04-01' },
    description: `The team that works with young people aged 10 to 17 in ${county} who get into trouble with the law, and with their victims.`,
    relations: [{ kind: 'part-of', organisation: trust.id }],
  };
  for (const council of councils) council.relations.push({ kind: 'served-by', organisation: trust.id });
  const ofsted: Org = {
    id: 'ofsted',
    name: 'Ofsted',
    kind: 'inspectorate',
    area: 'England',
    existed: { from: '1992' },
    description:
      "The Office for Standards in Education, Children's Services and Skills, which inspects services for children.",
    relations: [],
  };
  const hmip: Org = {
    id: 'hmi-probation',
    name: 'HM Inspectorate of Probation',
    kind: 'inspectorate',
    area: 'England and Wales',
    existed: { from: '1936' },
    description: 'The inspectorate of probation and youth justice services.',
    relations: [],
  };
  organisations.push(...councils, trust, yjs, ofsted, hmip);
  writeJson('organisations.json', organisations);
  count('organisations', organisations.length);
  expectedPages += organisations.length;

  // --- Bodies and members --------------------------------------------------------------------------
  const bodies: BodyDef[] = [];
  const members: MemberDef[] = [];
  const usedNames = new Set<string>();
  const membersOf = new Map<string, MemberDef[]>();
  const bodyMembers = new Map<string, MemberDef[]>();
  for (const council of councils) {
    const prefix = council.id.replace(/-council$/, '');
    const defs: Omit<BodyDef, 'organisation'>[] = [
      {
        id: `${prefix}-council`,
        name: `${council.name} (full Council)`,
        shortName: 'Council',
        kind: 'council',
        description:
          'All the councillors. It sets the budget and the policy framework and appoints the Leader.',
        perYear: 6,
      },
      {
        id: `${prefix}-cabinet`,
        name: `${council.name} Cabinet`,
        shortName: 'Cabinet',
        kind: 'executive',
        description: 'The Leader and the Cabinet members, who take most decisions on council services.',
        perYear: 11,
      },
      {
        id: `${prefix}-childrens-scrutiny`,
        name: `${council.name} Children's Services Scrutiny Committee`,
        shortName: "Children's scrutiny",
        kind: 'scrutiny',
        description: "Councillors who review decisions and performance on children's services.",
        perYear: 6,
      },
      {
        id: `${prefix}-corporate-parenting`,
        name: `${council.name} Corporate Parenting Panel`,
        shortName: 'Corporate parenting',
        kind: 'committee',
        description:
          'Councillors, officers and young people who check how the council cares for the children in its care and care leavers.',
        perYear: 5,
      },
      {
        id: `${prefix}-audit`,
        name: `${council.name} Audit and Governance Committee`,
        shortName: 'Audit',
        kind: 'committee',
        description: "Checks the council's accounts, risks and internal controls.",
        perYear: 5,
      },
      {
        id: `${prefix}-planning`,
        name: `${council.name} Strategic Planning Committee`,
        shortName: 'Planning',
        kind: 'committee',
        description: 'Decides the largest planning applications.',
        perYear: 10,
      },
      {
        id: `${prefix}-place-scrutiny`,
        name: `${council.name} Place Scrutiny Committee`,
        shortName: 'Place scrutiny',
        kind: 'scrutiny',
        description: 'Reviews decisions on roads, housing, planning and the environment.',
        perYear: 5,
      },
    ];
    for (const def of defs) bodies.push({ ...def, organisation: council.id });
    const membersSource = addSource(
      `${prefix}-members-list`,
      `${council.name}: councillors and committee memberships`,
      council.id,
      `${lastYear}-05`,
      'list of councillors',
    );
    const list: MemberDef[] = [];
    for (let m = 0; m < membersPerCouncil; m++) {
      let name: string;
      do name = `${random.pick(firstNames)} ${random.pick(surnames)}`;
      while (usedNames.has(name));
      usedNames.add(name);
      const member: MemberDef = {
        id: slugify(name),
        name,
        organisation: council.id,
        roles: [],
        source: cite(membersSource),
        bodies: [],
      };
      list.push(member);
    }
    // Roles: a leader, a chair, cabinet members, and two or three committees each.
    const [leader, chair] = list;
    leader!.roles.push({
      title: 'Leader of the Council',
      body: defs[1]!.id,
      asAt: `${lastYear}-05-20`,
      source: cite(membersSource),
    });
    chair!.roles.push({
      title: 'Chair of the Council',
      body: defs[0]!.id,
      asAt: `${lastYear}-05-20`,
      source: cite(membersSource),
    });
    const portfolios = [
      "Children's Services",
      'Finance',
      'Housing',
      'Adult Social Care',
      'Highways and Transport',
      'Environment',
      'Planning',
      'Education and Skills',
    ];
    list.slice(1, 1 + portfolios.length).forEach((member, i) => {
      member.roles.push({
        title: `Cabinet Member for ${portfolios[i]}`,
        body: defs[1]!.id,
        from: `${random.int(firstYear, lastYear - 2)}-05`,
        source: cite(membersSource),
      });
      member.bodies.push(defs[1]!.id);
    });
    leader!.bodies.push(defs[1]!.id);
    const committees = defs.slice(2);
    list.slice(1 + portfolios.length).forEach((member, i) => {
      for (const committee of [
        committees[i % committees.length]!,
        committees[(i + 2) % committees.length]!,
      ]) {
        member.roles.push({
          title: i < committees.length ? `Chair of the ${committee.shortName} committee` : 'Member',
          body: committee.id,
          source: cite(membersSource),
        });
        member.bodies.push(committee.id);
      }
    });
    for (const def of defs)
      bodyMembers.set(
        def.id,
        list.filter((m) => m.bodies.includes(def.id)),
      );
    bodyMembers.set(defs[0]!.id, list);
    membersOf.set(council.id, list);
    members.push(...list);
  }
  writeJson(
    'bodies.json',
    bodies.map(({ perYear: _perYear, ...body }) => body),
  );
  writeJson(
    'members.json',
    members.map(({ bodies: _bodies, ...member }) => ({ ...member, roles: member.roles })),
  );
  count('bodies', bodies.length);
  count('members', members.length);
  expectedPages += bodies.length + members.length;

  writeJson('topics.json', topics);
  writeJson('grading-scales.json', scales);
  writeJson('glossary.json', glossary);
  writeJson('words-to-avoid.json', wordsToAvoid);
  writeJson('helplines.json', helplines);
  writeJson('site.json', {
    name: 'Lantern',
    tagline: "Children's services, inspections and councils, in plain words",
    url: 'https://lantern.example/',
    publisher: 'Lantern',
  });

  const shortId = (org: Org) =>
    org.kind === 'council'
      ? org.id.replace(/-council$/, '')
      : org.kind === 'childrens-trust'
        ? `${slugify(county)}-trust`
        : `${slugify(county)}-yjs`;

  // --- KPIs: one or more frameworks for each council, the Trust and the youth justice service -----------
  const kpiOwners = [trust, ...councils, yjs];
  const kpisOf = new Map<string, { id: string; yp: string; headline: boolean }[]>();
  const frameworks: { owner: Org; id: string; size: number }[] = [];
  {
    const perOwner = Math.ceil(kpiTotal / kpiOwners.length);
    let left = kpiTotal;
    for (const owner of kpiOwners) {
      let ownerLeft = Math.min(perOwner, left);
      left -= ownerLeft;
      let n = 1;
      while (ownerLeft > 0) {
        const size = Math.min(ownerLeft, 20);
        frameworks.push({
          owner,
          id: `${shortId(owner)}-${['performance', 'contract', 'scorecard', 'improvement', 'quality', 'sufficiency'][(n - 1) % 6]}${n > 6 ? `-${n}` : ''}-kpis`,
          size,
        });
        ownerLeft -= size;
        n++;
      }
    }
  }
  for (const { owner, id, size } of frameworks) {
    const reportYear = random.int(firstYear + 4, lastYear - 1);
    const doc = addSource(
      `${id}-report-${reportYear}`,
      `${owner.name}: performance report, ${fy(reportYear)}`,
      owner.id,
      `${reportYear + 1}-05`,
      'performance report',
    );
    const start = random.int(firstYear, lastYear - 5);
    const kpis = [];
    for (let k = 0; k < size; k++) {
      const template =
        kpiTemplates[(k + frameworks.indexOf(frameworks.find((f) => f.id === id)!)) % kpiTemplates.length]!;
      const kpiId = `${id.replace(/-kpis$/, '')}-${pad2(k + 1)}`;
      const frequency = k % 5 === 3 ? 'quarterly' : k % 7 === 6 ? 'annual' : 'monthly';
      const observations = [];
      let value = template.base;
      const step = template.spread / 4;
      const clamp = (v: number) =>
        template.unit === 'percent' ? Math.min(100, Math.max(0, v)) : Math.max(0, v);
      const round = (v: number) => (template.unit === 'percent' ? Math.round(v * 10) / 10 : Math.round(v));
      const figure = (): { value: number | null; missing?: string } => {
        value = clamp(value + (random.float() - 0.5) * 2 * step + (template.base - value) * 0.1);
        if (!charts) return { value: null, missing: 'not reported' };
        if (random.chance(0.03))
          return { value: null, missing: random.pick(['not reported', 'chart only', 'no activity']) };
        return { value: round(value) };
      };
      let line = random.int(100, 900);
      if (frequency === 'monthly') {
        const months = random.int(36, 12 * (lastYear - start + 1));
        for (let m = 0; m < months; m++) {
          const year = start + Math.floor((m + 3) / 12);
          const month = ((m + 3) % 12) + 1;
          observations.push({ period: `${year}-${pad2(month)}`, ...figure(), source: cite(doc, line++) });
        }
      } else if (frequency === 'quarterly') {
        for (let year = start; year <= lastYear - 1; year++)
          for (let q = 1; q <= 4; q++)
            observations.push({ period: `${fy(year)} Q${q}`, ...figure(), source: cite(doc, line++) });
      } else
        for (let year = start; year <= lastYear - 1; year++)
          observations.push({ period: fy(year), ...figure(), source: cite(doc, line++) });
      const headline = k < 4;
      const kpi = {
        id: kpiId,
        number: String(k + 1),
        name: template.name,
        plainName: template.plain,
        unit: template.unit,
        polarity: template.polarity,
        ...(template.polarity !== 'neither' && k % 3 === 0 ? { polaritySource: cite(doc) } : {}),
        frequency,
        ...(template.target
          ? {
              target: {
                operator: template.target[0],
                value: template.target[1],
                from: fy(start),
                source: cite(doc),
              },
            }
          : {}),
        ...(template.target && k % 4 === 0
          ? { tolerance: { value: Math.max(1, Math.round(template.spread / 3)), source: cite(doc) } }
          : {}),
        headline,
        notes:
          k % 6 === 2
            ? [`Figures before ${start + 2} were counted on an older definition (${cite(doc)}).`]
            : [],
        observations,
        benchmarks:
          template.unit === 'count'
            ? []
            : [
                {
                  comparator: 'england',
                  period: fy(lastYear - 2),
                  value: round(clamp(template.base + (random.float() - 0.5) * template.spread)),
                  source: cite(doc),
                },
                {
                  comparator: 'statistical-neighbours',
                  period: fy(lastYear - 2),
                  value: round(clamp(template.base + (random.float() - 0.5) * template.spread)),
                  source: cite(doc),
                },
              ],
        source: cite(doc),
      };
      kpis.push(kpi);
      const list = kpisOf.get(owner.id) ?? [];
      list.push({ id: kpiId, yp: template.yp, headline });
      kpisOf.set(owner.id, list);
      expectedPages += 1;
      if (charts) expectedCharts += 1 + (headline ? 1 : 0); // its page, and its owner's performance page
      count('kpis');
    }
    writeJson(join('kpis', `${id}.json`), {
      framework: {
        id,
        name: `${owner.name}: ${id.includes('contract') ? 'contract' : 'performance'} measures`,
        organisation: owner.id,
        description: `The measures ${owner.name} reports to councillors (${cite(doc)}).`,
        ratingNote: 'The report rates each measure red, amber or green against its target.',
        source: cite(doc),
      },
      kpis,
    });
    count('kpi frameworks');
  }
  expectedPages += kpiOwners.length; // performance pages

  // --- Meetings: what is left of the page budget, across fifteen years ---------------------------------
  const decisions: DecisionRef[] = [];
  const secrets = { count: 0 };
  const years = lastYear - firstYear + 1;
  // Everything else, counted before the meetings so they fill the rest.
  const otherPages =
    expectedPages +
    2 * inspectionTotal +
    2 * planTotal +
    2 * selfEvaluationTotal +
    urgencyTotal +
    16 +
    (years + 12 + topics.length + bodies.length + 1);
  const meetingPagesWanted = Math.max(10, pages - otherPages);
  const meetingBodies = bodies.map((body) => ({ body, weight: body.perYear }));
  const totalWeight = meetingBodies.reduce((n, b) => n + b.weight, 0);
  const meetingSlugs = new Set<string>();
  let meetingPages = 0;
  const meetingsWritten: {
    slug: string;
    body: BodyDef;
    date: string;
    status: string;
    items: Record<string, unknown>[];
    front: Record<string, unknown>;
    text: string;
  }[] = [];
  let meetingIndex = 0;
  while (meetingPages < meetingPagesWanted) {
    // Bodies in proportion to how often they meet; dates spread over the fifteen years, a few still to come.
    let roll = random.float() * totalWeight;
    const { body } = meetingBodies.find((b) => (roll -= b.weight) < 0) ?? meetingBodies[0]!;
    const scheduled = random.chance(0.02);
    const yearOffset = scheduled ? years : Math.floor(random.float() * years);
    let date = `${firstYear + yearOffset}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`;
    while (meetingSlugs.has(`${body.id}-${date}`)) date = addDays(date, 1);
    const slug = `${body.id}-${date}`;
    meetingSlugs.add(slug);
    const council = councils.find((c) => c.id === body.organisation)!;
    const doc = addSource(
      `${slug}-minutes`,
      `${body.name}: ${scheduled ? 'agenda' : 'minutes'} of ${longDate(date)}`,
      council.id,
      scheduled ? date : addDays(date, 14),
      scheduled ? 'agenda' : 'minutes',
    );
    let line = random.int(20, 200);
    const next = (n = 0) => {
      const at = line;
      line += n + random.int(1, 12);
      return n > 0 ? `${doc} L${at}-${at + n}` : `${doc} L${at}`;
    };
    const pool = bodyMembers.get(body.id)!;
    const everyone = membersOf.get(council.id)!;
    const cabinet = bodyMembers.get(`${council.id.replace(/-council$/, '')}-cabinet`)!;
    const refer = (m: MemberDef) => (random.chance(0.3) ? `Cllr ${m.name}` : m.name);
    const place = random.pick(places);
    const year = Number(date.slice(0, 4));
    const items: Record<string, unknown>[] = [];
    let pagesHere = 1;
    // Held meetings number their items as minutes, in date order per body, once all are drawn.
    const id = (n: number) => (scheduled ? `item-${n}` : 'minute-0');
    let agenda = 1;
    const number = (itemId: string) =>
      itemId.startsWith('minute-') ? { minute: 0 } : { agendaItem: String(agenda) };
    // Sources in the order the minutes give them: the notice and attendance first, then the items.
    const head = { notice: next(), attendance: next(3), participation: next() };
    const push = (item: Record<string, unknown>) => {
      items.push(item);
      agenda++;
      if (item.outcome !== 'none') pagesHere++;
    };
    const apologies = random.some(pool, random.int(0, Math.min(4, Math.floor(pool.length / 4))));
    let itemId = id(agenda);
    push({
      id: itemId,
      ...number(itemId),
      title: 'Apologies for absence',
      kind: 'apologies',
      outcome: 'none',
      source: next(),
    });
    itemId = id(agenda);
    const declarer = random.pick(pool);
    push({
      id: itemId,
      ...number(itemId),
      title: 'Declarations of interest',
      kind: 'declarations',
      ...(scheduled
        ? {}
        : {
            declarations: random.chance(0.3)
              ? [{ member: refer(declarer), interest: `Is a governor of a school in ${place}.` }]
              : [],
          }),
      outcome: 'none',
      source: next(),
    });
    if (!scheduled) {
      itemId = id(agenda);
      push({
        id: itemId,
        ...number(itemId),
        title: 'Minutes',
        kind: 'minutes',
        summary: 'The minutes of the last meeting.',
        resolution: [{ text: 'The minutes of the last meeting were agreed as a correct record.' }],
        outcome: 'agreed',
        topics: ['governance'],
        source: next(),
      });
    }
    const business = random.int(2, body.shortName === 'Planning' ? 3 : 5);
    for (let b = 0; b < business; b++) {
      const subject = random.pick(subjects);
      const title = subject.title(place, year);
      const isReport = body.kind === 'scrutiny' || (body.kind === 'committee' && random.chance(0.6));
      const outcome = scheduled
        ? 'pending'
        : isReport
          ? 'noted'
          : body.kind === 'executive' && random.chance(0.15)
            ? 'recommended-to-council'
            : random.pick(['approved', 'approved', 'agreed', 'adopted', 'deferred'] as const);
      itemId = id(agenda);
      const presenter = random.pick(body.kind === 'executive' ? cabinet : pool);
      const exempt = !scheduled && random.chance(0.03);
      if (exempt) secrets.count++;
      const item: Record<string, unknown> = {
        id: itemId,
        ...number(itemId),
        pages: `${random.int(1, 40)}-${random.int(41, 120)}`,
        title,
        kind: isReport ? 'report' : 'decision',
        summary: subject.summary(place),
        presenter: refer(presenter),
        ...(random.chance(0.2) ? { seconder: refer(random.pick(pool)) } : {}),
        declarations:
          !scheduled && random.chance(0.1)
            ? [
                {
                  member: refer(random.pick(pool)),
                  interest: random.pick([
                    'Lives near the site.',
                    'Is a foster carer.',
                    'Works for a local charity that bids for the contract.',
                    'Has a family member who works for the council.',
                  ]),
                },
              ]
            : [],
        resolution: scheduled
          ? []
          : isReport
            ? [
                {
                  text: `The committee noted the report and asked for an update in ${random.int(3, 12)} months.`,
                },
              ]
            : [
                {
                  label: 'a',
                  text: `${body.shortName} ${outcome === 'deferred' ? 'deferred a decision on' : 'approved'} the proposals in the report.`,
                },
                ...(random.chance(0.6)
                  ? [
                      {
                        label: 'b',
                        text: `${body.shortName} delegated authority to the Director of Children's Services, in consultation with the portfolio holder, to finalise the details.`,
                      },
                    ]
                  : []),
                ...(random.chance(0.3)
                  ? [{ label: 'c', text: `${body.shortName} asked for a report on progress within a year.` }]
                  : []),
              ],
        reasons: scheduled ? [] : subject.reasons,
        alternatives: scheduled ? [] : subject.alternatives,
        outcome,
        ...(outcome === 'recommended-to-council'
          ? { outcomeNote: 'Full Council makes the final decision.' }
          : {}),
        ...(body.kind === 'executive' ? { keyDecision: random.chance(0.5) } : {}),
        topics: [...subject.topics],
        ...(exempt
          ? {
              exempt: [
                {
                  title: 'Appendix B: commercial terms',
                  reason:
                    'Information about the financial or business affairs of a particular person, including the authority holding that information.',
                  paragraph: 3,
                  confidential: `Bench note ${slug} item ${agenda}: the preferred bidder offered ${random.int(2, 9)}.${random.int(1, 9)} million pounds for the whole contract.`,
                },
              ],
            }
          : {}),
        source: next(random.int(2, 20)),
      };
      push(item);
      if (!scheduled)
        decisions.push({ meeting: slug, item, date, organisation: council.id, kind: body.kind });
    }
    if (body.kind === 'council' && !scheduled) {
      const motions = random.int(0, 2);
      for (let m = 0; m < motions; m++) {
        const subject = random.pick(motionSubjects);
        const [proposer, seconder, mover, amendmentSeconder] = random.some(everyone, 4);
        const outcome = random.pick([
          'carried',
          'carried',
          'lost',
          'carried-as-amended',
          'referred',
        ] as const);
        const recorded = random.chance(0.3);
        const forCount = random.int(20, 40);
        const againstCount = random.int(5, 30);
        itemId = id(agenda);
        const motionItem: Record<string, unknown> = {
          id: itemId,
          ...number(itemId),
          title: `Motion: ${subject.summary.replace(/^Calls (on|for) (the council to )?|^Asks (the council|the Cabinet) to /, '').replace(/\.$/, '')}`,
          kind: 'motion',
          motion: {
            number: m + 1,
            proposer: refer(proposer!),
            seconder: refer(seconder!),
            summary: subject.summary,
            amendments:
              outcome === 'carried-as-amended'
                ? [
                    {
                      mover: refer(mover!),
                      seconder: refer(amendmentSeconder!),
                      summary: 'Added a request for a report on the cost within six months.',
                      acceptedByProposer: random.chance(0.5),
                      outcome: 'carried',
                      source: next(),
                    },
                  ]
                : [],
            procedural:
              outcome === 'referred'
                ? [
                    {
                      summary: 'refer the motion to the Cabinet',
                      referTo: `${council.id.replace(/-council$/, '')}-cabinet`,
                      mover: refer(mover!),
                      outcome: 'carried',
                      source: next(),
                    },
                  ]
                : [],
            vote: recorded
              ? {
                  method: 'show of hands',
                  for: forCount,
                  against: againstCount,
                  abstentions: random.int(0, 5),
                  source: next(),
                }
              : { method: random.pick(['not recorded', 'without a vote'] as const) },
          },
          outcome,
          topics: [...subject.topics],
          source: next(random.int(3, 15)),
        };
        push(motionItem);
        decisions.push({ meeting: slug, item: motionItem, date, organisation: council.id, kind: 'council' });
      }
    }
    const present = pool.filter((m) => !apologies.includes(m));
    const front: Record<string, unknown> = {
      body: body.id,
      date,
      start: random.pick(['10:00', '14:00', '17:00', '18:00', '18:30', '19:00']),
      ...(scheduled || random.chance(0.1) ? {} : { end: random.pick(['12:10', '16:45', '20:05', '21:30']) }),
      venue: random.pick([
        `Council Chamber, ${place}`,
        `The Guildhall, ${place}`,
        `Room 2, One Angel Square, ${place}`,
        'Online (Microsoft Teams)',
      ]),
      status: scheduled ? 'scheduled' : 'held',
      summary: scheduled
        ? `${body.shortName} will consider ${items.length - 2} items, including ${String(items[items.length - 1]!.title)}.`
        : `${body.shortName} considered ${items.length - 3} items of business, including ${String(items[3]?.title ?? items[items.length - 1]!.title)}.`,
      ...(body.kind === 'executive' && !scheduled
        ? {
            decisionNotice: {
              published: addDays(date, 1),
              callInDeadline: addDays(date, 8),
              earliestImplementation: addDays(date, 9),
              notSubjectToCallIn: 'None',
              source: head.notice,
            },
          }
        : {}),
      ...(scheduled
        ? {}
        : {
            attendance: {
              present: present.map(refer),
              apologies: apologies.map(refer),
              ...(body.kind === 'committee' && random.chance(0.3) && apologies[0]
                ? {
                    substitutes: [
                      { member: refer(everyone.find((m) => !pool.includes(m))!), for: refer(apologies[0]) },
                    ],
                  }
                : {}),
              source: head.attendance,
            },
            officers: [
              {
                name: `${random.pick(firstNames)} ${random.pick(surnames)}`,
                role: "Director of Children's Services",
              },
              { role: 'Democratic Services Officer' },
              { role: 'Monitoring Officer' },
            ],
            publicParticipation: {
              petitions: random.int(0, 2),
              speakers: random.int(0, 5),
              subjects: [String(items[3]?.title ?? 'the budget')],
              source: head.participation,
            },
          }),
      items,
      source: doc,
    };
    const paragraphs = [
      `${body.name} met on ${longDate(date)}${scheduled ? '.' : `, with ${present.length} members present.`} ${scheduled ? 'The agenda is published; the decisions will be added when the minutes are.' : `The main business was ${String(items[3]?.title ?? 'routine')}.`}`,
      ...(scheduled
        ? []
        : [
            `Members asked about the cost of the proposals and their effect on children and families in ${place} (${next()}). Officers said a fuller report would follow.`,
          ]),
    ];
    meetingsWritten.push({
      slug,
      body,
      date,
      status: scheduled ? 'scheduled' : 'held',
      items,
      front,
      text: paragraphs.join('\n\n'),
    });
    meetingPages += pagesHere;
    meetingIndex++;
    count('meetings');
    count('decisions and motions', pagesHere - 1);
  }
  expectedPages += meetingPages;
  // Minute numbers run on through the years, per body, in date order.
  meetingsWritten.sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  const minutes = new Map<string, number>();
  for (const meeting of meetingsWritten) {
    if (meeting.status === 'held')
      for (const item of meeting.items) {
        const minute = (minutes.get(meeting.body.id) ?? 0) + 1;
        minutes.set(meeting.body.id, minute);
        item.id = `minute-${minute}`;
        item.minute = minute;
      }
    writeEntry('meetings', `${meeting.slug}.md`, meeting.front, meeting.text);
  }

  // --- Urgency decisions, reported to a later meeting of full Council --------------------------------
  const urgencyYears = new Set<string>();
  for (let u = 0; u < urgencyTotal; u++) {
    const council = random.pick(councils);
    const prefix = council.id.replace(/-council$/, '');
    const list = membersOf.get(council.id)!;
    const subject = random.pick(subjects);
    const date = `${random.int(firstYear, lastYear)}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`;
    const slug = `${prefix}-urgent-${date}-${u + 1}`;
    const doc = addSource(
      `${slug}-record`,
      `${council.name}: record of an urgent decision, ${longDate(date)}`,
      council.id,
      date,
      'record of decision',
    );
    const laterCouncil = meetingsWritten.find(
      (m) => m.body.id === `${prefix}-council` && m.status === 'held' && m.date > date,
    );
    const title = subject.title(random.pick(places), Number(date.slice(0, 4)));
    writeEntry(
      'urgency-decisions',
      `${slug}.md`,
      {
        title: `Urgent decision: ${title}`,
        date,
        decisionMaker: list[0]!.name,
        decisionMakerRole: 'Leader of the Council',
        keyDecision: random.chance(0.5),
        executive: true,
        consent: {
          member: list[list.length - 1]!.name,
          role: "Chair of the Children's Services Scrutiny Committee",
          how: 'by e-mail',
          when: date,
        },
        decision: `${subject.summary(random.pick(places))} (${cite(doc, 12)})`,
        reasons: [
          'The decision could not wait until the next meeting without losing the opportunity.',
          ...subject.reasons.slice(0, 1),
        ],
        alternatives: subject.alternatives,
        topics: [...subject.topics],
        reportedTo: laterCouncil
          ? [{ meeting: laterCouncil.slug, item: String(laterCouncil.items[2]!.id) }]
          : [],
        source: cite(doc, 10, 20),
      },
      `The Leader took this decision under the urgency procedure because it could not wait for the next Cabinet (${cite(doc, 14)}).`,
    );
    urgencyYears.add(date.slice(0, 4));
    count('urgency decisions');
  }
  expectedPages += urgencyTotal;

  // --- Inspections, each with its young people's version -----------------------------------------------
  const inspectionsOf = new Map<string, { slug: string; date: string; framework: string }[]>();
  const homes = places.slice(0, 8).map((p) => `${p} House`);
  const inspectionSlugs = new Set<string>();
  for (let i = 0; i < inspectionTotal; i++) {
    const roll = i % 20;
    const framework =
      roll < 10
        ? 'childrens-home'
        : roll < 12
          ? 'ilacs'
          : roll < 14
            ? 'monitoring-visit'
            : roll < 15
              ? 'focused-visit'
              : roll < 17
                ? 'fostering-agency'
                : roll < 18
                  ? 'adoption-agency'
                  : roll < 19
                    ? 'youth-justice'
                    : 'monitoring-visit';
    const owner =
      framework === 'youth-justice'
        ? yjs
        : framework === 'ilacs' || framework === 'monitoring-visit' || framework === 'focused-visit'
          ? random.pick([...councils, trust])
          : trust;
    const inspectorate = framework === 'youth-justice' ? hmip : ofsted;
    const start = `${random.int(firstYear, lastYear)}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 20))}`;
    const end = addDays(start, framework === 'ilacs' ? 11 : framework === 'childrens-home' ? 1 : 3);
    const published = addDays(end, random.int(20, 50));
    const home = framework === 'childrens-home' ? random.pick(homes) : undefined;
    const what = home
      ? `${home}, a children's home run by ${owner.name}`
      : framework === 'youth-justice'
        ? `youth justice services in ${county}`
        : `${owner.name}'s children's services`;
    let slug = `${slugify(home ?? shortId(owner))}-${start.slice(0, 7)}-${framework}`;
    while (inspectionSlugs.has(slug)) slug = `${slug}-2`;
    inspectionSlugs.add(slug);
    const doc = addSource(
      `${slug}-report`,
      `${inspectorate.name}: inspection of ${what}`,
      inspectorate.id,
      published,
      'inspection report',
    );
    const graded = !['monitoring-visit', 'focused-visit'].includes(framework);
    const scale = framework === 'youth-justice' ? scales[1]! : scales[0]!;
    const grades = scale.grades.map((g) => g.label);
    const overall = random.pick([grades[1]!, grades[1]!, grades[2]!, grades[0]!, grades[3]!]);
    const areas = judgementAreas[framework] ?? [];
    const judgements = areas.map((area, j) => ({
      area,
      grade: j === 0 ? overall : random.pick([overall, overall, grades[1]!, grades[2]!]),
      source: cite(doc, 20 + j * 3),
    }));
    const monthYear = `${monthNames[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
    const front = {
      title: home
        ? `Inspection of ${home}, ${monthYear}`
        : `${framework === 'ilacs' ? 'Inspection' : framework === 'youth-justice' ? 'Inspection of youth justice services' : framework === 'focused-visit' ? 'Focused visit' : framework === 'monitoring-visit' ? 'Monitoring visit' : 'Inspection'} of ${owner.name}${framework.endsWith('agency') ? `'s ${framework.replace('-agency', '')} agency` : ''}, ${monthYear}`,
      summary: graded
        ? `${inspectorate.name} judged ${what} ${overall.toLowerCase()} overall.`
        : `Inspectors looked at ${random.pick(['the front door', 'care leavers', 'children in care', 'child protection'])} and found ${random.pick(['progress', 'some progress', 'too little progress'])}.`,
      organisation: owner.id,
      inspectorates: [inspectorate.id],
      framework,
      dates: { start, end, published, source: cite(doc, 1, 3) },
      ...(graded
        ? { scale: scale.id, judgementGroups: [{ title: 'Judgements', judgements }] }
        : {
            findings: [0, 1, 2].map((f) => ({
              text: random.pick([
                'Referrals are dealt with faster than at the last visit.',
                'Too many children wait for an assessment.',
                'Managers know the service well.',
                'Plans for care leavers are clearer.',
                'Supervision of social workers is not regular enough.',
                'Children are seen alone and their views recorded.',
              ]),
              source: cite(doc, 40 + f * 5),
            })),
          }),
      areasForImprovement: [0, 1, 2].slice(0, random.int(1, 3)).map((a) => ({
        timescale: random.pick(['immediately', 'within 3 months', 'within 6 months', 'not stated']),
        text: random.pick([
          'Make sure every child has an up-to-date plan.',
          'Improve the quality of supervision for social workers.',
          'Make pathway plans for care leavers clearer.',
          "Record children's views in their plans.",
          'Check that risk assessments are reviewed after every incident.',
          'Make sure return home interviews happen within 72 hours.',
        ]),
        source: cite(doc, 60 + a * 4),
      })),
      keyFigures: [
        {
          label: home ? 'Children living at the home' : 'Children in care',
          value: home ? random.int(1, 4) : random.int(400, 1200),
          unit: 'count',
          source: cite(doc, 8),
        },
        ...(random.chance(0.3)
          ? [
              {
                label: 'Care leavers in education, employment or training',
                value: null,
                unit: 'percent',
                missing: 'chart only in the report',
              },
            ]
          : []),
      ],
      report: { source: doc, howToGet: `The full report is on ${inspectorate.name}'s website.` },
    };
    const body = [
      `## What the inspectors found`,
      `${graded ? `Inspectors judged ${what} ${overall.toLowerCase()} overall` : `Inspectors visited ${what}`} (${cite(doc, 30)}). ${random.pick(['Children said they felt safe and listened to.', 'Managers have a clear picture of what needs to improve.', 'Too much work is still not good enough.', 'Staff know the children well.'])} ${random.pick(['Records were mostly up to date.', 'Some plans had not been reviewed on time.', 'Partners work well together.'])}`,
      `## What must improve`,
      `The report asks for ${front.areasForImprovement.length} improvement${front.areasForImprovement.length === 1 ? '' : 's'}, listed above. The next inspection will check them.`,
    ].join('\n\n');
    writeEntry('inspections', `${slug}.md`, front, body);
    const list = inspectionsOf.get(owner.id) ?? [];
    list.push({ slug, date: start, framework });
    inspectionsOf.set(owner.id, list);

    // The young people's version: every judgement explained.
    const who =
      home ??
      (owner.kind === 'childrens-trust'
        ? 'the Trust'
        : owner.kind === 'youth-justice-service'
          ? 'the youth justice team'
          : 'the council');
    const checker = inspectorate.id === 'ofsted' ? 'Ofsted' : 'Inspectors';
    const youngTitle = `What did ${checker === 'Ofsted' ? 'Ofsted' : 'the inspectors'} find at ${home ?? who} in ${start.slice(0, 4)}?`;
    writeEntry(
      'young-people',
      `${slug}.mdx`,
      {
        title: youngTitle,
        summary: graded
          ? `${checker} checked ${who} in ${monthYear}. They said it was ${overall === grades[0] ? 'the best it can be' : overall === grades[1] ? 'good' : overall === grades[3] ? 'not safe enough' : 'not good yet'}.`
          : `${checker} made a short visit to ${who} in ${monthYear}.`,
        of: { kind: 'inspection', id: slug },
        covers: judgements.map((j, n) => ({
          item: `judgement/${keyPart(j.area)}`,
          heading: youngArea[j.area] ?? 'What did they say?',
          says: youngGrade[j.grade]![n % 2]!,
        })),
      },
      [
        `## What was the check?`,
        `${checker} came to see how well ${who} helps children. They came in ${monthYear} (${cite(doc, 1, 3)}).`,
        `## What happens next?`,
        random.pick([
          `${who[0]!.toUpperCase()}${who.slice(1)} must fix the things the report lists. ${checker} will come back to check.`,
          `There is a list of things to fix. The next visit will check them.`,
        ]),
      ].join('\n\n'),
    );
    count('inspections');
    count("young people's versions");
  }
  expectedPages += 2 * inspectionTotal;

  // --- Plans, with KPI charts, finance, risks and a young people's version ----------------------------
  const plansOwners = [trust, ...councils, yjs];
  for (let p = 0; p < planTotal; p++) {
    const owner = plansOwners[p % plansOwners.length]!;
    const kind =
      owner === yjs
        ? 'youth-justice-plan'
        : random.pick(['business-plan', 'improvement-plan', 'strategy', 'annual-report'] as const);
    const year = random.int(firstYear + 2, lastYear);
    const slug = `${shortId(owner)}-${kind}-${year}-${p + 1}`;
    const doc = addSource(
      `${slug}-document`,
      `${owner.name}: ${kind.replace(/-/g, ' ')} ${fy(year)}`,
      owner.id,
      `${year}-04`,
      kind.replace(/-/g, ' '),
    );
    const priorities = random.some(priorityTitles, random.int(3, 5));
    const ownKpis = kpisOf.get(owner.id) ?? [];
    const charted = random.some(ownKpis, Math.min(ownKpis.length, random.int(2, 3)));
    const measured = random.some(ownKpis, Math.min(ownKpis.length, 6));
    const financeId = `${slug}-budget`;
    const riskId = `${slug}-risks`;
    const chartId = `${slug}-spending`;
    const lines = ['Placements', 'Staffing', 'Early help', 'Legal costs', 'Transport', 'Commissioning'];
    const budget = lines.map(() => random.int(800, 40_000));
    writeJson(join('finance', `${financeId}.json`), {
      id: financeId,
      title: `Children's services budget ${fy(year)}`,
      organisation: owner.id,
      period: `${fy(year)}, forecast at ${random.pick(['December', 'March'])} ${year + 1}`,
      unit: 'thousand pounds',
      columns: [
        { id: 'budget', label: 'Budget' },
        { id: 'outturn', label: 'Forecast outturn' },
        { id: 'variance', label: 'Variance' },
      ],
      rows: [
        ...lines.map((lineName, i) => {
          const outturn = budget[i]! + random.int(-300, 900);
          return {
            line: lineName,
            values: [budget[i]!, outturn, outturn - budget[i]!],
            source: cite(doc, 300 + i),
          };
        }),
        {
          line: 'Total',
          values: [budget.reduce((a, b) => a + b, 0), null, null],
          total: true,
          source: cite(doc, 306),
        },
      ],
      source: cite(doc, 299, 8),
    });
    writeJson(join('risks', `${riskId}.json`), {
      id: riskId,
      title: 'Strategic risks',
      organisation: owner.id,
      asAt: `${year}-03`,
      risks: [
        'Not enough foster carers',
        'Rising cost of homes for children in care',
        'Not enough permanent social workers',
        'A cyber attack stops case recording',
        'Demand for education, health and care plans outstrips capacity',
      ]
        .slice(0, random.int(2, 5))
        .map((title, i) => ({
          ref: `R${i + 1}`,
          title,
          owner: "Director of Children's Services",
          initial: { likelihood: random.int(3, 5), impact: random.int(3, 5) },
          mitigations: [
            'A recovery plan overseen by the leadership team.',
            'Monthly reports to the Cabinet member.',
          ],
          current: { likelihood: random.int(2, 4), impact: random.int(2, 5) },
          target: { likelihood: random.int(1, 3), impact: random.int(2, 4) },
          source: cite(doc, 400 + i),
        })),
      source: cite(doc, 399, 10),
    });
    const customChart = charts && kind === 'business-plan';
    if (customChart) {
      writeJson(join('charts', `${chartId}.json`), {
        id: chartId,
        title: `Where ${owner.name}'s children's services money goes, ${fy(year)}`,
        organisation: owner.id,
        columns: [
          { field: 'line', label: 'Spending line', unit: 'text' },
          { field: 'budget', label: `Budget for ${fy(year)}`, unit: 'pounds' },
        ],
        rows: lines.map((lineName, i) => ({
          cells: [lineName, budget[i]! * 1000],
          source: cite(doc, 300 + i),
        })),
        spec: {
          mark: 'bar',
          encoding: {
            y: { field: 'line', type: 'nominal', title: null },
            x: { field: 'budget', type: 'quantitative', title: 'Pounds' },
          },
        },
        source: cite(doc, 299, 8),
      });
      count('charts of other figures');
    }
    const decision = decisions.find(
      (d) =>
        d.organisation === (owner.kind === 'council' ? owner.id : councils[0]!.id) &&
        d.date.startsWith(String(year)) &&
        d.kind === 'executive',
    );
    const front = {
      title: `${owner.name}: ${kind === 'business-plan' ? 'Business Plan' : kind === 'improvement-plan' ? 'Improvement Plan' : kind === 'strategy' ? "Children and Young People's Strategy" : kind === 'youth-justice-plan' ? 'Youth Justice Plan' : 'Annual Report'} ${fy(year)}`,
      kind,
      organisation: owner.id,
      period: `${fy(year)} to ${fy(year + 2)}`,
      status: year < lastYear - 2 ? 'superseded' : 'published',
      ...(decision ? { considered: [{ meeting: decision.meeting, item: String(decision.item.id) }] } : {}),
      published: `${year}-04`,
      summary: `What ${owner.name} means to achieve for children from ${fy(year)}, and how it will know it is working.`,
      vision: { text: 'Every child safe, heard and hopeful.', source: cite(doc, 5) },
      values: [
        { text: 'Listen first.', source: cite(doc, 6) },
        { text: 'Do what we say we will.', source: cite(doc, 7) },
      ],
      commitment: {
        text: 'We will walk beside you until you no longer need us.',
        author: `${county}'s Children in Care Council`,
        source: cite(doc, 8),
      },
      priorities: priorities.map(([title, statement], i) => ({
        id: slugify(title),
        title,
        statement,
        source: cite(doc, 20 + i),
      })),
      outcomes: priorities.slice(0, 3).map(([title], i) => ({
        id: String(i + 1),
        title: `Children are ${['safe', 'thriving', 'ready for adult life'][i]}`,
        subOutcomes: [{ id: `${i + 1}a`, title: `Progress on ${title.toLowerCase()}` }],
        measures: measured.slice(i * 2, i * 2 + 2).map((k) => k.id),
        source: cite(doc, 40 + i),
      })),
      ragCriteria: [
        {
          rating: 'green',
          appliesTo: 'delivery',
          meaning: 'On track to be delivered by the date set.',
          source: cite(doc, 50),
        },
        {
          rating: 'amber',
          appliesTo: 'delivery',
          meaning: 'Some delay, with a plan to recover.',
          source: cite(doc, 51),
        },
        { rating: 'red', appliesTo: 'delivery', meaning: 'Off track.', source: cite(doc, 52) },
      ],
      improvementPlan: {
        title: 'Improvement plan',
        period: `April ${year} to March ${year + 1}`,
        source: cite(doc, 60, 30),
        actions: Array.from({ length: random.int(4, 12) }, (_, a) => ({
          ref: `${Math.floor(a / 3) + 1}.${(a % 3) + 1}`,
          theme: `Theme ${Math.floor(a / 3) + 1}: ${priorities[Math.floor(a / 3) % priorities.length]![0].toLowerCase()}`,
          action: random.pick([
            'Speed up decisions on referrals.',
            'Train partners in making good referrals.',
            "Cut social workers' caseloads.",
            'Recruit 20 new foster families.',
            'Audit 30 case files a month.',
            "Open two small children's homes.",
            'Give every care leaver a personal adviser by 18.',
          ]),
          lead: random.pick([
            'Head of the front door',
            'Head of children in care',
            'Principal social worker',
            'Head of fostering',
          ]),
          timescale: `${random.pick(monthNames)} ${year + 1}`,
          direction: random.pick(['up', 'same', 'down'] as const),
          ragDelivery: random.pick(['green', 'amber', 'red'] as const),
          ragOutcome: random.pick(['green', 'amber', 'red', 'not rated'] as const),
          source: cite(doc, 61 + a),
        })),
      },
      kpis: measured.map((k) => k.id),
      finance: [financeId],
      risks: [riskId],
      appendices: [
        {
          title: 'Appendix 3: detailed budget',
          status: random.chance(0.3) ? 'not yet published' : 'published',
          source: cite(doc, 500),
        },
      ],
      source: doc,
    };
    const body = [
      `${owner.name} wants every child to get help early and to live safely with their family wherever possible (${cite(doc, 12)}). This plan sets out how, over three years.`,
      `## How we will know`,
      ...charted.flatMap((k) => [
        `The plan tracks this measure every month and reports it to councillors (${cite(doc, 70)}).`,
        `<Chart kpi="${k.id}" />`,
      ]),
      ...(customChart
        ? [
            `## Money`,
            `Most of the budget pays for homes for children in care and for staff (${cite(doc, 300)}).`,
            `<Chart spec="${chartId}" />`,
          ]
        : []),
    ].join('\n\n');
    writeEntry('plans', `${slug}.mdx`, front, body);
    if (charts) expectedCharts += charted.length + (customChart ? 1 : 0);

    writeEntry(
      'young-people',
      `${slug}.mdx`,
      {
        title: `What is the plan for ${year} to ${year + 3}?`,
        summary: `${owner.name} made a plan to help children. It has ${priorities.length} big aims.`,
        of: { kind: 'plan', id: slug },
        covers: [
          ...priorities.map(([title, , young]) => ({
            item: `priority/${slugify(title)}`,
            heading: random.pick(['What is this aim?', 'What will change?']),
            says: young,
          })),
          ...charted.map((k) => ({
            item: `kpi/${k.id}`,
            heading: k.yp,
            says: random.pick([
              'The plan checks this number each month. It wants it to get better.',
              'This number shows if things are getting better. The council looks at it often.',
            ]),
          })),
        ],
      },
      [
        `## What is a plan?`,
        `A plan says what ${owner.kind === 'council' ? 'the council' : owner.kind === 'childrens-trust' ? 'the Trust' : 'the team'} wants to do. It says how it will check that it is working.`,
        `## Who made it?`,
        `It was made in ${year}. Children and young people helped to write it (${cite(doc, 9)}).`,
      ].join('\n\n'),
    );
    count('plans');
    count("young people's versions");
  }
  expectedPages += 2 * planTotal;

  // --- Self-evaluations --------------------------------------------------------------------------------
  const evaluators = [trust, ...councils];
  for (let s = 0; s < selfEvaluationTotal; s++) {
    const owner = evaluators[s % evaluators.length]!;
    const year = firstYear + 2 + ((s * 3) % (years - 2));
    const slug = `${shortId(owner)}-self-evaluation-${year}-${s + 1}`;
    const doc = addSource(
      `${slug}-document`,
      `${owner.name}: self-evaluation of social work practice, ${year}`,
      owner.id,
      `${year}-09`,
      'self-evaluation',
    );
    const priorities = random.some(priorityTitles, random.int(2, 4));
    const ownKpis = kpisOf.get(owner.id) ?? [];
    const charted = random.some(ownKpis, Math.min(ownKpis.length, 1));
    const baseline = (inspectionsOf.get(owner.id) ?? [])
      .filter((i) => i.framework === 'ilacs' && i.date < `${year}-09`)
      .at(-1);
    const areas = random.some(serviceAreaNames, random.int(3, 6));
    const point = (text: string, n: number) => ({ text, source: cite(doc, n) });
    const front = {
      title: `${owner.name} Self-Evaluation ${year}`,
      organisation: owner.id,
      published: `${year}-09`,
      ...(baseline ? { baselineInspection: baseline.slug } : {}),
      signatories: [
        {
          name: `${random.pick(firstNames)} ${random.pick(surnames)}`,
          role: "Director of Children's Services",
        },
      ],
      summary: `${owner.name}'s own view of how well its children's services work in ${year}.`,
      priorities: priorities.map(([title, statement], i) => ({
        title,
        statement,
        progress: random.pick(['red', 'amber', 'green', 'not rated'] as const),
        evidence: [
          point(
            random.pick([
              'Fewer moves for children in care.',
              'Audits show better plans.',
              'More families get early help.',
            ]),
            30 + i,
          ),
        ],
        next: [
          point(
            random.pick([
              'Recruit more foster carers.',
              'Train managers in supervision.',
              'Review every plan older than a year.',
            ]),
            31 + i,
          ),
        ],
        source: cite(doc, 29 + i),
      })),
      serviceAreas: areas.map((title, i) => ({
        id: slugify(title),
        title,
        know: [
          point(`Most work in ${title.toLowerCase()} is good, and audits show it improving.`, 100 + i * 10),
        ],
        how: [point('Monthly audits, feedback from families and performance data.', 101 + i * 10)],
        meaning: [point('Children get help sooner and stay safely at home more often.', 102 + i * 10)],
        next: [point('Keep auditing and act on what the audits find.', 103 + i * 10)],
        figures: [
          {
            label: `${title}: work on time`,
            value: charts ? random.int(60, 99) : null,
            unit: 'percent',
            period: `${year}-03`,
            comparison: `England ${random.int(60, 90)}%`,
            ...(charts ? {} : { missing: 'not in source' }),
            source: cite(doc, 104 + i * 10),
          },
          ...(random.chance(0.2)
            ? [
                {
                  label: 'Re-referrals',
                  value: null,
                  unit: 'percent',
                  missing: 'chart only',
                  source: cite(doc, 105 + i * 10),
                },
              ]
            : []),
        ],
        source: cite(doc, 100 + i * 10, 9),
      })),
      gaps: random.chance(0.3)
        ? [{ text: 'Two charts were images and their figures are lost.', source: cite(doc, 400) }]
        : [],
      glossary: [{ term: 'MASH', meaning: 'The team that decides what happens to a referral.' }],
      source: doc,
    };
    const body = [
      `${owner.name} thinks its services are improving, and says where they are not yet good enough (${cite(doc, 12)}).`,
      ...charted.flatMap((k) => [
        `## The front door`,
        `Decisions on referrals are faster than a year ago (${cite(doc, 14)}).`,
        `<Chart kpi="${k.id}" />`,
      ]),
    ].join('\n\n');
    writeEntry('self-evaluations', `${slug}.mdx`, front, body);
    if (charts) expectedCharts += charted.length;
    writeEntry(
      'young-people',
      `${slug}.mdx`,
      {
        title: `How does ${owner.kind === 'council' ? 'the council' : 'the Trust'} think it is doing in ${year}?`,
        summary: `${owner.kind === 'council' ? 'The council' : 'The Trust'} looked at its own work in ${year}.`,
        of: { kind: 'self-evaluation', id: slug },
        covers: [
          ...priorities.map(([title, , young]) => ({
            item: `priority/${keyPart(title)}`,
            heading: 'What is this aim?',
            says: young,
          })),
          ...charted.map((k) => ({
            item: `kpi/${k.id}`,
            heading: k.yp,
            says: 'This number shows if things are getting better.',
          })),
        ],
      },
      [
        `## What is this?`,
        `Each year ${owner.kind === 'council' ? 'the council' : 'the Trust'} looks at its own work. It writes down what goes well and what does not.`,
      ].join('\n\n'),
    );
    count('self-evaluations');
    count("young people's versions");
  }
  expectedPages += 2 * selfEvaluationTotal;

  // --- The young people's hub, sources, and the pages every site has -------------------------------------
  const hubDoc = addSource(
    `${councils[0]!.id}-participation-strategy`,
    `${councils[0]!.name}: participation strategy for children and young people`,
    councils[0]!.id,
    `${lastYear}-01`,
    'strategy',
  );
  writeFileSync(
    join(content, 'young-people-hub.md'),
    `---\n${yaml({ title: 'For young people', summary: 'Short versions of the reports, in plain words. Find out how to have your say.' })}---\n\n## What do these services do?\n\nThe council helps children and families. It keeps children safe. Some children live in care.\n\n## How can you have your say?\n\nYou can ask for an advocate. They help you say what you think (${cite(hubDoc, 60)}).\n`,
  );
  writeJson('sources.json', sources);
  count('sources', sources.length);
  // Each document's cited lines, quoted as npm run excerpts would from its text (here, made-up lines).
  const site = loadSite(
    { root: dir, content, data, national: join(projectRoot, 'src/national') },
    { crossCheck: false },
  );
  const citations = siteCitations(site, (name) => join('data', name));
  // What each cited line must hold: the figures and grades written with its citation.
  const holds = new Map<string, string[]>();
  const claims = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(claims);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.source === 'string' && record.source.includes(' ')) {
      const at = placesOf(record.source).find((p) => p.kind === 'L')?.from;
      const key = `${record.source.split(' ')[0]} ${at}`;
      const dates = (['start', 'end', 'published'] as const)
        .map((key) => record[key])
        .filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))
        .map((date) => new Date(`${date}T12:00:00Z`).toUTCString().slice(5, 16));
      const outcome =
        typeof record.outcome === 'string' && !['pending', 'none'].includes(record.outcome)
          ? [record.outcome.replace(/-/g, ' ')]
          : [];
      for (const said of [
        record.value,
        record.grade,
        record.proposer,
        record.mover,
        record.seconder,
        ...dates,
        ...outcome,
      ])
        if (at && (typeof said === 'number' || typeof said === 'string'))
          holds.set(key, [...(holds.get(key) ?? []), String(said)]);
    }
    Object.values(record).forEach(claims);
  };
  for (const { data: written } of siteFiles(site, (name) => join('data', name))) claims(written);
  mkdirSync(join(data, 'excerpts'), { recursive: true });
  for (const source of sources) {
    const theirs = citations.filter((c) => c.reference.split(' ')[0] === source.id);
    const last = Math.max(1, ...theirs.flatMap((c) => placesOf(c.reference).map((p) => p.to)));
    const text = Array.from({ length: last + 5 }, (_, i) => {
      const said = holds.get(`${source.id} ${i + 1}`);
      return `Line ${i + 1} of ${source.title}${said ? `: ${said.join('; ')}` : ''}.`;
    }).join('\n');
    writeJson(join('excerpts', `${source.id}.json`), makeExcerpts(source.id, text, theirs));
  }
  expectedPages += sources.length;
  count('exempt notes', secrets.count);

  // Pages every site has, and the decision register's facets (bodies, outcomes, years and topics with decisions).
  const fixedPages = 16;
  expectedPages += fixedPages;
  const facetBodies = new Set(meetingsWritten.map((m) => m.body.id)).size + 1;
  expectedPages += facetBodies + years + 1 + 10 + topics.length; // outcomes and topics: an upper bound
  void urgencyYears;
  void meetingIndex;

  return {
    content,
    data,
    counts,
    expectedPages,
    expectedCharts,
    searchQueries: ['care leavers', 'foster carers', "children's home inspection"],
  };
}
