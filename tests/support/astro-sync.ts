import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, runAstro } from './astro';

/**
 * getCollection() reads the content data store, so sync it before any test.
 * `astro sync` writes the store to the cache folder (node_modules/.astro), but
 * Vitest runs Astro's Vite plugins in serve mode, which read the dev copy in
 * .astro/; copy it across so tests see exactly what the build sees.
 */
export default function setup(): void {
  const sync = runAstro(['sync']);
  if (sync.status !== 0) {
    throw new Error(`astro sync failed before the tests could run:\n${sync.output}`);
  }
  mkdirSync(join(projectRoot, '.astro'), { recursive: true });
  copyFileSync(
    join(projectRoot, 'node_modules/.astro/data-store.json'),
    join(projectRoot, '.astro/data-store.json'),
  );
}
