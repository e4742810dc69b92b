/**
 * The build's own privacy check: it reads everything the build wrote (pages, feeds, calendars,
 * downloads and the Pagefind index) and reports any exempt text it finds there, and anything shaped
 * like personal data: e-mail addresses, phone numbers other than the listed public helplines, case
 * and job reference numbers, and dates of birth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import type { SiteContent } from '../../site/content.ts';

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

/** A shape of personal data the site must never publish. */
export interface PersonalDataRule {
  name: string;
  pattern: RegExp;
  /** Text every match contains, to skip files quickly that cannot match ("@" for an e-mail address). */
  hint?: string;
  /** Matches that are public on purpose (a helpline's number). */
  allowed?: (match: string) => boolean;
}

export interface PersonalDataFinding {
  file: string;
  rule: string;
  /** The text found, as the reader would see it. */
  found: string;
}

const digits = (text: string) => text.replace(/\D/g, '');

/** Numbers the site lists as public: its helplines, and local help a source gives a number for. */
export interface PublicNumbers {
  helplines: readonly { phone?: string }[];
  localHelp: readonly { phone?: string }[];
}

/**
 * The shapes of personal data, with the exceptions the site's own data allows: the helplines in
 * data/helplines.json and the services in data/local-help.json are public numbers and may appear anywhere.
 */
export function personalDataRules(site: PublicNumbers): PersonalDataRule[] {
  const publicNumbers = new Set(
    [...site.helplines, ...site.localHelp].flatMap((line) => (line.phone ? [digits(line.phone)] : [])),
  );
  return [
    {
      name: 'an e-mail address',
      hint: '@',
      pattern: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi,
    },
    {
      name: 'a phone number that is not a listed helpline',
      // A pattern, not libphonenumber-js, which finds only numbers valid in the numbering plan: the guard
      // flags anything shaped like a UK number.
      pattern: /(?<![\w.,])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w.,]\d)/g,
      allowed: (match) => publicNumbers.has(digits(match).replace(/^44/, '0')),
    },
    {
      name: 'a case or job reference number',
      pattern:
        /\b(?:case|job|client|child|referral|file|staff|employee|payroll)\s*(?:ref(?:erence)?|no|number|id)\b\.?\s*[:#]?\s*(?=[a-z0-9/-]*\d)[a-z0-9][a-z0-9/-]{2,}/gi,
    },
    {
      name: 'a date of birth',
      pattern:
        /\b(?:date of birth|d\.?o\.?b\.?|born on|born)\s*[:-]?\s*(?:\d{1,2}(?:st|nd|rd|th)?[\s/.-](?:\d{1,2}|[a-z]{3,9})[\s/.-]\d{2,4}|\d{4}-\d{2}-\d{2})/gi,
    },
  ];
}

/** Files whose text readers or search engines see: pages, feeds, calendars, downloads and the search index (not the libraries' code). */
const readable = (path: string) =>
  /\.(html|xml|ics|csv|json|txt|pf_fragment|pf_index|pf_meta|pf_filter)$/.test(path) &&
  !/(^|\/)_astro\//.test(path);

/** Everything shaped like personal data in the built site, by file and rule. */
export function findPersonalData(dir: string, rules: PersonalDataRule[]): PersonalDataFinding[] {
  return scanBuilt(dir, [], rules).personal;
}

/** The personal data in one file's text (as plainText gives it). */
function personalDataIn(file: string, text: string, rules: PersonalDataRule[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const rule of rules) {
    if (rule.hint && !text.includes(rule.hint)) continue;
    for (const match of text.matchAll(rule.pattern))
      if (!rule.allowed?.(match[0])) findings.push({ file, rule: rule.name, found: match[0].trim() });
  }
  return findings;
}

