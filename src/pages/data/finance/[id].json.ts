/** /data/finance/<id>.json: the finance table exactly as its page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { financePaths, financeTable } from '../../../site/site.ts';
import { financeJson } from '../../../content-types/plans/downloads.ts';

export const getStaticPaths = financePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = financeTable(props.id);
  return new Response(financeJson(data), { headers: { 'content-type': 'application/json' } });
};
