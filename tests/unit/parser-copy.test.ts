import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The content lint parses with satteri so that it sees exactly what the build sees; that holds only while
 * the lint and Astro's Markdown and MDX renderers load the same copy of it (package.json pins the version
 * Astro uses).
 */
const resolveFrom = (from: string, name: string) => realpathSync(createRequire(from).resolve(name));
const project = `${process.cwd()}/package.json`;

describe('the Markdown and MDX parser', () => {
  it('is one copy for the content lint and for Astro', () => {
    const ours = resolveFrom(project, 'satteri');
    for (const renderer of ['@astrojs/markdown-satteri', '@astrojs/mdx']) {
      expect(resolveFrom(resolveFrom(project, renderer), 'satteri'), renderer).toBe(ours);
    }
  });
});
