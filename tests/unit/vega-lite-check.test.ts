import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  forgetSchemaValidator,
  schemaValidator,
  vegaLiteProblem,
} from '../../src/build/charts/vega-lite-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-schema-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const specs = [
  { mark: 'bar', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'quantitative' } } },
  { mark: 'pie-chart-of-doom', data: { values: [] } },
  { mark: 'bar', data: { values: [] }, encoding: { x: { field: 'a', type: 'quantitative', colour: 'red' } } },
];

describe("checking an author's chart against Vega-Lite's schema", () => {
  it('the validator kept in the cache gives the same answers, and the same errors, as one compiled afresh', () => {
    const fresh = schemaValidator(dir);
    expect(readdirSync(dir).filter((name) => name.endsWith('.cjs'))).toHaveLength(1);
    const cached = schemaValidator(dir);
    expect(cached).not.toBe(fresh);
    for (const spec of specs) {
      expect(cached(spec)).toBe(fresh(spec));
      expect(cached.errors ?? null).toEqual(fresh.errors ?? null);
    }
    expect(fresh(specs[0])).toBe(true);
    expect(fresh(specs[1])).toBe(false);
  });

  it('a later build loads the validator from the cache instead of compiling it again', () => {
    const later = mkdtempSync(join(tmpdir(), 'lantern-schema-cache-'));
    try {
      schemaValidator(later);
      const [file] = readdirSync(later).filter((name) => name.endsWith('.cjs'));
      // Put something recognisable where the compiled code was: the next call must return it.
      writeFileSync(join(later, file!), 'module.exports = () => "from the cache";');
      expect((schemaValidator(later) as unknown as () => string)()).toBe('from the cache');
    } finally {
      rmSync(later, { recursive: true, force: true });
    }
  });

  it('a cache folder that cannot be written is passed over, and the check still works', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const validate = schemaValidator(join(file, 'cache'));
    expect(validate(specs[1])).toBe(false);
  });

  it('says what is wrong in words an author can act on', () => {
    expect(vegaLiteProblem(specs[1]!)).toMatch(/^"mark" must be one of: .*\bbar\b.*\bline\b/);
    expect(vegaLiteProblem(specs[0]!)).toBeUndefined();
  });

  it('once the build lets the validator go, a later check makes it again and gives the same answers', () => {
    const before = specs.map((spec) => vegaLiteProblem(spec));
    forgetSchemaValidator();
    expect(specs.map((spec) => vegaLiteProblem(spec))).toEqual(before);
    expect(before[1]).toMatch(/^"mark" must be one of/);
  });
});
