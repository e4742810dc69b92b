/**
 * The build's own privacy check: it reads everything the build wrote (pages, feeds, calendars,
 * downloads and the Pagefind index) and reports any exempt text it finds there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SiteContent } from './load.ts';

export interface Secret {
  /** Text that must never be published. */
  text: string;
  /** Where an author wrote it: "content/meetings/x.md, items → 15 (item-15) → exempt → 1". */
  where: string;
}

export interface Leak {
  file: string;
  secret: Secret;
}

/** Every exempt note authors have written, from meetings and urgency decisions. */
export function exemptSecrets(site: SiteContent): Secret[] {
  const secrets: Secret[] = [];
  for (const { file, data } of site.meetings)
    data.items.forEach((item, i) =>
      item.exempt.forEach((exempt, j) => {
        if (exempt.confidential) secrets.push({ text: exempt.confidential, where: `${file}, items → ${i + 1} (${item.id}) → exempt → ${j + 1} → confidential` });
      }),
    );
  for (const { file, data } of site.urgencyDecisions)
    data.exempt.forEach((exempt, j) => {
      if (exempt.confidential) secrets.push({ text: exempt.confidential, where: `${file}, exempt → ${j + 1} → confidential` });
    });
  return secrets;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: ' ' };

/** Text as a reader or a search engine would see it: entities decoded, tags and runs of white space folded to one space. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (all, name: string) => entities[name] ?? (name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : all))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The pieces of a secret to look for: the whole text and each sentence long enough to be telling. */
export function fingerprints(secret: string): string[] {
  const whole = plainText(secret).trim();
  const sentences = whole.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s.length >= 24);
  return [...new Set([whole, ...sentences])];
}

/** The text of a built file; Pagefind's compressed fragments and indexes are unpacked first. */
export function readBuilt(path: string): string {
  const bytes = readFileSync(path);
  if (/\.pf_(fragment|index|meta|filter)$/.test(path)) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      return bytes.toString('utf8');
    }
  }
  return bytes.toString('utf8');
}

export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(png|jpe?g|gif|webp|ico|wasm|woff2?)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function findLeaks(dir: string, secrets: Secret[]): Leak[] {
  if (secrets.length === 0) return [];
  const prints = secrets.map((secret) => ({ secret, prints: fingerprints(secret.text) }));
  const leaks: Leak[] = [];
  for (const path of builtFiles(dir)) {
    const text = plainText(readBuilt(path));
    for (const { secret, prints: pieces } of prints)
      if (pieces.some((piece) => text.includes(piece))) leaks.push({ file: relative(dir, path), secret });
  }
  return leaks;
}
