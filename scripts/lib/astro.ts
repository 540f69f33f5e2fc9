import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The project's own Astro CLI, and the environment every run of it gets. */
export const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
/**
 * What a test runner puts in the environment (NODE_ENV=test, and Vite's MODE, DEV, PROD…) is left out:
 * Astro reads those too, and would then build as if in development.
 */
const testRunnerVariables = /^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL)$/;
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name)));
export const astroEnv = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

export interface AstroRun {
  status: number | null;
  output: string;
}

/** Runs the project's own Astro CLI in `cwd` (a project folder), as `npm run` would, with `env` added to the environment. */
export function runAstro(args: string[], cwd: string = projectRoot, env: Record<string, string> = {}): AstroRun {
  const result = spawnSync(process.execPath, [astroBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...astroEnv, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
