/** /data/<framework>.csv: every figure of every KPI in the framework, as the KPI pages show them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, kpiFramework } from '../../site/site.ts';
import { kpisCsv } from '../../content-types/kpis/downloads.ts';

export const getStaticPaths = (() => getSite().kpiFrameworks.map(({ data }) => ({ params: { framework: data.framework.id }, props: { id: data.framework.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = kpiFramework(props.id);
  return new Response(kpisCsv(data.kpis), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
