/** /kpis/<id>.csv: exactly the figures the KPI's table shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allKpis, kpiEntry } from '../../site/site.ts';
import { kpiCsv } from '../../content-types/kpis/downloads.ts';

export const getStaticPaths = (() =>
  allKpis().map(({ kpi }) => ({ params: { id: kpi.id }, props: { id: kpi.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { kpi } = kpiEntry(props.id);
  return new Response(kpiCsv(kpi), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
