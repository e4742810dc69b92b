/** /kpis/<id>.json: the KPI's definition and figures, with the status of each figure worked out. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiEntry, kpiPaths } from '../../site/site.ts';
import { kpiJson } from '../../content-types/kpis/downloads.ts';

export const getStaticPaths = kpiPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { kpi, framework } = kpiEntry(props.id);
  return new Response(kpiJson(kpi, framework.id), { headers: { 'content-type': 'application/json' } });
};
