/** /data/finance/<id>.json: the finance table exactly as its page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { financeTable, getSite } from '../../../site/site.ts';
import { financeJson } from '../../../content-types/plans/downloads.ts';

export const getStaticPaths = (() => getSite().finance.map(({ data }) => ({ params: { id: data.id }, props: { id: data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = financeTable(props.id);
  return new Response(financeJson(data), { headers: { 'content-type': 'application/json' } });
};
