/** Breaking a copy of the shared fixture and reading the problems the load reports. */
import { loadSite } from '../../src/site/load.ts';
import { ContentError, type Problem } from '../../src/shared/problems.ts';
import { copyFixture, type FixtureCopy } from './fixtures.ts';

/** The problems reported after `change` edits a fresh copy of the fixture (none when it still loads); the copy is removed. */
export function problemsOf(change: (fixture: FixtureCopy) => void): Problem[] {
  const copy = copyFixture();
  try {
    change(copy);
    loadSite(copy.paths);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  } finally {
    copy.remove();
  }
}

/** The problems reported after `change` breaks a fresh copy of the fixture. Throws when the broken copy loads. */
export function problemsAfter(change: (fixture: FixtureCopy) => void): Problem[] {
  const problems = problemsOf(change);
  if (problems.length === 0) throw new Error('The broken content loaded without a problem');
  return problems;
}

/** The same, for one file of the fixture edited as text. */
export function problemsAfterEditing(file: string, change: (text: string) => string): Problem[] {
  return problemsAfter((fixture) => fixture.edit(file, change));
}
