/** Each young people's version as a page a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { fullVersionKinds } from './schema.ts';

/** A young people's version takes the date and organisation of the report or plan it retells. */
export function youngPeoplePublications(site: SiteContent, earlier: readonly Publication[]): Publication[] {
  return site.youngPeople.map(({ slug, data }) => {
    const of = earlier.find((p) => p.url === `/${fullVersionKinds[data.of.kind].folder}/${data.of.id}/`);
    return {
      kind: "Young people's version",
      title: data.title,
      url: `/young-people/${slug}/`,
      summary: data.summary,
      date: of?.date,
      organisation: of?.organisation,
      members: [],
      topics: [],
      id: urn('young-people', slug),
    };
  });
}
