/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { pinToday } from './src/lib/clock.ts';

// getViteConfig gives tests the same `astro:content` modules the build uses.
export default getViteConfig({
  test: {
    // One "today" for every test and every build or command a test starts: SITE_TODAY, or the real date once.
    env: { SITE_TODAY: pinToday() },
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/support/astro-sync.ts'],
    // Build-failure tests run real builds: give them room, and run files one at a time on a 2-core machine.
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
