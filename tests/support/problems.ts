/** Breaking a copy of the shared fixture and reading the problems the load reports. */
import { loadSite } from '../../src/site/load.ts';
import { ContentError, type Problem } from '../../src/shared/problems.ts';
import { copyFixture, type FixtureCopy } from './fixtures.ts';

/** The problems reported after `change` breaks a fresh copy of the fixture; the copy is removed. Throws when the broken copy loads. */
export function problemsAfter(change: (fixture: FixtureCopy) => void): Problem[] {
  const copy = copyFixture();
  try {
    change(copy);
    loadSite(copy.paths);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  } finally {
    copy.remove();
  }
  throw new Error('The broken content loaded without a problem');
}

/** The same, for one file of the fixture edited as text. */
export function problemsAfterEditing(file: string, change: (text: string) => string): Problem[] {
  return problemsAfter((fixture) => fixture.edit(file, change));
}
