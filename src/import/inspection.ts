/**
 * A draft inspection from a report's lines: its title, framework, inspectorates, organisation, dates,
 * grading scale, every judgement as the scale writes it and every area for improvement with its
 * timescale, each cited to the line (or page) it stands on. What the report does not say plainly is
 * left as a gap (shared/gaps.ts) for the author, never guessed. Pure: the lines and what the site
 * knows go in, the draft comes out.
 */
import { frameworkInfo, frameworks, type FrameworkId } from '../content-types/inspections/schema.ts';
import type { Organisation } from '../content-types/organisations/schema.ts';
import type { GradingScale } from '../content-types/inspections/grading-scale-schema.ts';
import { gap } from '../shared/gaps.ts';
import { numberFromWord } from '../shared/numbers.ts';
import { findDate, findDateRange } from '../shared/dates.ts';
import { plainLine, type DocumentLine } from './document.ts';

export interface InspectionContext {
  /** The id the document gets in data/sources.json. */
  sourceId: string;
  scales: readonly GradingScale[];
  /** The site's organisations and Lantern's inspectorates. */
  organisations: readonly Organisation[];
}

export interface DraftJudgement {
  area: string;
  grade: string;
  source: string;
  /** Where it was found: the report's text, or only its summary table. */
  from: 'text' | 'table';
}

export interface DraftArea {
  id?: string;
  group?: string;
  timescale: string;
  text: string;
  source: string;
}

export interface InspectionDraft {
  /** The front matter of content/inspections/<slug>.md. */
  data: {
    title: string;
    summary: string;
    organisation: string;
    inspectorates: string[];
    framework: string;
    dates: { start?: string; end?: string; published?: string; approximate?: string; source: string };
    scale?: string;
    judgementGroups: { title: string; judgements: DraftJudgement[] }[];
    areasForImprovement: DraftArea[];
    report: { source: string };
  };
  /** The document's own title, for data/sources.json. */
  documentTitle: string;
  /** The publisher for data/sources.json: the first inspectorate found. */
  publisher?: string;
}

const isHeading = (line: DocumentLine) => /^#{1,6}\s/.test(line.text) || /^\*\*[^*].*\*\*:?$/.test(line.text);
const normalArea = (area: string) =>
  area
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "Grade 3 (adequate)", anywhere in a line. */
const gradePattern = /grade\s*(\d)\s*\(\s*([a-z][a-z ]*?)\s*\)/i;

interface Found {
  area: string;
  word: string;
  index: number;
  place: string;
  from: 'text' | 'table';
  group?: string;
}

function cite(sourceId: string, line: DocumentLine): string {
  return `${sourceId} ${line.place}`;
}

