import { afterEach, describe, expect, it } from 'vitest';
import { runAstro, type AstroRun } from '../../scripts/lib/astro';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';

const article = 'content/education/faq.md';
const mdxArticle = 'content/education/getting-help.mdx';
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

/** Builds with one line added at the end of a file's body; returns the build and that line's number. */
function buildWithLine(file: string, line: string): AstroRun & { line: number } {
  let number = 0;
  const build = buildWith(file, (text) => {
    number = text.trimEnd().split('\n').length + 2;
    return `${text.trimEnd()}\n\n${line}\n`;
  });
  return { ...build, line: number };
}

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
    expect(build.output).toContain(article);
    expect(build.output).toContain('description: description is required: one or two sentences, 50 to 160 characters.');
  });

  it('stops when a field is malformed, saying what was expected', () => {
    const build = buildWith(article, replaceLine('updated', 'updated: sometime in May'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(article);
    expect(build.output).toContain('updated: updated must be a date written as YYYY-MM-DD, for example 2026-11-02.');
  });

  it('stops on a misspelt field instead of ignoring it', () => {
    const build = buildWith(bio, replaceLine('role', 'role: Medical Director\nphoto: portrait.jpg'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(bio);
    expect(build.output).toContain('unknown field "photo": check the spelling or remove it.');
  });

  it('stops when the frontmatter is not valid YAML, naming the file', () => {
    const build = buildWith(article, replaceLine('title', 'title: [Questions people ask'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(article);
    expect(build.output).toMatch(/frontmatter|YAML/i);
  });

  it('stops when a page is assigned to a reviewer who is not on staff', () => {
    const build = buildWith(article, replaceLine('updated', 'updated: 2026-11-27\nreviewer: dr-nobody'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${article}, field "reviewer": "dr-nobody" names no staff entry. Use the file name of a physician in content/staff: beth-dunlap, or leave the field out.`,
    );
  });

  it('stops when the admissions number in the site settings is invalid', () => {
    const build = buildWith('src/settings.ts', (text) => text.replace("'+18557861978'", "'855.786.1978'"));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('src/settings.ts: the site settings are invalid.');
    expect(build.output).toContain('admissionsPhone: admissionsPhone must be a US number in E.164 form');
  });

  it('stops on a page that talks about tapering without the withdrawal warning', () => {
    const build = buildWith(article, (text) => text.replace(/^withdrawalWarning: true$/m, 'withdrawalWarning: false'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${article}, field "withdrawalWarning": the page talks about stopping; set withdrawalWarning: true.`,
    );
  });
});

describe('content that must not build', () => {
  it('stops on an empty body, naming the file and line', () => {
    const build = buildWith(article, (text) => text.slice(0, text.indexOf('\n---', 4) + 5));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(new RegExp(`${article}:\\d+:1: the page has no content`));
  });

  it('stops on a raw script, naming the file and line', () => {
    const build = buildWithLine(article, '<script>alert(1)</script>');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${article}:${build.line}:1: <script> is not allowed`);
  });

  it('stops on an unknown component in MDX, naming the file and line', () => {
    const build = buildWithLine(mdxArticle, '<Warnig title="Careful">Text</Warnig>');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${mdxArticle}:${build.line}:1: unknown component <Warnig>`);
  });

  it('stops on a plain http link, naming the file and line', () => {
    const build = buildWithLine(article, 'See [the agency](http://www.fda.gov/).');
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(new RegExp(`${article}:${build.line}:\\d+: http: link`));
  });
});
