/** /data/risks/<id>.csv: the risk register exactly as its page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { riskPaths, riskRegister } from '../../../site/site.ts';
import { riskCsv } from '../../../content-types/plans/downloads.ts';

export const getStaticPaths = riskPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = riskRegister(props.id);
  return new Response(riskCsv(data), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
