/** /data/finance/<id>.csv: the finance table exactly as its page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { financePaths, financeTable } from '../../../site/site.ts';
import { financeCsv } from '../../../content-types/plans/downloads.ts';

export const getStaticPaths = financePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = financeTable(props.id);
  return new Response(financeCsv(data), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
