/** Astro's view of the content: every content type's Markdown, with the same schemas the check script and tests use. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { fileParts } from './content-types/registry.ts';
import { sitePaths } from './site/load.ts';

const paths = sitePaths();

export const collections = Object.fromEntries(
  fileParts.flatMap((part) => {
    if (part.kind === 'entries')
      return [
        [
          part.name,
          defineCollection({
            loader: glob({ pattern: '*.{md,mdx}', base: join(paths.content, part.name) }),
            schema: part.schema,
          }),
        ],
      ];
    if (part.kind === 'page')
      return [
        [
          part.name.replace(/\.md$/, ''),
          defineCollection({
            loader: glob({ pattern: part.name, base: paths.content }),
            schema: part.schema,
          }),
        ],
      ];
    return [];
  }),
);
