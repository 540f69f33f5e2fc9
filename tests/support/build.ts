import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAstro, type AstroRun } from '../../scripts/lib/astro';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';
import { parseHtml, textOf } from './checks/html-tree';

/** A throwaway copy of the project, and what its commands and builds answer. */
export interface Site extends ProjectCopy {
  build(env?: Record<string, string>): AstroRun;
  /** Builds, and stops the test with the build's output when it fails. */
  mustBuild(env?: Record<string, string>): AstroRun;
  /** `npm run review -- …` in the copy. */
  review(...args: string[]): { status: number | null; output: string };
  git(...args: string[]): string;
  /** A built page's HTML, and its words as a reader sees them. */
  html(path: string): string;
  text(path: string): string;
}

export function siteCopy(extraInputs: string[] = []): Site {
  const copy = copyProject(extraInputs);
  const site: Site = {
    ...copy,
    build: (env = {}) => runAstro(['build'], copy.root, env),
    mustBuild(env = {}) {
      const run = site.build(env);
      // The build's own log is long: its error is at the end.
      if (run.status !== 0) throw new Error(`the build failed:\n${run.output.slice(-3000)}`);
      return run;
    },
    review(...args) {
      const result = spawnSync(
        process.execPath,
        ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/review.ts', ...args],
        { cwd: copy.root, encoding: 'utf8' },
      );
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    git(...args) {
      const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
        cwd: copy.root,
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
      return result.stdout;
    },
    html: (path) => readFileSync(join(copy.root, 'dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
    text: (path) => textOf(parseHtml(site.html(path))),
  };
  return site;
}
