/** Plans, their finance tables and risk registers: every reference leads somewhere. */
import type { CheckContext } from '../checking.ts';
import { checkCitationsIn, checkIdIsFileName } from '../checking.ts';
import type { Entry, SiteContent } from '../../site/content.ts';
import { checkEmbeddedCharts, kpiReferences } from '../kpis/checks.ts';

/** What a plan and a self-evaluation share: a known organisation and document, known citations, charts that exist. */
export function checkWrittenDocument(
  site: SiteContent,
  c: CheckContext,
  { file, data, body }: Entry<{ organisation: string; source: string }>,
): void {
  c.organisation(file, 'organisation', data.organisation);
  if (!site.sources.some((s) => s.id === data.source))
    c.problems.push({
      file,
      field: 'source',
      expected: 'a document id in data/sources.json',
      found: `"${data.source}"`,
    });
  checkCitationsIn(c, file, data);
  checkEmbeddedCharts(site, c, file, body);
}

export function checkPlans(site: SiteContent, c: CheckContext): void {
  const { problems, invalid } = c;
  const knownKpis = kpiReferences(site, c);
  const finance = new Set(site.finance.map((f) => f.data.id));
  const risks = new Set(site.risks.map((r) => r.data.id));
  for (const { file, data } of [...site.finance, ...site.risks]) {
    checkIdIsFileName(c, file, 'id', data.id);
    c.organisation(file, 'organisation', data.organisation);
    checkCitationsIn(c, file, data);
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
  for (const entry of site.plans) checkWrittenDocument(site, c, entry);
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
}
