/** /data/risks/<id>.json: the risk register exactly as its page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { riskPaths, riskRegister } from '../../../site/site.ts';
import { riskJson } from '../../../content-types/plans/downloads.ts';

export const getStaticPaths = riskPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = riskRegister(props.id);
  return new Response(riskJson(data), { headers: { 'content-type': 'application/json' } });
};
