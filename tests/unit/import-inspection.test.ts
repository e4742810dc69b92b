/** Importing an inspection report: what the draft holds, from text and from a PDF, and what it leaves to the author. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSite } from '../../src/site/load.ts';
import { readDocument, ImportError, textLines } from '../../src/import/document.ts';
import { draftInspection, looksLikeInspection, timescaleOf } from '../../src/import/inspection.ts';
import { isGap } from '../../src/shared/gaps.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const fixture = (name: string) => join(projectRoot, 'tests/fixtures/import', name);
const draftOf = async (name: string) =>
  draftInspection((await readDocument(fixture(name))).lines, {
    sourceId: 'report',
    scales: site.scales,
    organisations: site.organisations,
  });
const rows = (draft: Awaited<ReturnType<typeof draftOf>>) =>
  draft.data.judgementGroups.flatMap((g) => g.judgements.map((j) => [g.title, j.area, j.grade, j.source]));

describe('timescales as reports write them', () => {
  it('reads timescales in words or figures', () => {
    expect(timescaleOf('**Within three months:**')).toBe('within 3 months');
    expect(timescaleOf('### Immediately:')).toBe('immediately');
    expect(timescaleOf('Within 6 months')).toBe('within 6 months');
    expect(timescaleOf('Within a while')).toBeUndefined();
  });
});

describe('a report of local authority children’s services, as text', () => {
  it('finds the framework, inspectorate, organisation, dates and scale, each date cited', async () => {
    const draft = await draftOf('testshire-ilacs-2024.txt');
    expect(draft.data).toMatchObject({
      title: "Testshire Council: Inspection of local authority children's services",
      framework: 'ilacs',
      inspectorates: ['ofsted'],
      organisation: 'testshire-council',
      dates: { start: '2024-03-04', end: '2024-03-15', published: '2024-04-26', source: 'report L3, L5' },
      scale: 'ofsted-ri',
    });
  });

  it('takes every judgement from the table, as the scale writes it, cited to its row', async () => {
    expect(rows(await draftOf('testshire-ilacs-2024.txt'))).toEqual([
      [
        "Children's services",
        'The impact of leaders on social work practice with children and families',
        'Good',
        'report L11',
      ],
      [
        "Children's services",
        'The experiences and progress of children who need help and protection',
        'Requires improvement to be good',
        'report L12',
      ],
      ["Children's services", 'The experiences and progress of children in care', 'Good', 'report L13'],
      ["Children's services", 'The experiences and progress of care leavers', 'Good', 'report L14'],
      ["Children's services", 'Overall effectiveness', 'Good', 'report L15'],
    ]);
  });

  it('lists what needs to improve, a wrapped bullet as one, each for the author to put in their own words', async () => {
    const areas = (await draftOf('testshire-ilacs-2024.txt')).data.areasForImprovement;
    expect(areas.map((a) => [a.timescale, a.source])).toEqual([
      ['not stated', 'report L21'],
      ['not stated', 'report L23'],
      ['not stated', 'report L24'],
    ]);
    expect(areas.every((a) => isGap(a.text))).toBe(true);
    expect(areas[0]!.text).toContain(
      '“The timeliness of assessments for children who are referred more than once.”',
    );
  });
});

describe('a 2009-framework report, as pdftotext writes it', () => {
  it('groups the judgements by the service each section judges, with a grade beside its area or under it', async () => {
    expect(rows(await draftOf('testshire-2010-safeguarding.txt'))).toEqual([
      ['Safeguarding services', 'Overall effectiveness', 'Good', 'report L12'],
      ['Safeguarding services', 'Capacity for improvement', 'Adequate', 'report L18'],
      ['Safeguarding services', 'Children and young people are safe and feel safe', 'Good', 'report L40'],
      ['Safeguarding services', 'Quality of provision', 'Adequate', 'report L44'],
      // Graded only in the summary table: cited there, after the judgement before it.
      ['Safeguarding services', 'Equality and diversity', 'Good', 'report L73'],
      ['Services for looked after children', 'Overall effectiveness', 'Adequate', 'report L52'],
      ['Services for looked after children', 'Economic well-being', 'Inadequate', 'report L62'],
    ]);
  });

  it('gives each area for improvement the timescale above it and the service it is under', async () => {
    const areas = (await draftOf('testshire-2010-safeguarding.txt')).data.areasForImprovement;
    expect(areas.map((a) => [a.group, a.timescale, a.source])).toEqual([
      ['Safeguarding services', 'immediately', 'report L28'],
      ['Safeguarding services', 'immediately', 'report L30'],
      ['Safeguarding services', 'within 3 months', 'report L34'],
      ['Services for looked after children', 'within 6 months', 'report L60'],
    ]);
  });

  it('leaves the organisation as a gap when no body of the site existed then, rather than guess', async () => {
    const draft = await draftOf('testshire-2010-safeguarding.txt');
    expect(isGap(draft.data.organisation)).toBe(true);
    expect(isGap(draft.data.summary)).toBe(true);
  });
});

describe('a report that grades in sentences', () => {
  it('takes "area: grade" lines as judgements, as the scale writes them', () => {
    const lines = textLines(
      [
        '# Inspection of youth justice services in Testshire',
        'HM Inspectorate of Probation',
        'Inspection dates: 4 to 8 March 2024',
        'Overall rating: Good',
        'Governance and leadership: Requires improvement',
        'This is a sentence: it mentions good work.',
      ].join('\n'),
    );
    const draft = draftInspection(lines, {
      sourceId: 'r',
      scales: site.scales,
      organisations: site.organisations,
    });
    expect(draft.data.framework).toBe('youth-justice');
    expect(draft.data.scale).toBe('hmi-probation');
    expect(
      draft.data.judgementGroups.flatMap((g) => g.judgements.map((j) => [j.area, j.grade, j.source])),
    ).toEqual([
      ['Overall rating', 'Good', 'r L4'],
      ['Governance and leadership', 'Requires improvement', 'r L5'],
    ]);
  });
});

describe('a report as a PDF', () => {
  it('reads its title, dates and table with pdf.js, cited to the page, a wrapped row as one', async () => {
    const draft = await draftOf('testshire-ilacs-2024.pdf');
    expect(draft.data).toMatchObject({
      title: "Testshire Council: Inspection of local authority children's services",
      framework: 'ilacs',
      dates: { start: '2024-03-04', end: '2024-03-15', published: '2024-04-26', source: 'report p1' },
    });
    expect(rows(draft)).toEqual([
      [
        "Children's services",
        'The impact of leaders on social work practice with children and families',
        'Good',
        'report p1',
      ],
      [
        "Children's services",
        'The experiences and progress of children who need help and protection',
        'Requires improvement to be good',
        'report p1',
      ],
      ["Children's services", 'Overall effectiveness', 'Good', 'report p1'],
    ]);
    expect(draft.data.areasForImprovement.map((a) => a.source)).toEqual(['report p2', 'report p2']);
  });
});

describe('documents that cannot be imported', () => {
  it('an empty file, and a PDF with no text layer, which needs OCR', async () => {
    await expect(readDocument(fixture('empty.txt'))).rejects.toThrow(new ImportError('the file is empty'));
    await expect(readDocument(fixture('scanned-report.pdf'))).rejects.toThrow(/no text layer .* needs OCR/);
  });

  it('minutes of a meeting are not taken for an inspection report', async () => {
    expect(looksLikeInspection(await draftOf('testshire-council-minutes.txt'))).toBe(false);
    expect(looksLikeInspection(await draftOf('testshire-ilacs-2024.txt'))).toBe(true);
  });
});
