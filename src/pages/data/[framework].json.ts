/** /data/<framework>.json: the framework as Lantern holds it (definitions, figures, benchmarks, sources). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, kpiFramework } from '../../site/site.ts';

export const getStaticPaths = (() => getSite().kpiFrameworks.map(({ data }) => ({ params: { framework: data.framework.id }, props: { id: data.framework.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = kpiFramework(props.id);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
