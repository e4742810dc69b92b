/** `npm run check` runs this after the type check: it loads and checks all content, and says what it found. */
import { loadSite, sitePaths } from '../site/load.ts';
import { ContentError } from '../shared/problems.ts';
import { contentTypes } from '../content-types/registry.ts';

try {
  const site = loadSite(sitePaths());
  console.log(`Content is valid: ${contentTypes.flatMap((type) => type.counts(site)).join(', ')}.`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
