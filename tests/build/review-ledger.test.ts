import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { uiText } from '../../src/i18n';
import { addDays, today } from '../../src/lib/clock';
import { formatDate } from '../../src/lib/dates';
import { localeOfPath } from '../../src/sections';
import { runAstro } from '../../scripts/lib/astro';
import { nodesOf, nodesOfType } from '../support/checks/json-ld';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';

/**
 * The review workflow end to end, in throwaway copies of the project: the reviewer's own commands
 * write the ledger, the real build renders it. Example records exist only in these copies.
 */
const signedPage = '/treatment/outpatient-treatment/';
const signedFile = 'content/treatments/outpatient-treatment.mdx';
const ledger = 'content/medical-reviews.yaml';
/** The pinned day of this run (vitest.config.ts): every date below is counted from it, never from the calendar. */
const signedOn = today();
const shown = (day: string) => formatDate(new Date(`${day}T00:00:00Z`), 'en');
const setUpdated = (day: string) => (text: string) => text.replace(/^updated: .*$/m, `updated: ${day}`);

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

function freshCopy(): ProjectCopy {
  const copy = copyProject();
  copies.push(copy);
  return copy;
}

function review(copy: ProjectCopy, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/review.ts', ...args],
    {
      cwd: copy.root,
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function build(copy: ProjectCopy) {
  const run = runAstro(['build'], copy.root);
  if (run.status !== 0) throw new Error(`the build failed:\n${run.output}`);
  return run;
}

/** What a built page says about its review, in its label and in its JSON-LD. */
function reviewOnPage(copy: ProjectCopy, path: string) {
  const html = readFileSync(join(copy.root, 'dist', path, 'index.html'), 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => match[1]!);
  const [page] = nodesOfType(nodesOf(blocks), 'MedicalWebPage');
  return {
    state: /data-review-state="([a-z]+)"/.exec(html)?.[1],
    label: /<p[^>]*data-review-state[^>]*>(.*?)<\/p>/s
      .exec(html)?.[1]
      ?.replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    jsonLdReview: page ? 'reviewedBy' in page || 'lastReviewed' in page : undefined,
    html,
  };
}

const medicalPaths = (copy: ProjectCopy) =>
  review(copy, 'status')
    .output.split('\n')
    .map((line) => /^(\/\S+\/)\s/.exec(line)?.[1])
    .filter((path): path is string => Boolean(path));

describe('with no ledger at all', () => {
  it('every medical page says it is not yet reviewed, and no JSON-LD claims a review', () => {
    const copy = freshCopy();
    copy.delete(ledger);
    build(copy);
    const paths = medicalPaths(copy);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const page = reviewOnPage(copy, path);
      expect(page.state, path).toBe('unreviewed');
      const t = uiText(localeOfPath(path)).review;
      expect(page.label, path).toContain(t.notReviewed);
      expect(page.jsonLdReview, path).toBe(false);
      expect(page.html, path).not.toContain(t.reviewedBy);
    }
  });
});

const git = (copy: ProjectCopy, ...args: string[]) => {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: copy.root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
};

describe('signing, editing and harmless edits', () => {
  // A repository of its own, so `review diff` has the history a real checkout has. The page was last
  // edited ten days before the sign-off, whatever day the suite runs on.
  const copy = freshCopy();
  copy.edit(signedFile, setUpdated(addDays(signedOn, -10)));
  copy.write('.gitignore', 'node_modules\ndist\n.astro\n');
  git(copy, 'init', '--quiet');
  git(copy, 'add', '-A');
  git(copy, 'commit', '--quiet', '-m', 'the site as written');

  it('signing one page makes only that page reviewed, with the byline, the JSON-LD fields and a place on the bio', () => {
    const signed = review(copy, 'sign', signedPage, '--by', 'beth-dunlap');
    expect(signed.status, signed.output).toBe(0);
    git(copy, 'commit', '--quiet', '-am', 'record the review');
    expect(readFileSync(join(copy.root, ledger), 'utf8')).toContain(
      `- page: /treatment/outpatient-treatment/\n  reviewer: beth-dunlap\n  date: ${signedOn}\n  digest: sha256:`,
    );
    build(copy);
    const page = reviewOnPage(copy, signedPage);
    expect(page.state).toBe('reviewed');
    expect(page.label).toBe(`Medically reviewed by Dr. Beth Dunlap, Medical Director, on ${shown(signedOn)}.`);
    expect(page.jsonLdReview).toBe(true);
    for (const path of medicalPaths(copy).filter((path) => path !== signedPage)) {
      expect(reviewOnPage(copy, path).state, path).toBe('unreviewed');
    }
    const bio = readFileSync(join(copy.root, 'dist/our-team/beth-dunlap/index.html'), 'utf8');
    expect(bio).toContain('Pages Dr. Beth Dunlap has medically reviewed');
    expect(bio).toContain(`href="${signedPage}"`);
  });

  it('changing one word without setting updated stops the build: the page would claim an edit before its review', () => {
    copy.edit(signedFile, (text) => text.replace(/\bhelp\b/, 'aid'));
    const run = runAstro(['build'], copy.root);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${signedFile}, field "updated": the text changed after the medical review of ${signedOn} (record 1), but updated says ${addDays(signedOn, -10)}. Set updated to the day of your edit.`,
    );
  });

  it('changing one word and updated, as an editor does, makes it "changed since review" and drops the JSON-LD review fields', () => {
    copy.edit(signedFile, setUpdated(signedOn));
    build(copy);
    const page = reviewOnPage(copy, signedPage);
    expect(page.state).toBe('changed');
    expect(page.label).toBe(
      `Updated on ${shown(signedOn)} after its last medical review (${shown(signedOn)}, by Dr. Beth Dunlap, Medical Director). The changes have not been medically reviewed yet.`,
    );
    expect(page.jsonLdReview).toBe(false);
    expect(readFileSync(join(copy.root, 'dist/our-team/beth-dunlap/index.html'), 'utf8')).not.toContain(
      'has medically reviewed',
    );
    const diff = review(copy, 'diff', signedPage);
    expect(diff.output).toContain(`Changes to ${signedPage} since the review of ${signedOn}`);
    expect(diff.output).toMatch(/^-.*\bhelp\b/m);
    expect(diff.output).toMatch(/^\+.*\baid\b/m);
  });

  it('review diff says so when a shallow clone lacks the history of the sign-off', () => {
    git(copy, 'commit', '--quiet', '-am', 'edit after the review');
    const shallow = join(copy.root, 'shallow');
    git(copy, 'clone', '--quiet', '--depth', '1', `file://${copy.root}`, shallow);
    const result = spawnSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        join(copy.root, 'scripts/review.ts'),
        'diff',
        signedPage,
      ],
      {
        cwd: shallow,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This is a shallow clone: the commit that recorded the review');
  });

  it('changing only the order or the line endings keeps it reviewed', () => {
    copy.edit(signedFile, (text) => text.replace(/\baid\b/, 'help'));
    copy.edit(signedFile, (text) =>
      text
        .replace(/^order: \d+$/m, 'order: 9')
        .replace(/\n/g, '\r\n')
        .replace(/\.\r\n/, '.   \r\n'),
    );
    build(copy);
    expect(reviewOnPage(copy, signedPage).state).toBe('reviewed');
  });
});

describe('the release gate', () => {
  it('fails with unreviewed or changed pages, and passes once every page is signed in its current form', () => {
    const copy = freshCopy();
    const before = review(copy, 'release-check');
    expect(before.status).toBe(1);
    expect(before.output).toContain(`${signedPage}: not yet reviewed`);
    const all = medicalPaths(copy);
    expect(review(copy, 'sign', ...all, '--by', 'beth-dunlap').status).toBe(0);
    const after = review(copy, 'release-check');
    expect(after.output).toContain(
      `Ready to publish: all ${all.length} medical pages are reviewed in their current form`,
    );
    expect(after.status).toBe(0);
    copy.edit(signedFile, (text) => `${text}\nOne more sentence.\n`);
    const changed = review(copy, 'release-check');
    expect(changed.status).toBe(1);
    expect(changed.output).toContain(`${signedPage}: changed since its review of ${signedOn}`);
  });
});

describe('the sign command refuses', () => {
  const copy = freshCopy();
  copy.write(
    'content/staff/sam-nurse.md',
    '---\nname: Sam Nurse\nrole: Nurse\ndescription: A nurse on our team, written only for this test of the review ledger, not a real person.\norder: 2\n---\n\nA test entry.\n',
  );

  it.each([
    ['an unknown page', ['/treatment/nope/', '--by', 'beth-dunlap'], '"/treatment/nope/" is not a medical page.'],
    [
      'a reviewer who is not on staff',
      [signedPage, '--by', 'dr-nobody'],
      '"dr-nobody" is not a staff entry in content/staff. Physicians: beth-dunlap.',
    ],
    ['a reviewer who is not a physician', [signedPage, '--by', 'sam-nurse'], 'Sam Nurse is not a physician'],
    [
      'a date in the future',
      [signedPage, '--by', 'beth-dunlap', '--on', addDays(signedOn, 1)],
      `--on ${addDays(signedOn, 1)} is in the future.`,
    ],
    [
      'a day that is not on the calendar',
      [signedPage, '--by', 'beth-dunlap', '--on', '2026-02-30'],
      '--on must be a real calendar day written as YYYY-MM-DD, not "2026-02-30".',
    ],
  ])('%s', (_case, args, message) => {
    const result = review(copy, 'sign', ...args);
    expect(result.status).toBe(2);
    expect(result.output).toContain(message);
    expect(readFileSync(join(copy.root, ledger), 'utf8')).not.toMatch(/^- page:/m);
  });
});

describe('a bad ledger record stops the build, naming the ledger, the record and the field', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  const daysAgo = (count: number) => addDays(signedOn, -count);
  const record = (fields: Record<string, string>) =>
    `- ${Object.entries({ page: signedPage, reviewer: 'beth-dunlap', date: daysAgo(30), digest, ...fields })
      .map(([key, value]) => `${key}: ${value}`)
      .join('\n  ')}\n`;

  it.each([
    [
      'a page that does not exist',
      record({ page: '/treatment/nope/' }),
      'record 1 (page /treatment/nope/), field "page": no medical page has the address /treatment/nope/.',
    ],
    [
      'an unknown reviewer',
      record({ reviewer: 'dr-nobody' }),
      `record 1 (page ${signedPage}), field "reviewer": "dr-nobody" is not a staff entry.`,
    ],
    [
      'a reviewer who is not a physician',
      record({ reviewer: 'sam-nurse' }),
      `record 1 (page ${signedPage}), field "reviewer": Sam Nurse is not a physician`,
    ],
    [
      'a malformed digest',
      record({ digest: 'sha256:1234' }),
      `record 1 (page ${signedPage}), field "digest": digest must be "sha256:" followed by 64 lower-case hex digits`,
    ],
    [
      'a date in the future',
      record({ date: addDays(signedOn, 1) }),
      `record 1 (page ${signedPage}), field "date": ${addDays(signedOn, 1)} is in the future.`,
    ],
    [
      'a day that is not on the calendar',
      record({ date: '2026-02-30' }),
      `record 1 (page ${signedPage}), field "date": date is not a real calendar day`,
    ],
    [
      'a date earlier than the same reviewer’s earlier record for the page',
      record({ date: daysAgo(20) }) + record({ date: daysAgo(30) }),
      `record 2 (page ${signedPage}), field "date": ${daysAgo(30)} is earlier than record 1 by the same reviewer for this page (${daysAgo(20)}).`,
    ],
  ])('%s', (_case, records, message) => {
    const copy = freshCopy();
    copy.write(
      'content/staff/sam-nurse.md',
      '---\nname: Sam Nurse\nrole: Nurse\ndescription: A nurse on our team, written only for this test of the review ledger, not a real person.\norder: 2\n---\n\nA test entry.\n',
    );
    copy.edit(ledger, (text) => text + records);
    const run = runAstro(['build'], copy.root);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`${ledger} is not valid:`);
    expect(run.output).toContain(message);
  });
});
