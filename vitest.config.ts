import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { pinToday } from './src/lib/clock.ts';

/**
 * Three kinds of test, each its own project:
 * - unit: pure functions and the content files, no build (tests/unit);
 * - build: a copy of the project with one thing changed, built for real (tests/build);
 * - dist: checks over the site as `npm run build` wrote it to dist/ (tests/dist), run after the build.
 */
export default defineConfig({
  test: {
    // One "today" for every test and every build or command a test starts: SITE_TODAY, or the real date once.
    env: { SITE_TODAY: pinToday() },
    // Vitest's default on two cores is one file at a time; a build test mostly waits on its build's own
    // process, so two files side by side keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Real builds, in copies of their own, so files may run side by side; each takes seconds.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 },
      },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
