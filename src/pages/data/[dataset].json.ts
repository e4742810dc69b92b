/** /data/<id>.json: the same datasets as /data/<id>.csv, with what each column means. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetPaths } from '../../site/site.ts';
import type { Dataset } from '../../content-types/content-type.ts';

export const getStaticPaths = datasetPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(props.dataset.json(), { headers: { 'content-type': 'application/json' } });
