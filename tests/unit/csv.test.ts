import { describe, expect, it } from 'vitest';
import { csv } from '../../src/shared/csv.ts';

describe('CSV downloads', () => {
  it('quotes only the cells that need it, writes no value as an empty cell, and ends every line with CRLF', () => {
    expect(
      csv([
        ['name', 'note'],
        ['Ada', null],
        ['Fish, chips', 'say "hi"'],
        ['two\nlines', 3],
        ['a lone\rreturn', -1.5],
      ]),
    ).toBe('name,note\r\nAda,\r\n"Fish, chips","say ""hi"""\r\n"two\nlines",3\r\n"a lone\rreturn",-1.5\r\n');
  });
});
