/**
 * Checks a Vega-Lite spec against Vega-Lite's own JSON schema, then compiles it, and says what is
 * wrong in words an author can act on ("\"mark\" must be one of: arc, area, bar, …"). The schema's
 * validator is made once per process, and only when a spec needs checking; the build lets it go once
 * the content is checked (forgetSchemaValidator).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compile, type TopLevelSpec } from 'vega-lite';

const require = createRequire(import.meta.url);
const ajvOptions = { allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false } as const;

/**
 * The validator for Vega-Lite's schema. Compiling it is slow and takes much memory, so the compiled
 * code is kept in cacheDir (node_modules/.cache/lantern by default), named by a hash of the schema,
 * Ajv's version and its options, for later builds to load. A cache
 * that cannot be read or written is passed over: the schema is compiled as before.
 */
export function schemaValidator(
  cacheDir = join(dirname(require.resolve('ajv/package.json')), '..', '.cache', 'lantern'),
): ValidateFunction {
  const schemaText = readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8');
  const version = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update(`${schemaText}\n${version}\n${JSON.stringify(ajvOptions)}`)
    .digest('hex')
    .slice(0, 16);
  const file = join(cacheDir, `vega-lite-schema-${key}.cjs`);
  try {
    return loaded(file);
  } catch {
    // Not made yet, or unreadable: compile it.
  }
  const ajv = new Ajv({ ...ajvOptions, code: { source: true } });
  const validate = ajv.compile(JSON.parse(schemaText) as object);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written whole under another name first, so a build running alongside never loads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, standaloneCode(ajv, validate));
    renameSync(partial, file);
  } catch {
    // A read-only node_modules: the next build compiles it again.
  }
  return validate;
}

/**
 * The compiled code in the cache, run as CommonJS. Not through require, which would keep its
 * source (megabytes of it) for the rest of the build.
 */
function loaded(file: string): ValidateFunction {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', readFileSync(file, 'utf8'))(module, module.exports, require);
  return module.exports as ValidateFunction;
}

let validator: ValidateFunction | undefined;

/** Lets the validator go (the build calls this once all content is checked); a later check makes it again. */
export function forgetSchemaValidator(): void {
  validator = undefined;
}

function validateSchema(spec: unknown): ErrorObject[] {
  validator ??= schemaValidator();
  return validator(spec) ? [] : (validator.errors ?? []);
}

/** What is wrong with the spec, in one line, or undefined when Vega-Lite accepts it. */
export function vegaLiteProblem(spec: Record<string, unknown>): string | undefined {
  const errors = validateSchema(spec);
  if (errors.length > 0) {
    // The deepest place is where the author went wrong; the shallower errors are the schema's alternatives failing.
    const depth = (e: ErrorObject) => e.instancePath.split('/').length;
    const deepest = Math.max(...errors.map(depth));
    const here = errors.filter((e) => depth(e) === deepest);
    const where = `"${here[0]!.instancePath.slice(1).replace(/\//g, ' → ') || 'the spec'}"`;
    const allowed = [
      ...new Set(
        here.flatMap((e) =>
          e.keyword === 'enum'
            ? (e.params as { allowedValues: unknown[] }).allowedValues
            : e.keyword === 'const'
              ? [(e.params as { allowedValue: unknown }).allowedValue]
              : [],
        ),
      ),
    ];
    if (allowed.length > 0) return `${where} must be one of: ${allowed.map(String).join(', ')}`;
    const extra = here.find((e) => e.keyword === 'additionalProperties');
    if (extra)
      return `${where} has "${(extra.params as { additionalProperty: string }).additionalProperty}", which Vega-Lite does not know`;
    return `${where} ${here[0]!.message}`;
  }
  try {
    compile(spec as unknown as TopLevelSpec);
  } catch (error) {
    return `Vega-Lite could not compile it: ${(error as Error).message.split('\n')[0]}`;
  }
  return undefined;
}
