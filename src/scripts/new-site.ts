/**
 * npm run new-site -- <folder> [--council "Testshire Council"] [--area Testshire] [--url https://…/]
 * Writes a new site's folder that builds at once. At a terminal it asks for what the options leave out;
 * without one (a script, CI) it takes the options, or placeholders the author then edits.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { nextSteps, skeletonFiles, skeletonProblems, type SkeletonOptions } from '../site/skeleton.ts';

const usage =
  'Usage: npm run new-site -- <folder> [--council "Testshire Council"] [--area "Testshire"] [--url "https://children.testshire.gov.uk/"]';

const placeholders: SkeletonOptions = {
  council: 'Example Council',
  area: 'Example',
  url: 'https://example.org/',
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { council: { type: 'string' }, area: { type: 'string' }, url: { type: 'string' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (positionals.length !== 1) fail(`Give one folder for the new site.\n${usage}`);
// npm runs scripts in the project; INIT_CWD is where the author typed the command.
const folder = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
if (existsSync(folder) && readdirSync(folder).length > 0)
  fail(`${folder} already has files in it. Give a new or empty folder: nothing was written.`);

const options = { ...values } as Partial<SkeletonOptions>;
if (process.stdin.isTTY && process.stdout.isTTY) {
  const ask = createInterface({ input: process.stdin, output: process.stdout });
  options.council ??= (await ask.question('The council\'s name (such as "Testshire Council"): ')).trim();
  options.area ??= (await ask.question('The place it serves (such as "Testshire"): ')).trim();
  options.url ??= (
    await ask.question('The address the site will have (such as "https://children.testshire.gov.uk/"): ')
  ).trim();
  ask.close();
}
const chosen: SkeletonOptions = {
  council: options.council || placeholders.council,
  area: options.area || placeholders.area,
  url: options.url || placeholders.url,
};
const problems = skeletonProblems(chosen);
if (problems.length > 0) fail(`Nothing was written. Expected:\n${problems.map((p) => `  ${p}`).join('\n')}`);

for (const [file, text] of Object.entries(skeletonFiles(chosen))) {
  mkdirSync(dirname(join(folder, file)), { recursive: true });
  writeFileSync(join(folder, file), text);
}
console.log(nextSteps(folder, chosen));
