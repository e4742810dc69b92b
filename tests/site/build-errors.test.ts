/** The real build, given broken content, stops with the author's message and makes no pages. */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { copyFixture, gradedInspection, type FixtureCopy } from '../support/fixtures.ts';
import { buildInTurn } from '../support/build.ts';

let copy: FixtureCopy | undefined;
let out: string | undefined;
afterEach(() => {
  copy?.remove();
  if (out) rmSync(out, { recursive: true, force: true });
});

function buildBroken(change: (fixture: FixtureCopy) => void) {
  copy = copyFixture();
  change(copy);
  out = mkdtempSync(join(tmpdir(), 'lantern-out-'));
  const result = buildInTurn('npx', ['--no', 'astro', 'build'], {
    LANTERN_CONTENT_DIR: copy.paths.content,
    LANTERN_DATA_DIR: copy.paths.data,
    LANTERN_OUT_DIR: out,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    built: existsSync(join(out, 'index.html')),
  };
}

describe('a build of broken content', () => {
  it('stops on a grade that is not on the scale, naming the file, the field, the scale and the grade found', () => {
    const result = buildBroken((f) =>
      f.edit(gradedInspection, (t) => t.replace('grade: "Good"', 'grade: "Adequate"')),
    );
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toContain(
      'content/inspections/testshire-2023-ilacs.md, field "judgementGroups → 1 → judgements → 1 → grade"',
    );
    expect(result.output).toContain('expected: a grade on the scale "Ofsted four-point scale"');
    expect(result.output).toContain('found:    "Adequate"');
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    // Only the problems: not Astro's wrapper around an error in a hook.
    expect(result.output).not.toMatch(/unhandled error|Stack trace|\[ERROR\]/);
    expect(result.output.trim()).toMatch(/^Lantern found (a problem|\d+ problems) in the content/);
  });

  it('stops on a chart that names a KPI which does not exist, naming the file and the KPI', () => {
    const result = buildBroken((f) =>
      f.edit('content/plans/testshire-plan-2023.mdx', (t) =>
        t.replace('<Chart kpi="ts-referrals" />', '<Chart kpi="ts-no-such-kpi" />'),
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toContain('content/plans/testshire-plan-2023.mdx, field "a <Chart> in the body"');
    expect(result.output).toContain('"ts-no-such-kpi", which is not one');
  });

  it('stops on broken JSON in data/, naming the file', () => {
    const result = buildBroken((f) => f.edit('data/organisations.json', (t) => t.replace(/\]\s*$/, '')));
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toMatch(
      /data\/organisations\.json\n\s+expected: valid JSON\n\s+found:\s+broken JSON/,
    );
  });
});
