/** Content is not code: what the build refuses in a page's Markdown or MDX, and what it lets through. */
import { describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../../src/shared/safe-markup.ts';
import { problemsAfter } from '../support/problems.ts';

const markdown = (body: string) => unsafeMarkup(body, { mdx: false, components: ['Chart'] });
const mdx = (body: string) => unsafeMarkup(body, { mdx: true, components: ['Chart'] });

describe('a Markdown page', () => {
  it('may hold words, links, tables and plain HTML', () => {
    expect(
      markdown(
        'The council **agreed** the [plan](https://example.org/plan.pdf).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<abbr title="Children in care">CiC</abbr> and <br> too.\n',
      ),
    ).toEqual([]);
  });

  it('may not hold a script, an event handler or a javascript: link, each found on its line', () => {
    expect(markdown('Fine.\n\n<script>alert(1)</script>\n')).toEqual([
      { line: 3, found: 'a <script> element' },
    ]);
    expect(markdown('<img src="x.png" onerror="alert(1)">\n')).toEqual([
      { line: 1, found: 'an event handler attribute (onerror=) on <img>' },
    ]);
    expect(markdown('Read [the report](javascript:alert(1)).\n')).toEqual([
      { line: 1, found: 'a link to a javascript: address' },
    ]);
    expect(markdown('<a href="JavaScript:alert(1)">here</a>\n')).toEqual([
      { line: 1, found: 'a javascript: address on <a>' },
    ]);
    expect(markdown('<iframe src="https://example.org"></iframe>\n')).toEqual([
      { line: 1, found: 'a <iframe> element' },
    ]);
  });
});

describe('an MDX page', () => {
  it("may hold words and Lantern's own components, with plain attributes", () => {
    expect(mdx('## How we did\n\n<Chart kpi="nct-kpi-01" />\n\nText after.\n')).toEqual([]);
  });

  it('may not import, export or run an expression, in the build or the browser', () => {
    expect(mdx("import fs from 'node:fs';\n\nText.\n")[0]?.found).toContain('an import or export');
    expect(mdx('export const x = 1;\n\nText.\n')[0]?.found).toContain('an import or export');
    expect(mdx('Two and two is {2 + 2}.\n')).toEqual([{ line: 1, found: 'a JavaScript expression {2 + 2}' }]);
    expect(mdx('<Chart kpi={process.env.HOME} />\n')[0]?.found).toBe(
      'a JavaScript expression in the attributes of <Chart>',
    );
  });

  it('may not use a component Lantern does not give it, or an event handler', () => {
    expect(mdx('<Sneaky />\n')[0]?.found).toContain('the component <Sneaky>');
    expect(mdx('<button onClick="alert(1)">Go</button>\n')[0]?.found).toBe(
      'an event handler attribute (onclick=) on <button>',
    );
  });
});

describe('the content check', () => {
  it("stops on a script in a meeting's text, naming the file and the line", () => {
    const problems = problemsAfter((fixture) =>
      fixture.edit(
        'content/meetings/test-council-2023-09-28.md',
        (text) => `${text}\n<script>alert(1)</script>\n`,
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/meetings/test-council-2023-09-28.md',
        field: expect.stringMatching(/^the text after the front matter, line \d+$/),
        found: 'a <script> element',
      }),
    );
  });
});
