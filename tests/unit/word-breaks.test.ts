import { describe, expect, it } from 'vitest';
import { separateBlocks } from '../../src/build/word-breaks.ts';

describe('keeping the words of neighbouring elements apart for search', () => {
  it('puts a line break between a term and its description, and between a header cell and the next cell', () => {
    expect(
      separateBlocks('<dl><dt>Inspected</dt><dd>Northamptonshire</dd><dt>Type</dt><dd>ILACS</dd></dl>'),
    ).toBe('<dl><dt>Inspected</dt>\n<dd>Northamptonshire</dd>\n<dt>Type</dt>\n<dd>ILACS</dd>\n</dl>');
    expect(separateBlocks('<tr><th scope="row">Jan 2022</th><td>85%</td></tr>')).toBe(
      '<tr><th scope="row">Jan 2022</th>\n<td>85%</td></tr>',
    );
    expect(separateBlocks('<details><summary>Members present (24)</summary><ul>')).toBe(
      '<details><summary>Members present (24)</summary>\n<ul>',
    );
  });

  it('leaves text after an element, and inline elements, as they are', () => {
    expect(separateBlocks('<dd>Good</dd> and <span>a</span><span>b</span>')).toBe(
      '<dd>Good</dd> and <span>a</span><span>b</span>',
    );
    expect(separateBlocks('<p><a href="/x/">x</a><a href="/y/">y</a></p>')).toBe(
      '<p><a href="/x/">x</a><a href="/y/">y</a></p>',
    );
  });
});