/** Every exempt note authors have written, from meetings and urgency decisions. */
export function exemptSecrets(site: Pick<SiteContent, 'meetings' | 'urgencyDecisions'>): Secret[] {
  const secrets: Secret[] = [];
  for (const { file, data } of site.meetings)
    data.items.forEach((item, i) =>
      item.exempt.forEach((exempt, j) => {
        if (exempt.confidential)
          secrets.push({
            text: exempt.confidential,
            where: `${file}, items → ${i + 1} (${item.id}) → exempt → ${j + 1} → confidential`,
          });
      }),
    );
  for (const { file, data } of site.urgencyDecisions)
    data.exempt.forEach((exempt, j) => {
      if (exempt.confidential)
        secrets.push({ text: exempt.confidential, where: `${file}, exempt → ${j + 1} → confidential` });
    });
  return secrets;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

/** Text as a reader or a search engine would see it: entities decoded, tags and runs of white space folded to one space. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(#?\w+);/g,
      (all, name: string) =>
        entities[name] ??
        (name.startsWith('#x')
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? String.fromCodePoint(Number(name.slice(1)))
            : all),
    )
    .replace(/\\[nrt]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The pieces of a secret to look for: the whole text and each sentence long enough to be telling. */
export function fingerprints(secret: string): string[] {
  const whole = plainText(secret).trim();
  const sentences = whole
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 24);
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

/** The files a build wrote, sorted; binary files (images, WebAssembly, fonts) left out unless `everything` is asked for. */
export function builtFiles(dir: string, { everything = false } = {}): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && (everything || !/\.(png|jpe?g|gif|webp|ico|wasm|woff2?)$/i.test(entry.name)),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function findLeaks(dir: string, secrets: Secret[]): Leak[] {
  return scanBuilt(dir, secrets, []).leaks;
}

/** One pass over everything the build wrote: each file is read and turned into plain text once, then checked for exempt text and for personal data. */
export function scanBuilt(dir: string, secrets: Secret[], rules: PersonalDataRule[]): Findings {
  return scanFiles(dir, builtFiles(dir), secrets, rules);
}

export interface Findings {
  leaks: Leak[];
  personal: PersonalDataFinding[];
}

/** The same check over some of the build's files (paths under dir), in their order. */
export function scanFiles(
  dir: string,
  paths: string[],
  secrets: Secret[],
  rules: PersonalDataRule[],
): Findings {
  const prints = secrets.map((secret) => ({ secret, prints: fingerprints(secret.text) }));
  const leaks: Leak[] = [];
  const personal: PersonalDataFinding[] = [];
  if (prints.length === 0 && rules.length === 0) return { leaks, personal };
  for (const path of paths) {
    const file = relative(dir, path);
    const checkPersonal = rules.length > 0 && readable(file);
    if (prints.length === 0 && !checkPersonal) continue;
    const text = plainText(readBuilt(path));
    for (const { secret, prints: pieces } of prints)
      if (pieces.some((piece) => text.includes(piece))) leaks.push({ file, secret });
    if (checkPersonal) personal.push(...personalDataIn(file, text, rules));
  }
  return { leaks, personal };
}

/** What a guard worker thread (guard-worker.ts) is given: its share of the files, and what to look for. */
export interface GuardShare {
  dir: string;
  paths: string[];
  secrets: Secret[];
  numbers: PublicNumbers;
}

/**
 * scanBuilt, with the files shared out between this thread and `threads - 1` worker threads running
 * workerFile (src/build/guard/guard-worker.ts): the same findings in the same order, in about half the time
 * on two cores. The personal-data rules are made from the public numbers in each thread.
 */
export async function scanBuiltInThreads(
  dir: string,
  secrets: Secret[],
  numbers: PublicNumbers,
  threads: number,
  workerFile: string | URL,
): Promise<Findings> {
  const paths = builtFiles(dir);
  const shares = Array.from({ length: Math.max(1, threads) }, (_, n) =>
    paths.filter((_path, i) => i % Math.max(1, threads) === n),
  );
  const inWorkers = shares.slice(1).map(
    (share) =>
      new Promise<Findings>((resolve, reject) => {
        const worker = new Worker(workerFile, {
          workerData: { dir, paths: share, secrets, numbers } satisfies GuardShare,
        });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once(
          'exit',
          (code) =>
            code !== 0 && reject(new Error(`A privacy guard worker thread stopped with code ${code}`)),
        );
      }),
  );
  const here = scanFiles(dir, shares[0]!, secrets, personalDataRules(numbers));
  const all = [here, ...(await Promise.all(inWorkers))];
  // Back into the order of the files, as one pass over them would find them.
  const order = new Map(paths.map((path, i) => [relative(dir, path), i]));
  const byFile = <T extends { file: string }>(list: T[]) =>
    list
      .map((item, i) => ({ item, i }))
      .sort((a, b) => order.get(a.item.file)! - order.get(b.item.file)! || a.i - b.i)
      .map(({ item }) => item);
  return { leaks: byFile(all.flatMap((f) => f.leaks)), personal: byFile(all.flatMap((f) => f.personal)) };
}
