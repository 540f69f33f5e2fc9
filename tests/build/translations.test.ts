import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { today } from '../../src/lib/clock';
import { formatDate } from '../../src/lib/dates';
import { runAstro } from '../../scripts/lib/astro';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';

/** The Spanish edition's guarantees, on throwaway copies of the project with the real build. */
const spanishArticle = 'content/education/es/abstinencia-y-disminucion-gradual.mdx';
const spanishPath = '/es/adiccion-a-benzodiazepinas/abstinencia-y-disminucion-gradual/';
const englishArticle = 'content/education/withdrawal-and-tapering.mdx';
const englishPath = '/benzodiazepine-addiction/withdrawal-and-tapering/';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

function buildWith(file: string, change: (text: string) => string) {
  copy = copyProject();
  copy.edit(file, change);
  return runAstro(['build'], copy.root);
}

const review = (root: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/review.ts', ...args],
    { cwd: root, encoding: 'utf8' },
  );

describe('a translation that does not match an English page stops the build', () => {
  it('when it names an English page that does not exist', () => {
    const build = buildWith(spanishArticle, (text) =>
      text.replace(/^translationOf: .*$/m, 'translationOf: withdrawal'),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${spanishArticle}, field "translationOf": "withdrawal" is not an English entry of content/education.`,
    );
  });

  it('when a second translation names the same English page', () => {
    const build = buildWith('content/education/es/como-pedir-ayuda.mdx', (text) =>
      text.replace(/^translationOf: .*$/m, 'translationOf: withdrawal-and-tapering'),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /field "translationOf": content\/education\/es\/[a-z-]+\.mdx already translates "withdrawal-and-tapering"/,
    );
  });

  it('when a Spanish file does not say it is Spanish', () => {
    const build = buildWith(spanishArticle, (text) => text.replace(/^lang: es\n/m, ''));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${spanishArticle}, field "lang": the file is in the es/ folder, so lang must be es.`,
    );
  });
});

describe('the interface dictionaries', () => {
  it('stop the build when the Spanish one misses a key, naming it', () => {
    const build = buildWith('src/i18n/es.ts', (text) => text.replace(/^ {2}skipLink: .*\n/m, ''));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('src/i18n/es.ts does not match the keys of src/i18n/en.ts:');
    expect(build.output).toContain('skipLink: missing key');
  });
});

describe('a translation whose English page has changed', () => {
  it('says so on the page, with the English date and link, and in the status report, until it is marked translated again', () => {
    // As an editor would: a word changed, and updated set to the day of the edit.
    const editedOn = today();
    copy = copyProject();
    copy.edit(englishArticle, (text) =>
      text.replace(/^updated: .*$/m, `updated: ${editedOn}`).replace(/\bslowly\b/, 'gradually'),
    );
    let build = runAstro(['build'], copy.root);
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(copy.root, 'dist', spanishPath, 'index.html'), 'utf8');
    expect(page).toContain('data-translation="outdated"');
    expect(page).toContain(`href="${englishPath}"`);
    expect(page).toContain(formatDate(new Date(`${editedOn}T00:00:00Z`), 'es'));
    const status = review(copy.root, 'status');
    expect(status.stdout).toMatch(
      new RegExp(`${spanishPath.replace(/\//g, '\\/')}.*OUT OF DATE \\(English updated ${editedOn}\\)`),
    );
    expect(status.stdout).toContain('1 translation(s) out of date');

    expect(review(copy.root, 'translated', spanishPath).status).toBe(0);
    build = runAstro(['build'], copy.root);
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(copy.root, 'dist', spanishPath, 'index.html'), 'utf8')).not.toContain(
      'data-translation="outdated"',
    );
    expect(review(copy.root, 'status').stdout).toContain('Every translation matches the current English text.');
  });
});
