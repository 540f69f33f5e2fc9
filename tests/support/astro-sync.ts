import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, runAstro } from '../../scripts/lib/astro';

/**
 * getCollection() reads the content data store, so sync it before any test.
 * `astro sync` writes the store to the cache folder (node_modules/.astro), but
 * Vitest runs Astro's Vite plugins in serve mode, which read the dev copy in
 * .astro/; copy it across so tests see exactly what the build sees.
 *
 * Astro 7.3 offers no supported way around this copy: getViteConfig() does not
 * sync the content layer, `astro sync` has no flag to write the dev copy, and
 * only `astro dev` (a server on a port) writes it. The experimental programmatic
 * sync() with cacheDir set to .astro/ also works, but leans on the same file
 * layout, only less visibly. Without the copy every collection is empty in the
 * tests (withastro/astro#12836).
 */
export default function setup(): void {
  const sync = runAstro(['sync']);
  if (sync.status !== 0) {
    throw new Error(`astro sync failed before the tests could run:\n${sync.output}`);
  }
  const synced = join(projectRoot, 'node_modules/.astro/data-store.json');
  if (!existsSync(synced)) {
    throw new Error(
      `astro sync wrote no ${synced}: Astro has moved its content data store. ` +
        'Find where `astro sync` now writes it and update tests/support/astro-sync.ts, or the tests would read empty collections.',
    );
  }
  mkdirSync(join(projectRoot, '.astro'), { recursive: true });
  copyFileSync(synced, join(projectRoot, '.astro/data-store.json'));
}