/** The report's title: its first top heading (carried on over the lines after it in a PDF), or its first line of words. */
function findTitle(lines: DocumentLine[]): string | undefined {
  const at = lines.findIndex((line) => /^#\s/.test(line.text));
  if (at === -1)
    return lines.map((l) => plainLine(l.text)).find((t) => t.length > 10 && !/^[-=_*]+$/.test(t));
  let title = plainLine(lines[at]!.text);
  for (
    let k = at + 1;
    k < lines.length && /^#\s/.test(lines[k]!.text) && lines[k]!.place === lines[at]!.place;
    k++
  )
    title = `${title} ${plainLine(lines[k]!.text)}`;
  return title;
}

function findFramework(title: string, lines: DocumentLine[]): FrameworkId | undefined {
  const ids = Object.keys(frameworks) as FrameworkId[];
  const by = (text: string) =>
    ids.find((id) => {
      return frameworkInfo(id).title?.test(text);
    });
  return (
    by(title) ??
    by(
      lines
        .slice(0, 60)
        .map((l) => l.text)
        .join(' '),
    )
  );
}

function findInspectorates(lines: DocumentLine[], organisations: readonly Organisation[]): string[] {
  const text = lines.map((l) => l.text).join('\n');
  return organisations
    .filter((o) => o.kind === 'inspectorate')
    .map((o) => {
      const names = [o.name, o.shortName].filter((n): n is string => Boolean(n));
      const at = Math.min(
        ...names.map((name) => {
          const match = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(text);
          return match ? match.index : Infinity;
        }),
        // Ofsted's reports name it by its web address.
        o.id === 'ofsted' && /ofsted\.gov\.uk/i.test(text) ? text.search(/ofsted\.gov\.uk/i) : Infinity,
      );
      return { id: o.id, at };
    })
    .filter((o) => o.at !== Infinity)
    .sort((a, b) => a.at - b.at)
    .map((o) => o.id);
}

/** The kinds of body a framework inspects: a whole service is a council's or a trust's. */
function inspectedKinds(framework: FrameworkId | undefined): string[] | undefined {
  if (framework === 'youth-justice') return ['youth-justice-service'];
  if (framework && frameworkInfo(framework).wholeService) return ['council', 'childrens-trust'];
  return undefined;
}

function findOrganisation(
  title: string,
  date: string | undefined,
  framework: FrameworkId | undefined,
  organisations: readonly Organisation[],
): string {
  const kinds = inspectedKinds(framework);
  const candidates = organisations.filter(
    (o) =>
      o.kind !== 'inspectorate' &&
      (!kinds || kinds.includes(o.kind)) &&
      o.area &&
      title.toLowerCase().includes(o.area.toLowerCase()) &&
      (!date || ((!o.existed.from || o.existed.from <= date) && (!o.existed.to || o.existed.to >= date))),
  );
  if (candidates.length === 1) return candidates[0]!.id;
  return gap(
    candidates.length > 1
      ? `the organisation inspected: one of ${candidates.map((o) => o.id).join(', ')} (the report's title names the area of each)`
      : 'the organisation inspected, an id in data/organisations.json (the report names none the site has)',
  );
}

/** The timescale a heading sets: "Within three months:" → "within 3 months". */
export function timescaleOf(text: string): string | undefined {
  const plain = plainLine(text).replace(/:$/, '').trim().toLowerCase();
  if (plain === 'immediately') return 'immediately';
  if (plain === 'priority action' || plain === 'priority actions') return 'priority action';
  const match = /^within (\w+) months?$/.exec(plain);
  if (!match) return undefined;
  const count = numberFromWord(match[1]!);
  return count !== undefined && count > 0 ? `within ${count} month${count === 1 ? '' : 's'}` : undefined;
}

const areasHeading = /^(areas? for (development|improvement)|what needs to improve|recommendations)\b/i;

/**
 * Rows of a table that wrapped in a PDF, joined again: "…with children and<tab>Requires improvement to be"
 * then "families<tab>good" is one row; a line that carries on a cell starts in lower case.
 */
export function joinWrappedRows(lines: DocumentLine[]): DocumentLine[] {
  const joined: DocumentLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const cells = line.text.split('\t');
    if (previous?.text.includes('\t') && /^[a-z]/.test(line.text) && cells.length <= 2) {
      const before = previous.text.split('\t');
      if (before.length === 2) {
        before[0] = `${before[0]} ${cells[0]}`;
        if (cells[1]) before[1] = `${before[1]} ${cells[1]}`;
        joined[joined.length - 1] = { ...previous, text: before.join('\t') };
        continue;
      }
    }
    joined.push(line);
  }
  return joined;
}

