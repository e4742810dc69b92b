/**
 * A site's own look, from data/site.json: a brand colour for the header and the accents, and a logo
 * beside the site's name. The header's text is white on the brand colour, so the build refuses a colour
 * that white text cannot be read on (WCAG 2.2 AA: 4.5:1 for text); the accents it draws on white
 * (borders, timeline marks) then clear the 3:1 that graphics need as well.
 */
import Color from 'colorjs.io';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../shared/problems.ts';
import type { SiteSettings } from './settings-schema.ts';

/** What the brand colour must reach against the white text on it. */
export const brandMinimum = 4.5;

/** The WCAG 2 contrast ratio of two colours, to two decimal places, rounded down (so 4.496 is not passed as 4.5). */
export function contrastRatio(a: string, b: string): number {
  return Math.floor(new Color(a).contrast(new Color(b), 'WCAG21') * 100) / 100;
}

/** Problems with the brand colour and the logo; `file` is data/site.json as the author sees it, `publicFolder` the site's public/. */
export function brandProblems(settings: SiteSettings, file: string, publicFolder: string): Problem[] {
  const problems: Problem[] = [];
  if (settings.brand) {
    const ratio = contrastRatio(settings.brand, '#ffffff');
    if (ratio < brandMinimum)
      problems.push({
        file,
        field: 'brand',
        expected: `a colour dark enough for the header's white text on it: a contrast ratio of at least ${brandMinimum}:1 with white (WCAG 2.2 AA)`,
        found: `"${settings.brand}", ${ratio}:1`,
      });
  }
  if (settings.logo && !existsSync(join(publicFolder, settings.logo)))
    problems.push({
      file,
      field: 'logo',
      expected: `a file in the site's public/ folder (${join('public', settings.logo)})`,
      found: 'no such file',
    });
  return problems;
}

/** The stylesheet that sets the brand colour (/brand.css), linked only when a site has one; `html:root` outweighs the main stylesheet's `:root`, wherever the two are linked. */
export function brandStylesheet(brand: string): string {
  return `html:root {\n  --brand: ${brand};\n}\n`;
}
