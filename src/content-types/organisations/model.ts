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

/**
 * The organisations whose inspections belong in this one's history: itself, the bodies it took over
 * from, and the bodies that provide or are part of its services. Order: itself first, then as listed.
 */
export function historyScope(organisation: Organisation, all: Organisation[]): Organisation[] {
  const ids = [organisation.id];
  for (const relation of organisation.relations)
    if (relation.kind === 'succeeded' || relation.kind === 'served-by') ids.push(relation.organisation);
  for (const other of all)
    if (other.relations.some((r) => r.organisation === organisation.id && r.kind === 'part-of'))
      ids.push(other.id);
  const unique = [...new Set(ids)];
  return unique.map((id) => all.find((o) => o.id === id)).filter((o): o is Organisation => Boolean(o));
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
