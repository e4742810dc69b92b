/** Every built page is valid HTML: html-validate's standard rules (the HTML specification) and its accessibility rules, zero errors. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { builtPages, distDir } from '../support/dist.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:standard', 'html-validate:a11y'],
    rules: {
      // A scrolling table sits in a focusable <div role="region"> named by its caption: the pattern that
      // lets keyboard users scroll it. A <section> would be the same landmark, so the preference is off.
      'prefer-native-element': 'off',
    },
  }),
);

describe('valid HTML', () => {
  it.each(builtPages())('%s has no html-validate errors', async (page) => {
    const report = await validator.validateFile(join(distDir, page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('catches what it should: a stray end tag and a duplicate id are errors', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en-GB"><head><title>t</title></head><body><main><p><div>x</div></p><span id="a"></span><span id="a"></span></main></body></html>',
    );
    expect(report.results[0]!.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['close-order', 'no-dup-id']),
    );
  });
});