export function draftInspection(allLines: DocumentLine[], context: InspectionContext): InspectionDraft {
  const { sourceId } = context;
  const lines = joinWrappedRows(allLines);
  const documentTitle = findTitle(lines) ?? gap("the report's title");
  const framework = findFramework(documentTitle, lines);
  const inspectorates = findInspectorates(lines, context.organisations);

  // Dates: the line that gives the inspection's dates, and the one that gives when it was published.
  const datesLine = lines.find((l) =>
    /(inspection dates?|dates? of (the )?inspection|inspection took place)/i.test(l.text),
  );
  const publishedLine = lines.find(
    (l) => /(published|publication date|date of publication)/i.test(l.text) && findDate(l.text),
  );
  const range = datesLine ? findDateRange(datesLine.text) : undefined;
  const published = publishedLine ? findDate(publishedLine.text) : undefined;
  const datePlaces = [
    datesLine && range ? datesLine : undefined,
    publishedLine && published ? publishedLine : undefined,
  ]
    .filter((l): l is DocumentLine => Boolean(l))
    .map((l) => l.place);
  const dates: InspectionDraft['data']['dates'] =
    datePlaces.length > 0
      ? {
          ...(range ? { start: range.start, end: range.end } : {}),
          ...(published ? { published } : {}),
          source: `${sourceId} ${[...new Set(datePlaces)].join(', ')}`,
        }
      : {
          approximate: gap(
            'when it was inspected, as a month (2020-01) or year, since the report gives no dates',
          ),
          source: gap('the line that gives when it was inspected'),
        };

  // Judgements in the text ("Grade 3 (adequate)" under or beside the area) and in tables ("area<tab>grade").
  const labels = new Set(context.scales.flatMap((s) => s.grades.map((g) => g.label.toLowerCase())));
  const inText: Found[] = [];
  const inTable: Found[] = [];
  let tableGroup: string | undefined;
  const previousWords = (i: number): DocumentLine | undefined => {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (plainLine(lines[j]!.text)) return lines[j];
    return undefined;
  };
  lines.forEach((line, i) => {
    const grade = gradePattern.exec(line.text);
    if (grade) {
      const before = plainLine(line.text.slice(0, grade.index).replace(/\*+$/, ''));
      const area = before || plainLine(previousWords(i)?.text ?? '');
      if (area && !gradePattern.test(area))
        inText.push({
          area: area.replace(/:$/, ''),
          word: grade[2]!,
          index: i,
          place: line.place,
          from: 'text',
        });
      return;
    }
    const split = line.text
      .split(/\t+|\s*\|\s*/)
      .map(plainLine)
      .filter(Boolean);
    // "Overall effectiveness: Good", as a report that grades in sentences may write it.
    const colon = split.length === 1 ? /^(.{3,120}?)\s*[:–]\s*(.+?)\.?$/.exec(split[0]!) : null;
    const cells = colon && labels.has(colon[2]!.toLowerCase()) ? [colon[1]!, colon[2]!] : split;
    if (cells.length === 2 && labels.has(cells[1]!.toLowerCase()) && !/^grade$/i.test(cells[1]!))
      inTable.push({
        area: cells[0]!,
        word: cells[1]!,
        index: i,
        place: line.place,
        from: 'table',
        group: tableGroup,
      });
    else if (cells.length === 1 && /<b>|^\*\*/.test(line.text)) tableGroup = cells[0]!.replace(/:$/, '');
  });

  // Table rows the text also grades are cited where the text grades them; the others keep their
  // place after the row before them.
  const judgements: Found[] = [...inText];
  const unused = [...inText];
  let after: Found | undefined;
  for (const row of inTable) {
    const twin = unused.find(
      (t) => normalArea(t.area) === normalArea(row.area) && t.word.toLowerCase() === row.word.toLowerCase(),
    );
    if (twin) {
      unused.splice(unused.indexOf(twin), 1);
      after = twin;
    } else {
      const at = after ? judgements.indexOf(after) + 1 : inText.length === 0 ? judgements.length : 0;
      judgements.splice(at, 0, row);
      after = row;
    }
  }

  // Groups: a section whose first judgement is "Overall effectiveness" (a report on several services).
  const starts = judgements
    .filter((j) => j.from === 'text' && normalArea(j.area) === 'overall effectiveness')
    .map((j) => {
      for (let k = j.index - 1; k >= 0 && k >= j.index - 6; k--) {
        const text = plainLine(lines[k]!.text);
        if (text && isHeading(lines[k]!) && normalArea(text) !== 'overall effectiveness')
          return { index: k, title: text };
      }
      return undefined;
    })
    .filter((s): s is { index: number; title: string } => Boolean(s));
  const defaultGroup = (framework && frameworkInfo(framework).service) ?? "Children's services";
  const groupAt = (index: number): string =>
    [...starts].reverse().find((s) => s.index <= index)?.title ?? defaultGroup;

  // The scale: the framework's, where the site has it; else the one whose words fit every grade found.
  const words = [...new Set(judgements.map((j) => j.word.toLowerCase()))];
  const fits = context.scales.filter((s) =>
    words.every((w) => s.grades.some((g) => g.label.toLowerCase() === w)),
  );
  const frameworkScale = framework && frameworkInfo(framework).scale;
  const scale =
    context.scales.find((s) => s.id === frameworkScale && fits.includes(s)) ??
    (fits.length === 1 ? fits[0] : undefined);
  const onScale = (word: string) =>
    scale?.grades.find((g) => g.label.toLowerCase() === word.toLowerCase())?.label ??
    gap(`the grade on the inspection's scale; the report says "${word}"`);

  const groups: InspectionDraft['data']['judgementGroups'] = [];
  for (const j of judgements) {
    // A row only in the summary table belongs to the group of the judgement before it.
    const title = j.from === 'text' ? groupAt(j.index) : (groups.at(-1)?.title ?? j.group ?? defaultGroup);
    let group = groups.at(-1);
    if (!group || group.title !== title) {
      group = groups.find((g) => g.title === title) ?? { title, judgements: [] };
      if (!groups.includes(group)) groups.push(group);
    }
    group.judgements.push({
      area: j.area,
      grade: onScale(j.word),
      source: `${sourceId} ${j.place}`,
      from: j.from,
    });
  }

  // Areas for improvement: the bullets under a heading such as "Areas for improvement", by timescale.
  const areas: DraftArea[] = [];
  lines.forEach((line, i) => {
    if (!(isHeading(line) || /^\d+\.\s*$/.test(line.text)) || !areasHeading.test(plainLine(line.text)))
      return;
    const level = /^(#+)/.exec(line.text)?.[1]!.length ?? 6;
    let timescale = 'not stated';
    const items: { text: string; line: DocumentLine; code?: string; timescale: string; last: number }[] = [];
    const section: DocumentLine[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k]!;
      const headingLevel = /^(#+)\s/.exec(next.text)?.[1]!.length;
      if (headingLevel !== undefined && headingLevel <= level && !timescaleOf(next.text)) break;
      if (headingLevel !== undefined && !timescaleOf(next.text) && headingLevel <= 2) break;
      section.push(next);
    }
    const bulleted = section.some((l) => /^[-•*]\s+\S/.test(l.text));
    const numbered = !bulleted && section.some((l) => /^\(?\d+[a-z]?[.)]\s+\S/.test(l.text));
    for (const next of section) {
      const scale = timescaleOf(next.text);
      if (scale) {
        timescale = scale;
        continue;
      }
      // Without bullets or numbers (a PDF draws its bullets), a line that starts a sentence starts an item.
      const started = bulleted
        ? /^[-•*]\s+(?<text>.*)$/.exec(next.text)
        : numbered
          ? /^\(?(?<code>\d+[a-z]?)[.)]\s+(?<text>.*)$/.exec(next.text)
          : /^(?<text>[A-Z].*)$/.exec(next.text);
      const startsItem =
        started &&
        (bulleted ||
          numbered ||
          (!isHeading(next) && (items.length === 0 || /[.;]$/.test(items.at(-1)!.text))));
      if (started?.groups && startsItem) {
        const { text = '', code } = started.groups;
        const coded = /^\(?(\d+[a-z]|[a-z])\)\s+(.*)$/.exec(text);
        items.push({
          text: plainLine(coded ? coded[2]! : text),
          line: next,
          code: coded ? coded[1] : code,
          timescale,
          last: next.index,
        });
      } else if (next.text && items.at(-1)?.last === next.index - 1 && !isHeading(next)) {
        // A bullet wrapped onto the line after it.
        const last = items.at(-1)!;
        last.text = `${last.text} ${plainLine(next.text)}`;
        last.last = next.index;
      }
    }
    for (const item of items)
      areas.push({
        ...(item.code ? { id: item.code.toLowerCase() } : {}),
        group: groupAt(lines.indexOf(item.line)),
        timescale: item.timescale,
        text: gap(`what must improve, in your own words; the report says: “${item.text}”`),
        source: cite(sourceId, item.line),
      });
  });

  const start = 'start' in dates ? dates.start : undefined;
  return {
    documentTitle,
    publisher: inspectorates[0],
    data: {
      title: documentTitle,
      summary: gap('a sentence for listings: what was inspected and the result, in your own words'),
      organisation: findOrganisation(documentTitle, start ?? published, framework, context.organisations),
      inspectorates:
        inspectorates.length > 0 ? inspectorates : [gap('who inspected: an id of an inspectorate')],
      framework: framework ?? gap(`the framework: one of ${Object.keys(frameworks).join(', ')}`),
      dates,
      ...(judgements.length > 0
        ? {
            scale:
              scale?.id ?? gap(`the grading scale: one of ${context.scales.map((s) => s.id).join(', ')}`),
          }
        : {}),
      judgementGroups: groups,
      areasForImprovement: areas,
      report: { source: sourceId },
    },
  };
}

/** Whether a draft found what every inspection report has: a framework it names, its dates or its grades. */
export function looksLikeInspection(draft: InspectionDraft): boolean {
  return (
    !draft.data.framework.startsWith('FILL IN') ||
    draft.data.judgementGroups.length > 0 ||
    'start' in draft.data.dates
  );
}
