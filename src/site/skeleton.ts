/**
 * The files of a new site (npm run new-site): enough to build green at once, and to show an author the
 * shape of each file. The council's name, its area and the site's address come from the author; the
 * example inspection and its young people's version are marked as examples to replace. The national
 * reference data (grading scales, inspectorates, glossary, helplines) comes from Lantern, not the folder.
 */
import { makeExcerpts } from '../content-types/organisations/excerpts.ts';

export interface SkeletonOptions {
  /** The council's name, as it writes it: "Testshire Council". */
  council: string;
  /** The place it serves: "Testshire". */
  area: string;
  /** The address the site will be published at, ending in "/". */
  url: string;
}

/** An id made from a name: "Testshire Council" → "testshire-council". */
export function idFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What is wrong with the options, in an author's words; empty when they will make a site that builds. */
export function skeletonProblems(options: SkeletonOptions): string[] {
  const problems: string[] = [];
  if (!options.council.trim()) problems.push('--council: the council\'s name, such as "Testshire Council"');
  else if (!idFrom(options.council))
    problems.push(`--council: a name with letters or digits in it (found "${options.council}")`);
  if (!options.area.trim()) problems.push('--area: the place the council serves, such as "Testshire"');
  if (!/^https?:\/\/[^/\s]+\/(\S*\/)?$/.test(options.url))
    problems.push(
      `--url: the full address the site will be published at, starting with https:// and ending in /, such as "https://children.testshire.gov.uk/" (found "${options.url}")`,
    );
  return problems;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The example report's text, as an author's plain-text copy of a real one would be numbered. */
function exampleReport(council: string): string {
  const lines = Array.from({ length: 32 }, (_, i) => `Line ${i + 1} of the example report.`);
  lines[0] = `Example: the inspection report of ${council}'s children's services`;
  lines[1] = 'Inspection dates: 8 to 19 January 2024 (an example)';
  lines[2] = 'Published: 1 March 2024 (an example)';
  lines[9] = 'Overall effectiveness: Good (an example)';
  lines[29] = 'An example of what the inspectors said must improve.';
  return lines.join('\n');
}
/** A YAML string in double quotes, as the front matter needs it. */
const quoted = (value: string): string => JSON.stringify(value);

/** Every file of the new site, by its path inside the site folder. */
export function skeletonFiles({ council, area, url }: SkeletonOptions): Record<string, string> {
  const id = idFrom(council);
  const report = `${id}-example-report`;
  const inspection = `${id}-example-inspection`;
  return {
    'data/site.json': json({
      name: council,
      tagline: `Children's services in ${area}, in plain words`,
      url,
      publisher: council,
    }),
    'data/organisations.json': json([
      {
        id,
        name: council,
        kind: 'council',
        area,
        existed: {},
        description: `The council for ${area}. Replace these words with two or three plain sentences on what it does.`,
        relations: [],
      },
    ]),
    'data/sources.json': json([
      {
        id: report,
        title: `Example: the inspection report of ${council}'s children's services (replace with the real report)`,
        publisher: 'ofsted',
        published: '2024',
        kind: 'inspection report',
        locator:
          'Line numbers refer to a plain-text copy of the report. Replace this with how your own copy is numbered.',
      },
    ]),
    // The cited lines of the example report, as npm run excerpts quotes them from the report's text.
    [`data/excerpts/${report}.json`]: json(
      makeExcerpts(
        report,
        exampleReport(council),
        ['L1-3', 'L10', 'L30'].map((place) => ({ file: '', field: '', reference: `${report} ${place}` })),
      ),
    ),
    [`content/inspections/${inspection}.md`]: `---
title: ${quoted(`Example inspection of ${council}'s children's services`)}
summary: "An example to show the shape of an inspection page. Replace it with your council's latest report before you publish."
organisation: ${id}
inspectorates: [ofsted]
framework: ilacs
dates:
  start: 2024-01-08
  end: 2024-01-19
  published: 2024-03-01
  source: "${report} L1-3"
scale: ofsted-ri
judgementGroups:
  - title: "Judgements"
    judgements:
      - area: "Overall effectiveness"
        grade: "Good"
        source: "${report} L10"
areasForImprovement:
  - timescale: within 6 months
    text: "An example of what the inspectors said must improve."
    source: "${report} L30"
keyFigures:
  - label: "An example figure the report gives"
    value: null
    unit: count
    missing: "an example: a figure the report shows only in a chart"
report:
  source: ${report}
  howToGet: "Reports are on the inspectorate's website."
---

## About this example

This page shows where an inspection's words and figures go. Every judgement, date and figure names the
line of the report it comes from. Replace it with your council's latest report before you publish.
`,
    [`content/young-people/${inspection}.md`]: `---
title: "What did the inspectors find?"
summary: "An example of a page for young people. Replace it when you add a real report."
of: { kind: inspection, id: ${inspection} }
covers:
  - item: judgement/overall-effectiveness
    heading: "How good is the help?"
    says: "This is an example. Here you say what the inspectors found, in short, plain words."
---

## What is this page?

This page is an example. It shows how a report can be told in plain words for young people.

## What must get better?

Here you say what the inspectors said must get better, and by when.
`,
    'content/young-people-hub.md': `---
title: "For young people"
summary: "Short versions of the reports about services for children in ${area}, in plain words."
---

## What is this part of the site?

Here you can read about the help for children in ${area}. Each page tells you what a report found, in
short, plain words.
`,
    'content/meetings/.gitkeep': '',
    'data/bodies.json': json([]),
    'data/members.json': json([]),
  };
}

/** What to do next, printed when the site is made. */
export function nextSteps(folder: string, { council }: SkeletonOptions): string {
  return `Made a Lantern site for ${council} in ${folder}

Next steps:
  1. Preview it as you edit:   LANTERN_SITE=${folder} npm run dev
  2. Set the site's name and address in data/site.json, and say what the council does in
     data/organisations.json.
  3. Replace the example inspection (content/inspections/, and its young people's version in
     content/young-people/) with your latest report, and the example source in data/sources.json;
     then quote the lines you cite:  npm run excerpts -- <source id> <the report as a text file>
  4. Check your files:         LANTERN_SITE=${folder} npm run check:content
  5. Build the site:           LANTERN_SITE=${folder} npm run build
     The built site is in ${folder}/dist: copy that folder to any web host.

The README's "Start a site for your council" says what each file holds and which are optional.
`;
}
