/** /data/<id>.csv: every dataset of the data catalogue, from the content types that make them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetPaths } from '../../site/site.ts';
import type { Dataset } from '../../content-types/content-type.ts';

export const getStaticPaths = datasetPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(props.dataset.csv(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
