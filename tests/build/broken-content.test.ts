import { afterEach, describe, expect, it } from 'vitest';
import { runAstro, type AstroRun } from '../support/astro';
import { copyProject, type ProjectCopy } from '../support/project-copy';

const article = 'content/education/what-are-benzodiazepines.md';
const bio = 'content/staff/beth-dunlap.md';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

/** Copies the project, breaks one thing, and runs the real production build. */
function buildWith(file: string, change: (text: string) => string): AstroRun {
  copy = copyProject();
  copy.edit(file, change);
  return runAstro(['build'], copy.root);
}

const replaceLine = (field: string, line: string) => (text: string) => {
  const pattern = new RegExp(`^${field}:.*$`, 'm');
  if (!pattern.test(text)) throw new Error(`the fixture has no "${field}:" line to replace`);
  return text.replace(pattern, line);
};

describe('the production build', () => {
  it('succeeds on an untouched copy, so the failures below come from the breakage alone', () => {
    copy = copyProject();
    const build = runAstro(['build'], copy.root);
    expect(build.output).toContain('Complete!');
    expect(build.status).toBe(0);
  });

  it('stops when a required field is missing, naming the file and the field', () => {
    const build = buildWith(article, replaceLine('description', ''));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${article}`);
    expect(build.output).toContain('description: description is required: one or two sentences, 50 to 160 characters.');
  });

  it('stops when a field is malformed, saying what was expected', () => {
    const build = buildWith(article, replaceLine('lastReviewed', 'lastReviewed: sometime in May'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${article}`);
    expect(build.output).toContain('lastReviewed: lastReviewed must be a date written as YYYY-MM-DD, for example 2026-11-02.');
  });

  it('stops on a misspelt field instead of ignoring it', () => {
    const build = buildWith(bio, replaceLine('role', 'role: Medical Director\nphoto: portrait.jpg'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${bio}`);
    expect(build.output).toContain('unknown field "photo": check the spelling or remove it.');
  });

  it('stops when the frontmatter is not valid YAML, naming the file', () => {
    const build = buildWith(article, replaceLine('title', 'title: [What are benzodiazepines'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${article}`);
    expect(build.output).toMatch(/frontmatter|YAML/i);
  });

  it('stops when a reviewer names no staff entry, which Astro alone would only log', () => {
    const build = buildWith(article, replaceLine('reviewedBy', 'reviewedBy: dr-nobody'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${article}: reviewedBy "dr-nobody" names no staff entry. Expected the file name (without extension) of an entry in content/staff: beth-dunlap.`,
    );
  });

  it('stops when the admissions number in the site settings is invalid', () => {
    const build = buildWith('src/settings.ts', (text) => text.replace("'+18557861978'", "'855.786.1978'"));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('src/settings.ts: the site settings are invalid.');
    expect(build.output).toContain('admissionsPhone: admissionsPhone must be a US number in E.164 form');
  });

  it('warns, without failing, when a medical page is due for review', () => {
    const build = buildWith(article, replaceLine('lastReviewed', 'lastReviewed: 2020-01-01'));
    expect(build.status).toBe(0);
    expect(build.output).toContain(
      `[medical review] ${article}: due for review since 2021-01-01; have it reviewed and update lastReviewed.`,
    );
  });
});
