/** Every dataset of the data catalogue (/data/<id>.csv and .json), from every content type in the registry. */
import type { SiteContent } from '../site/content.ts';
import type { Dataset } from '../content-types/content-type.ts';
import { contentTypes } from '../content-types/registry.ts';

export function catalogueDatasets(site: SiteContent): Dataset[] {
  return contentTypes.flatMap((type) => type.datasets?.(site) ?? []);
}
