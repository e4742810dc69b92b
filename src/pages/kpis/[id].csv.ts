/** /kpis/<id>.csv: exactly the figures the KPI's table shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiEntry, kpiPaths } from '../../site/site.ts';
import { kpiCsv } from '../../content-types/kpis/downloads.ts';

export const getStaticPaths = kpiPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { kpi } = kpiEntry(props.id);
  return new Response(kpiCsv(kpi), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
