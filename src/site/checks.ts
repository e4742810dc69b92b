/**
 * Checks that need more than one file: references between content, grades on their scale,
 * citations of known documents, and ids used twice.
 */
import { basename, join, relative } from 'node:path';
import type { Problem } from '../shared/problems.ts';
import type { SiteContent, SitePaths } from './load.ts';
import { citedDocument } from '../shared/fields.ts';
import { splitCitations } from '../shared/citations.ts';
import { vegaLiteProblem } from '../build/charts/vega-lite-check.ts';
import { chartReferences } from '../content-types/kpis/chart-references.ts';
import { customChartSpec, fieldsIn, fieldsMadeIn } from '../content-types/kpis/custom-charts.ts';
import { resolveMember, resolutionProblem } from '../content-types/members/names.ts';
import { checkYoungPeople } from '../content-types/young-people/model.ts';
import { catalogueDatasets } from '../publish/catalogue.ts';

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(key(item), [...(seen.get(key(item)) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

function list(values: string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** `invalid` holds "folder/slug" of entries that failed their own checks: references to them are not reported again. */
export function crossCheck(site: SiteContent, paths: SitePaths, invalid: Set<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const dataFile = (name: string) => relative(paths.root, join(paths.data, name));
  const organisations = new Map(site.organisations.map((o) => [o.id, o]));
  const scales = new Map(site.scales.map((s) => [s.id, s]));
  const sources = new Set(site.sources.map((s) => s.id));
  const knownOrganisations = [...organisations.keys()];

  const checkCitation = (file: string, field: string, reference: string | undefined) => {
    if (reference && !sources.has(citedDocument(reference)))
      problems.push({
        file,
        field,
        expected: `a citation of a document in ${dataFile('sources.json')} (${list([...sources])})`,
        found: `"${reference}"`,
      });
  };
  const checkOrganisation = (file: string, field: string, id: string) => {
    if (!organisations.has(id))
      problems.push({
        file,
        field,
        expected: `the id of an organisation in ${dataFile('organisations.json')}`,
        found: `"${id}", which is not one of them (known: ${knownOrganisations.join(', ')})`,
      });
  };

  for (const [name, items] of [
    ['organisations.json', site.organisations],
    ['grading-scales.json', site.scales],
    ['sources.json', site.sources],
    ['members.json', site.members],
    ['bodies.json', site.bodies],
    ['topics.json', site.topics],
  ] as const) {
    for (const [id, indexes] of duplicates(items as { id: string }[], (item) => item.id))
      problems.push({
        file: dataFile(name),
        field: `${indexes[1]! + 1} → id`,
        expected: 'an id used by one entry only',
        found: `"${id}", also used by entry ${indexes[0]! + 1}`,
      });
  }

  site.organisations.forEach((organisation, i) => {
    organisation.relations.forEach((relation, j) =>
      checkOrganisation(
        dataFile('organisations.json'),
        `${i + 1} → relations → ${j + 1} → organisation`,
        relation.organisation,
      ),
    );
    checkCitation(dataFile('organisations.json'), `${i + 1} → existed → source`, organisation.existed.source);
    const { from, to } = organisation.existed;
    if (from && to && to < from)
      problems.push({
        file: dataFile('organisations.json'),
        field: `${i + 1} → existed → to`,
        expected: `a date after it was set up (${from})`,
        found: `"${to}"`,
      });
  });
  site.scales.forEach((scale, i) => {
    for (const [label] of duplicates(scale.grades, (g) => g.label.toLowerCase()))
      problems.push({
        file: dataFile('grading-scales.json'),
        field: `${i + 1} → grades`,
        expected: 'each grade named once',
        found: `"${label}" more than once`,
      });
    for (const [rank] of duplicates(scale.grades, (g) => String(g.rank)))
      problems.push({
        file: dataFile('grading-scales.json'),
        field: `${i + 1} → grades`,
        expected: 'each rank used once',
        found: `rank ${rank} more than once`,
      });
  });
  site.sources.forEach((source, i) =>
    checkOrganisation(dataFile('sources.json'), `${i + 1} → publisher`, source.publisher),
  );

  for (const { file, data } of site.inspections) {
    checkOrganisation(file, 'organisation', data.organisation);
    data.inspectorates.forEach((id, i) => {
      checkOrganisation(file, `inspectorates → ${i + 1}`, id);
      const organisation = organisations.get(id);
      if (organisation && organisation.kind !== 'inspectorate')
        problems.push({
          file,
          field: `inspectorates → ${i + 1}`,
          expected: 'an organisation of kind "inspectorate"',
          found: `"${id}", which is a ${organisation.kind}`,
        });
    });
    if (!sources.has(data.report.source))
      problems.push({
        file,
        field: 'report → source',
        expected: `a document id in ${dataFile('sources.json')} (${list([...sources])})`,
        found: `"${data.report.source}"`,
      });
    checkCitation(file, 'dates → source', data.dates.source);
    const scale = data.scale ? scales.get(data.scale) : undefined;
    if (data.scale && !scale)
      problems.push({
        file,
        field: 'scale',
        expected: `a grading scale id in ${dataFile('grading-scales.json')} (${list([...scales.keys()])})`,
        found: `"${data.scale}"`,
      });
    data.judgementGroups.forEach((group, g) =>
      group.judgements.forEach((judgement, j) => {
        const field = `judgementGroups → ${g + 1} → judgements → ${j + 1}`;
        checkCitation(file, `${field} → source`, judgement.source);
        if (scale && !scale.grades.some((grade) => grade.label === judgement.grade))
          problems.push({
            file,
            field: `${field} → grade`,
            expected: `a grade on the scale "${scale.name}": ${list(scale.grades.map((grade) => `"${grade.label}"`))}`,
            found: `"${judgement.grade}"`,
          });
      }),
    );
    data.findings.forEach((finding, i) =>
      checkCitation(file, `findings → ${i + 1} → source`, finding.source),
    );
    data.areasForImprovement.forEach((area, i) =>
      checkCitation(file, `areasForImprovement → ${i + 1} → source`, area.source),
    );
    data.keyFigures.forEach((figure, i) =>
      checkCitation(file, `keyFigures → ${i + 1} → source`, figure.source),
    );
    data.inconsistencies.forEach((item, i) =>
      checkCitation(file, `inconsistencies → ${i + 1} → source`, item.source),
    );
  }
  problems.push(...checkCouncilBusiness(site, dataFile, checkCitation, checkOrganisation, invalid));
  problems.push(...checkKpis(site, checkCitation, checkOrganisation));
  problems.push(...checkPlans(site, checkCitation, checkOrganisation, invalid));
  problems.push(...checkCustomCharts(site, checkCitation, checkOrganisation));
  problems.push(...checkYoungPeople(site, invalid));
  // Citations written into prose, "(doc-id L92)", in bodies and front matter text alike.
  for (const { file, data, body } of [
    ...site.inspections,
    ...site.meetings,
    ...site.urgencyDecisions,
    ...site.plans,
    ...site.selfEvaluations,
    ...site.youngPeople,
    ...(site.youngPeopleHub ? [site.youngPeopleHub] : []),
  ]) {
    for (const [where, text] of [
      ['the body', body],
      ['the front matter', JSON.stringify(data)],
    ] as const)
      for (const part of splitCitations(text))
        if (typeof part !== 'string') checkCitation(file, `a citation in ${where}`, part.reference);
  }
  return problems;
}

/** Members, bodies, meetings and urgency decisions: every name leads to one member, every reference to something that exists. */
function checkCouncilBusiness(
  site: SiteContent,
  dataFile: (name: string) => string,
  checkCitation: (file: string, field: string, reference: string | undefined) => void,
  checkOrganisation: (file: string, field: string, id: string) => void,
  invalid: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const bodies = new Set(site.bodies.map((b) => b.id));
  const topics = new Set(site.topics.map((t) => t.id));
  const meetings = new Map(site.meetings.map((m) => [m.slug, m]));
  const urgency = new Set(site.urgencyDecisions.map((u) => u.slug));
  const checkMember = (file: string, field: string, reference: string | undefined) => {
    if (reference === undefined) return;
    const resolution = resolveMember(reference, site.members);
    if (!('member' in resolution))
      problems.push({ file, field, ...resolutionProblem(reference, resolution) });
  };
  const checkBody = (file: string, field: string, id: string | undefined) => {
    if (id !== undefined && !bodies.has(id))
      problems.push({
        file,
        field,
        expected: `the id of a body in ${dataFile('bodies.json')} (${[...bodies].join(', ')})`,
        found: `"${id}"`,
      });
  };
  const checkTopics = (file: string, field: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!topics.has(id))
        problems.push({
          file,
          field: `${field} → ${i + 1}`,
          expected: `a topic id in ${dataFile('topics.json')} (${[...topics].join(', ')})`,
          found: `"${id}"`,
        });
    });

  site.members.forEach((member, i) => {
    checkOrganisation(dataFile('members.json'), `${i + 1} → organisation`, member.organisation);
    checkCitation(dataFile('members.json'), `${i + 1} → source`, member.source);
    member.roles.forEach((role, j) => {
      checkBody(dataFile('members.json'), `${i + 1} → roles → ${j + 1} → body`, role.body);
      checkCitation(dataFile('members.json'), `${i + 1} → roles → ${j + 1} → source`, role.source);
    });
  });
  site.bodies.forEach((body, i) =>
    checkOrganisation(dataFile('bodies.json'), `${i + 1} → organisation`, body.organisation),
  );

  for (const { file, data } of site.meetings) {
    checkBody(file, 'body', data.body);
    if (!site.sources.some((s) => s.id === data.source))
      problems.push({
        file,
        field: 'source',
        expected: `a document id in ${dataFile('sources.json')}`,
        found: `"${data.source}"`,
      });
    if (data.decisionNotice) checkCitation(file, 'decisionNotice → source', data.decisionNotice.source);
    if (data.attendance) {
      checkCitation(file, 'attendance → source', data.attendance.source);
      for (const list of ['present', 'apologies', 'alsoPresent'] as const)
        data.attendance[list].forEach((name, i) =>
          checkMember(file, `attendance → ${list} → ${i + 1}`, name),
        );
      data.attendance.substitutes.forEach((s, i) => {
        checkMember(file, `attendance → substitutes → ${i + 1} → member`, s.member);
        checkMember(file, `attendance → substitutes → ${i + 1} → for`, s.for);
      });
    }
    if (data.publicParticipation)
      checkCitation(file, 'publicParticipation → source', data.publicParticipation.source);
    data.items.forEach((item, i) => {
      const at = `items → ${i + 1} (${item.id})`;
      checkCitation(file, `${at} → source`, item.source);
      checkMember(file, `${at} → presenter`, item.presenter);
      checkMember(file, `${at} → seconder`, item.seconder);
      item.declarations.forEach((d, j) =>
        checkMember(file, `${at} → declarations → ${j + 1} → member`, d.member),
      );
      checkTopics(file, `${at} → topics`, item.topics);
      item.urgencyDecisions.forEach((id, j) => {
        if (!urgency.has(id) && !invalid.has(`urgency-decisions/${id}`))
          problems.push({
            file,
            field: `${at} → urgencyDecisions → ${j + 1}`,
            expected: 'the file name of an urgency decision in content/urgency-decisions/',
            found: `"${id}"`,
          });
      });
      if (item.motion) {
        const m = item.motion;
        checkMember(file, `${at} → motion → proposer`, m.proposer);
        checkMember(file, `${at} → motion → seconder`, m.seconder);
        m.amendments.forEach((a, j) => {
          checkMember(file, `${at} → motion → amendments → ${j + 1} → mover`, a.mover);
          checkMember(file, `${at} → motion → amendments → ${j + 1} → seconder`, a.seconder);
          checkCitation(file, `${at} → motion → amendments → ${j + 1} → source`, a.source);
        });
        m.procedural.forEach((p, j) => {
          checkMember(file, `${at} → motion → procedural → ${j + 1} → mover`, p.mover);
          checkMember(file, `${at} → motion → procedural → ${j + 1} → seconder`, p.seconder);
          checkBody(file, `${at} → motion → procedural → ${j + 1} → referTo`, p.referTo);
          checkCitation(file, `${at} → motion → procedural → ${j + 1} → source`, p.source);
        });
        checkCitation(file, `${at} → motion → vote → source`, m.vote.source);
        for (const side of ['for', 'against', 'abstained'] as const)
          m.vote.names?.[side].forEach((name, j) =>
            checkMember(file, `${at} → motion → vote → names → ${side} → ${j + 1}`, name),
          );
      }
    });
  }

  for (const { file, data } of site.urgencyDecisions) {
    checkCitation(file, 'source', data.source);
    checkMember(file, 'decisionMaker', data.decisionMaker);
    checkMember(file, 'consent → member', data.consent.member);
    data.declarations.forEach((d, j) => checkMember(file, `declarations → ${j + 1} → member`, d.member));
    checkTopics(file, 'topics', data.topics);
    data.reportedTo.forEach((r, j) => {
      const meeting = meetings.get(r.meeting);
      if (!meeting) {
        if (!invalid.has(`meetings/${r.meeting}`))
          problems.push({
            file,
            field: `reportedTo → ${j + 1} → meeting`,
            expected: 'the file name of a meeting in content/meetings/',
            found: `"${r.meeting}"`,
          });
      } else if (!meeting.data.items.some((item) => item.id === r.item))
        problems.push({
          file,
          field: `reportedTo → ${j + 1} → item`,
          expected: `the id of an item of ${meeting.file} (${meeting.data.items.map((item) => item.id).join(', ')})`,
          found: `"${r.item}"`,
        });
    });
  }
  return problems;
}

/** KPIs: one id each across all files, percentages that are percentages, one figure per period, known organisations and sources. */
function checkKpis(
  site: SiteContent,
  checkCitation: (file: string, field: string, reference: string | undefined) => void,
  checkOrganisation: (file: string, field: string, id: string) => void,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of site.kpiFrameworks) {
    const expectedId = basename(file, '.json');
    if (data.framework.id !== expectedId)
      problems.push({
        file,
        field: 'framework → id',
        expected: `"${expectedId}", the file's name`,
        found: `"${data.framework.id}"`,
      });
    else if ((catalogueDatasets as readonly string[]).includes(expectedId))
      problems.push({
        file,
        field: 'framework → id',
        expected: `a file name other than ${catalogueDatasets.join(', ')} (the data catalogue's own downloads are /data/<name>.csv)`,
        found: `"${expectedId}"`,
      });
    checkOrganisation(file, 'framework → organisation', data.framework.organisation);
    checkCitation(file, 'framework → source', data.framework.source);
    data.kpis.forEach((kpi, i) => {
      const at = `kpis → ${i + 1} (${kpi.id})`;
      const earlier = seen.get(kpi.id);
      if (earlier)
        problems.push({
          file,
          field: `${at} → id`,
          expected: 'an id used by one KPI only',
          found: `"${kpi.id}", also used in ${earlier}`,
        });
      seen.set(kpi.id, file);
      checkCitation(file, `${at} → source`, kpi.source);
      checkCitation(file, `${at} → polaritySource`, kpi.polaritySource);
      if (kpi.target) checkCitation(file, `${at} → target → source`, kpi.target.source);
      if (kpi.tolerance) checkCitation(file, `${at} → tolerance → source`, kpi.tolerance.source);
      const percent = (field: string, value: number | null) => {
        if (kpi.unit === 'percent' && value !== null && (value < 0 || value > 100))
          problems.push({
            file,
            field,
            expected: 'a percentage from 0 to 100, because the unit is percent',
            found: String(value),
          });
      };
      if (kpi.target) percent(`${at} → target → value`, kpi.target.value);
      const periods = new Set<string>();
      kpi.observations.forEach((o, j) => {
        percent(`${at} → observations → ${j + 1} → value`, o.value);
        checkCitation(file, `${at} → observations → ${j + 1} → source`, o.source);
        const key = `${o.period} (${o.basis})`;
        if (periods.has(key))
          problems.push({
            file,
            field: `${at} → observations → ${j + 1} → period`,
            expected: 'one figure per period',
            found: `a second figure for ${key}`,
          });
        periods.add(key);
      });
      kpi.benchmarks.forEach((b, j) => {
        percent(`${at} → benchmarks → ${j + 1} → value`, b.value);
        checkCitation(file, `${at} → benchmarks → ${j + 1} → source`, b.source);
      });
    });
  }
  return problems;
}

/** Every "source" citation anywhere in a piece of data, with the path of fields that leads to it. */
function citationsIn(value: unknown, path: string[] = []): { field: string; reference: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citationsIn(item, [...path, String(i + 1)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'source' && typeof inner === 'string' && inner.includes(' ')
      ? [{ field: [...path, key].join(' → '), reference: inner }]
      : citationsIn(inner, [...path, key]),
  );
}

/** Charts of other figures: the file's name, the organisation, the sources, and a spec Vega-Lite accepts that uses only the chart's columns. */
function checkCustomCharts(
  site: SiteContent,
  checkCitation: (file: string, field: string, reference: string | undefined) => void,
  checkOrganisation: (file: string, field: string, id: string) => void,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of site.charts) {
    const expectedId = basename(file, '.json');
    if (data.id !== expectedId)
      problems.push({
        file,
        field: 'id',
        expected: `"${expectedId}", the file's name`,
        found: `"${data.id}"`,
      });
    checkOrganisation(file, 'organisation', data.organisation);
    for (const { field, reference } of citationsIn(data)) checkCitation(file, field, reference);
    const fields = new Set([...data.columns.map((c) => c.field), ...fieldsMadeIn(data.spec)]);
    for (const field of new Set(fieldsIn(data.spec)))
      if (!fields.has(field))
        problems.push({
          file,
          field: 'spec',
          expected: `fields that are columns of the chart (${[...fields].join(', ')})`,
          found: `"${field}"`,
        });
    const problem = vegaLiteProblem(customChartSpec(data));
    if (problem)
      problems.push({
        file,
        field: 'spec',
        expected: 'a Vega-Lite spec that Vega-Lite accepts',
        found: problem,
      });
  }
  return problems;
}

/** Plans, self-evaluations, finance tables and risk registers: every reference leads somewhere. */
function checkPlans(
  site: SiteContent,
  checkCitation: (file: string, field: string, reference: string | undefined) => void,
  checkOrganisation: (file: string, field: string, id: string) => void,
  invalid: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const kpiIds = new Set(site.kpiFrameworks.flatMap((f) => f.data.kpis.map((k) => k.id)));
  const knownKpis = (field: string, file: string, id: string) => {
    if (!kpiIds.has(id))
      problems.push({
        file,
        field,
        expected: 'the id of a KPI in data/kpis/',
        found: `"${id}", which is not one (known: ${[...kpiIds].slice(0, 8).join(', ')}${kpiIds.size > 8 ? ', …' : ''})`,
      });
  };
  const sources = new Set(site.sources.map((s) => s.id));
  const finance = new Set(site.finance.map((f) => f.data.id));
  const risks = new Set(site.risks.map((r) => r.data.id));
  const charts = new Set(site.charts.map((c) => c.data.id));
  for (const { file, data } of [...site.finance, ...site.risks]) {
    const expectedId = basename(file, '.json');
    if (data.id !== expectedId)
      problems.push({
        file,
        field: 'id',
        expected: `"${expectedId}", the file's name`,
        found: `"${data.id}"`,
      });
    checkOrganisation(file, 'organisation', data.organisation);
    for (const { field, reference } of citationsIn(data)) checkCitation(file, field, reference);
  }
  for (const { file, data } of site.finance)
    data.rows.forEach((row, i) => {
      if (row.values.length !== data.columns.length)
        problems.push({
          file,
          field: `rows → ${i + 1} (${row.line}) → values`,
          expected: `${data.columns.length} figures, one per column`,
          found: `${row.values.length}`,
        });
    });
  for (const { file, data, body } of [...site.plans, ...site.selfEvaluations]) {
    checkOrganisation(file, 'organisation', data.organisation);
    if (!sources.has(data.source))
      problems.push({
        file,
        field: 'source',
        expected: 'a document id in data/sources.json',
        found: `"${data.source}"`,
      });
    for (const { field, reference } of citationsIn(data)) checkCitation(file, field, reference);
    for (const { kind, id } of chartReferences(body)) {
      if (kind === 'kpi') knownKpis('a <Chart> in the body', file, id);
      else if (!charts.has(id))
        problems.push({
          file,
          field: 'a <Chart> in the body',
          expected: 'the id of a chart in data/charts/',
          found: `"${id}", which is not one (known: ${[...charts].join(', ') || 'none'})`,
        });
    }
  }
  for (const { file, data } of site.plans) {
    data.kpis.forEach((id, i) => knownKpis(`kpis → ${i + 1}`, file, id));
    data.outcomes.forEach((o, i) =>
      o.measures.forEach((id, j) => knownKpis(`outcomes → ${i + 1} → measures → ${j + 1}`, file, id)),
    );
    data.finance.forEach((id, i) => {
      if (!finance.has(id))
        problems.push({
          file,
          field: `finance → ${i + 1}`,
          expected: 'the id of a finance table in data/finance/',
          found: `"${id}"`,
        });
    });
    data.risks.forEach((id, i) => {
      if (!risks.has(id))
        problems.push({
          file,
          field: `risks → ${i + 1}`,
          expected: 'the id of a risk register in data/risks/',
          found: `"${id}"`,
        });
    });
    const approved = data.approved;
    if (approved?.meeting) {
      const meeting = site.meetings.find((m) => m.slug === approved.meeting);
      if (!meeting) {
        if (!invalid.has(`meetings/${approved.meeting}`))
          problems.push({
            file,
            field: 'approved → meeting',
            expected: 'the file name of a meeting in content/meetings/',
            found: `"${approved.meeting}"`,
          });
      } else if (approved.item && !meeting.data.items.some((item) => item.id === approved.item))
        problems.push({
          file,
          field: 'approved → item',
          expected: `the id of an item of ${meeting.file}`,
          found: `"${approved.item}"`,
        });
    }
    data.considered.forEach(({ meeting: slug, item }, i) => {
      const meeting = site.meetings.find((m) => m.slug === slug);
      if (!meeting) {
        if (!invalid.has(`meetings/${slug}`))
          problems.push({
            file,
            field: `considered → ${i + 1} → meeting`,
            expected: 'the file name of a meeting in content/meetings/',
            found: `"${slug}"`,
          });
      } else if (!meeting.data.items.some((it) => it.id === item))
        problems.push({
          file,
          field: `considered → ${i + 1} → item`,
          expected: `the id of an item of ${meeting.file}`,
          found: `"${item}"`,
        });
    });
    data.tables.forEach((table, i) =>
      table.rows.forEach((row, j) => {
        if (row.cells.length !== table.columns.length)
          problems.push({
            file,
            field: `tables → ${i + 1} (${table.id}) → rows → ${j + 1} → cells`,
            expected: `${table.columns.length} cells, one per column`,
            found: `${row.cells.length}`,
          });
      }),
    );
  }
  for (const { file, data } of site.selfEvaluations)
    if (
      data.baselineInspection &&
      !site.inspections.some((i) => i.slug === data.baselineInspection) &&
      !invalid.has(`inspections/${data.baselineInspection}`)
    )
      problems.push({
        file,
        field: 'baselineInspection',
        expected: 'the file name of an inspection in content/inspections/',
        found: `"${data.baselineInspection}"`,
      });
  return problems;
}
