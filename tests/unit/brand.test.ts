/** A site's brand colour and logo (data/site.json): refused when white text cannot be read on the colour, or the logo is missing. */
import { describe, expect, it } from 'vitest';
import { brandStylesheet, contrastRatio } from '../../src/site/brand.ts';
import { problemsOf } from '../support/problems.ts';

const problemsWith = (settings: Record<string, string>, files: Record<string, string> = {}) =>
  problemsOf((copy) => {
    copy.edit('data/site.json', (text) => JSON.stringify({ ...JSON.parse(text), ...settings }));
    for (const [file, text] of Object.entries(files)) copy.write(file, text);
  });

describe("a site's brand", () => {
  it('measures contrast as WCAG does: black on white is 21:1, and the default navy clears 4.5:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#16324f', '#ffffff')).toBeGreaterThan(4.5);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('accepts a dark colour and an existing logo', () => {
    expect(problemsWith({ brand: '#1d4f91', logo: 'logo.svg' }, { 'public/logo.svg': '<svg/>' })).toEqual([]);
  });

  it('refuses a colour white text cannot be read on, naming the field, the ratio and the minimum', () => {
    expect(problemsWith({ brand: '#77aaff' })).toEqual([
      {
        file: 'data/site.json',
        field: 'brand',
        expected:
          "a colour dark enough for the header's white text on it: a contrast ratio of at least 4.5:1 with white (WCAG 2.2 AA)",
        found: '"#77aaff", 2.33:1',
      },
    ]);
  });

  it('refuses a colour not written as six hex digits, and a logo that is not in public/', () => {
    expect(problemsWith({ brand: 'navy', logo: 'logo.svg' }).map((p) => [p.field, p.expected])).toEqual([
      ['brand', 'a colour written as # and six hex digits, such as "#1d4f91"'],
    ]);
    expect(problemsWith({ logo: 'crest.png' })).toEqual([
      {
        file: 'data/site.json',
        field: 'logo',
        expected: "a file in the site's public/ folder (public/crest.png)",
        found: 'no such file',
      },
    ]);
    expect(problemsWith({ logo: '../secret.svg' }).map((p) => p.field)).toEqual(['logo']);
  });

  it('sets the colour in a stylesheet that outweighs the main one', () => {
    expect(brandStylesheet('#1d4f91')).toBe('html:root {\n  --brand: #1d4f91;\n}\n');
  });
});
