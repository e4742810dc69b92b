/**
 * Checks a Vega-Lite spec against Vega-Lite's own JSON schema, then compiles it, and says what is
 * wrong in words an author can act on ("\"mark\" must be one of: arc, area, bar, …"). The schema is
 * compiled once per process, and only when a spec needs checking.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { compile, type TopLevelSpec } from 'vega-lite';

let validator: ValidateFunction | undefined;
function validateSchema(spec: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false }).compile(createRequire(import.meta.url)('vega-lite/vega-lite-schema.json'));
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
    const allowed = [...new Set(here.flatMap((e) => (e.keyword === 'enum' ? (e.params as { allowedValues: unknown[] }).allowedValues : e.keyword === 'const' ? [(e.params as { allowedValue: unknown }).allowedValue] : [])))];
    if (allowed.length > 0) return `${where} must be one of: ${allowed.map(String).join(', ')}`;
    const extra = here.find((e) => e.keyword === 'additionalProperties');
    if (extra) return `${where} has "${(extra.params as { additionalProperty: string }).additionalProperty}", which Vega-Lite does not know`;
    return `${where} ${here[0]!.message}`;
  }
  try {
    compile(spec as unknown as TopLevelSpec);
  } catch (error) {
    return `Vega-Lite could not compile it: ${(error as Error).message.split('\n')[0]}`;
  }
  return undefined;
}
