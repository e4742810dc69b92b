/** What organisation pages need, worked out from the data. */
import type { Organisation } from './schema.ts';
import { organisationKinds, relationKinds } from './schema.ts';
import { formatDate } from '../../shared/dates.ts';

/** An organisation's name from its id (the content check makes sure every id names one; the id is the fallback). */
export function organisationName(all: Organisation[], id: string): string {
  return all.find((o) => o.id === id)?.name ?? id;
}

/** "Since 1 April 2021", "1889 to 31 March 2021", or "Dates not recorded here". */
export function existedInWords(organisation: Organisation): string {
  const { from, to } = organisation.existed;
  if (from && to) return `${formatDate(from)} to ${formatDate(to)}`;
  if (from) return `Since ${formatDate(from)}`;
  if (to) return `Until ${formatDate(to)}`;
  return 'Not recorded here';
}

export function kindInWords(organisation: Organisation): string {
  return organisationKinds[organisation.kind];
}

export function relationInWords(kind: keyof typeof relationKinds): string {
  return relationKinds[kind];
}

/** How a relation reads from the other organisation's side. */
const inverse = {
  serves: 'served-by',
  'served-by': 'serves',
  succeeded: 'succeeded-by',
  'succeeded-by': 'succeeded',
  'part-of': 'has-part',
} as const;

export type RelationKind = keyof typeof relationKinds | 'has-part';

/**
 * Every relation of an organisation, seen from its side, whichever of the two organisations the
 * author wrote it on: its own relations first, as listed, then those only the others give.
 */
export function relationsOf(id: string, all: Organisation[]): { kind: RelationKind; organisation: string }[] {
  const own = all.find((o) => o.id === id)?.relations ?? [];
  const theirs = all.flatMap((other) =>
    other.relations
      .filter((r) => r.organisation === id)
      .map((r) => ({ kind: inverse[r.kind] as RelationKind, organisation: other.id })),
  );
  const seen = new Set<string>();
  return [...own, ...theirs].filter((r) => {
    const key = `${r.kind} ${r.organisation}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/**
 * The organisations whose inspections belong in this one's history: itself, the bodies it took over
 * from, and the bodies that provide or are part of its services. Order: itself first, then as listed.
 */
export function historyScope(organisation: Organisation, all: Organisation[]): Organisation[] {
  const inScope = new Set<RelationKind>(['succeeded', 'served-by', 'has-part']);
  const ids = [
    organisation.id,
    ...relationsOf(organisation.id, all)
      .filter((r) => inScope.has(r.kind))
      .map((r) => r.organisation),
  ];
  return [...new Set(ids)]
    .map((id) => all.find((o) => o.id === id))
    .filter((o): o is Organisation => Boolean(o));
}

/** The organisation and those that took over from it, replaced it, or run its services, one step after another. */
export function lineage(organisation: string, all: Organisation[]): string[] {
  const found = new Set([organisation]);
  const queue = [organisation];
  while (queue.length) {
    for (const { kind, organisation: next } of relationsOf(queue.shift()!, all)) {
      if (kind === 'part-of' || kind === 'has-part' || found.has(next)) continue;
      found.add(next);
      queue.push(next);
    }
  }
  return [...found];
}

/** Organisations grouped by kind, in the order kinds are defined, each group by name. */
export function byKind(all: Organisation[]): { kind: string; organisations: Organisation[] }[] {
  return Object.entries(organisationKinds)
    .map(([kind, label]) => ({
      kind: label,
      organisations: all.filter((o) => o.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((group) => group.organisations.length > 0);
}

/** The areas of a site's organisations other than inspectorates, each once, in the order listed. */
export function areasOf(all: Organisation[]): string[] {
  return [...new Set(all.filter((o) => o.kind !== 'inspectorate').map((o) => o.area))];
}

/**
 * The areas a site covers: those of its organisations, leaving out an area inside another one listed
 * ("West Northamptonshire" beside "Northamptonshire").
 */
export function areasCovered(all: Organisation[]): string[] {
  const areas = areasOf(all);
  return areas.filter((area) => !areas.some((other) => other !== area && area.endsWith(` ${other}`)));
}

/** The names of the organisations with these ids, each once, in the order first named. */
export function organisationNames(all: Organisation[], ids: readonly string[]): string[] {
  return [...new Set(ids)].map((id) => organisationName(all, id));
}
