import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../src/lib/clock';
import { formatDate } from '../../src/lib/dates';
import { reviewDueOn } from '../../src/review/due';
import { site as settings } from '../../src/settings';
import { siteCopy } from '../support/build';
import { builtPages } from '../support/checks/dist';
import { all, attribute, parseHtml, textOf } from '../support/checks/html-tree';
import { nodesOf, nodesOfType } from '../support/checks/json-ld';
import { linkProblems } from '../support/checks/links';
import { sitemapEntries } from '../support/sitemap';

/**
 * The medical review end to end, in one throwaway copy with a git history of its own: the reviewer's
 * commands write the ledger, the real build shows it. Every date is counted from the pinned day of the run.
 */
const signedOn = today();
const shown = (day: string) => formatDate(new Date(`${day}T00:00:00Z`), 'en');
const mixing = {
  path: '/benzodiazepine-addiction/mixing-with-opioids-and-alcohol/',
  file: 'content/education/mixing-with-opioids-and-alcohol.mdx',
};
const therapy = { path: '/treatment/therapy-approaches/', file: 'content/treatments/therapy-approaches.mdx' };
const outpatient = { path: '/treatment/outpatient-treatment/', file: 'content/treatments/outpatient-treatment.mdx' };
const setUpdated = (day: string) => (text: string) => text.replace(/^updated: .*$/m, `updated: ${day}`);

const site = siteCopy();
const keys = mkdtempSync(join(tmpdir(), 'review-keys-'));
afterAll(() => {
  site.remove();
  rmSync(keys, { recursive: true, force: true });
});
const dist = join(site.root, 'dist');
const spanishMixing = '/es/adiccion-a-benzodiazepinas/mezclar-con-opioides-y-alcohol/';

/** A throwaway key made as a reviewer makes theirs (ssh-keygen -t ed25519); returns the private key file and the public line. */
function makeKey(name: string) {
  const file = join(keys, name);
  const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', file]);
  if (made.status !== 0) throw new Error(`ssh-keygen could not make a key: ${made.stderr}`);
  return { file, publicLine: readFileSync(`${file}.pub`, 'utf8').trim() };
}
const doctor = makeKey('dr-dunlap');
const translator = makeKey('translator');

/** What a built page says about its review: its state, its label and whether its JSON-LD claims a review. */
function reviewOf(path: string) {
  const tree = parseHtml(site.html(path));
  const [label] = all(tree, '[data-review-state]');
  const blocks = all(tree, 'script[type="application/ld+json"]').map((script) =>
    String((script.children[0] as { value: string }).value),
  );
  const [page] = nodesOfType(nodesOf(blocks), 'MedicalWebPage');
  return {
    state: label && attribute(label, 'dataReviewState'),
    label: label && textOf(label),
    claimsReview: page !== undefined && ('reviewedBy' in page || 'lastReviewed' in page),
  };
}

const medicalPaths = () =>
  site
    .review('status')
    .output.split('\n')
    .map((line) => /^(\/\S+\/)\s/.exec(line)?.[1])
    .filter((path): path is string => Boolean(path));

describe('the review workflow', () => {
  // The pages to be signed were last edited ten days before the sign-off, whatever day the suite runs on.
  for (const page of [mixing, therapy, outpatient]) site.edit(page.file, setUpdated(addDays(signedOn, -10)));
  // Fixtures of this copy only: the physician's key in her bio, and a translator with a key of their own.
  site.edit('content/staff/beth-dunlap.mdx', (text) =>
    text.replace(/^physician: true$/m, `physician: true\nsigningKeys:\n  - ${doctor.publicLine}`),
  );
  site.write(
    'content/translators.yaml',
    `- id: test-translator\n  name: Test Translator\n  role: Medical translator (a test fixture)\n  translates: [es]\n  signingKeys:\n    - ${translator.publicLine}\n`,
  );
  site.write('.gitignore', 'node_modules\ndist\n.astro\n');
  site.git('init', '--quiet');
  site.git('add', '-A');
  site.git('commit', '--quiet', '-m', 'the site as written');

  it('with no sign-off, every medical page says it is not yet reviewed and no JSON-LD claims a review', () => {
    site.mustBuild();
    const paths = medicalPaths();
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) expect(reviewOf(path), path).toMatchObject({ state: 'unreviewed', claimsReview: false });
    expect(reviewOf(mixing.path).label).toBe('Not yet medically reviewed');
  });

  it('sign refuses without the reviewer’s own key, or with a key not listed for them', () => {
    const unsigned = site.review('sign', mixing.path, '--by', 'beth-dunlap');
    expect(unsigned.status).toBe(2);
    expect(unsigned.output).toContain('Sign with your own key: --key <your private key file>');
    const stranger = site.review('sign', mixing.path, '--by', 'beth-dunlap', '--key', translator.file);
    expect(stranger.status).toBe(2);
    expect(stranger.output).toContain(
      'cannot sign for Dr. Beth Dunlap: the signature was made with a key that is not listed for this person',
    );
    expect(readFileSync(join(site.root, 'content/medical-reviews.yaml'), 'utf8')).not.toMatch(/^- kind:/m);
  });

  it('sign records the reviewer, the day and the digest of what the page shows, signed; a sign-off a year old is due', () => {
    const signed = site.review('sign', mixing.path, therapy.path, '--by', 'beth-dunlap', '--key', doctor.file);
    expect(signed.status, signed.output).toBe(0);
    const due = site.review(
      'sign',
      outpatient.path,
      '--by',
      'beth-dunlap',
      '--key',
      doctor.file,
      '--on',
      addDays(signedOn, -400),
    );
    expect(due.status, due.output).toBe(0);
    const checked = site.review(
      'verify-translation',
      spanishMixing,
      '--by',
      'test-translator',
      '--key',
      translator.file,
    );
    expect(checked.status, checked.output).toBe(0);
    expect(readFileSync(join(site.root, 'content/medical-reviews.yaml'), 'utf8')).toMatch(
      new RegExp(
        `- kind: sign-off\n  page: ${mixing.path}\n  digest: sha256:[0-9a-f]{64}\n  reviewer: beth-dunlap\n  date: ${signedOn}\n  signature: \\|\n    -----BEGIN SSH SIGNATURE-----`,
      ),
    );
    site.git('commit', '--quiet', '-am', 'record the reviews');
    const status = site.review('status').output;
    expect(status).toMatch(new RegExp(`${outpatient.path}\\s+REVIEW DUE`));
    expect(status).toContain('3 reviewed, 1 due for review again');
    expect(status).toMatch(new RegExp(`${spanishMixing}\\s+reviewed \\(translation checked\\)`));
    const release = site.review('release-check');
    expect(release.status).toBe(1);
    expect(release.output).toContain(`${outpatient.path}: review due since ${reviewDueOn(addDays(signedOn, -400))}`);
  });

  it('a build that publishes what is reviewed shows the signed pages as reviewed, by whom and when, and holds back every other medical page, linking to none of them', () => {
    const everyPage = builtPages(dist).map((page) => page.path);
    const run = site.mustBuild({ SITE_PUBLISH: 'reviewed' });
    expect(reviewOf(mixing.path)).toEqual({
      state: 'reviewed',
      label: `Medically reviewed by Dr. Beth Dunlap, Medical Director, on ${shown(signedOn)}.`,
      claimsReview: true,
    });
    expect(reviewOf(spanishMixing).label).toBe(
      `Revisión médica de la versión en inglés por la Dra. Beth Dunlap, directora médica, el ${formatDate(new Date(`${signedOn}T00:00:00Z`), 'es')}; traducción verificada por Test Translator, Medical translator (a test fixture), el ${formatDate(new Date(`${signedOn}T00:00:00Z`), 'es')}.`,
    );
    const blocks = all(parseHtml(site.html(spanishMixing)), 'script[type="application/ld+json"]').map((script) =>
      String((script.children[0] as { value: string }).value),
    );
    const [translated] = nodesOfType(nodesOf(blocks), 'MedicalWebPage');
    expect(translated).not.toHaveProperty('reviewedBy');
    expect(translated).toMatchObject({
      translator: { name: 'Test Translator' },
      translationOfWork: { url: `${settings.siteUrl}${mixing.path}` },
    });
    const medical = medicalPaths();
    const published = builtPages(dist).map((page) => page.path);
    const reviewed = [mixing.path, therapy.path, spanishMixing];
    expect(published.filter((path) => medical.includes(path)).sort()).toEqual(reviewed.toSorted());
    expect(published.sort()).toEqual(
      everyPage.filter((path) => !medical.includes(path) || reviewed.includes(path)).sort(),
    );
    expect(linkProblems(dist, settings.siteUrl), 'links to pages that were not built').toEqual([]);
    for (const entry of sitemapEntries(dist)) {
      expect(published, `sitemap: ${entry.path}`).toContain(entry.path);
      for (const href of Object.values(entry.alternates))
        expect(published, `hreflang of ${entry.path}`).toContain(new URL(href).pathname);
    }
    for (const path of published.filter((path) => path.endsWith('/'))) {
      const blocks = all(parseHtml(site.html(path)), 'script[type="application/ld+json"]').map((script) =>
        String((script.children[0] as { value: string }).value),
      );
      const urls = JSON.stringify(nodesOf(blocks)).match(/https:\/\/[^"#]+/g) ?? [];
      for (const url of urls.filter((url) => url.startsWith(settings.siteUrl)))
        expect(published, `JSON-LD of ${path}`).toContain(new URL(url).pathname);
    }
    // Both languages of the mixing page are published, and name each other; the therapy page's Spanish
    // counterpart is held back, so its language switch leads to the Spanish home page instead.
    expect(
      all(parseHtml(site.html(mixing.path)), 'link[hreflang="es"]').map((link) => attribute(link, 'href')),
    ).toEqual([`${settings.siteUrl}${spanishMixing}`]);
    expect(all(parseHtml(site.html(therapy.path)), 'a[hreflang="es"]').map((link) => attribute(link, 'href'))).toEqual([
      '/es/',
    ]);
    expect(all(parseHtml(site.html(therapy.path)), 'link[hreflang]')).toEqual([]);
    expect(run.output).toMatch(
      /\[publish\] \/benzodiazepine-addiction\/mixing-with-opioids-and-alcohol\/: the link to \/\S+ is shown as plain text/,
    );
  });

  it('changing a shared sentence withdraws the review (and the page from a reviewed build) of every page that shows it; changing the footer does not; a due review is not shown as reviewed', () => {
    site.edit('src/i18n/en.ts', (text) =>
      text
        .replace(
          'Naloxone does no harm if the person took no opioids, so give it whenever you are unsure.',
          'Naloxone can harm a person who took no opioids, so do not give it when unsure.',
        )
        .replace(
          'This site gives general information, not medical advice for your situation.',
          'This site gives general information only.',
        ),
    );
    site.edit(mixing.file, setUpdated(signedOn)); // as an editor would: the page's words changed today
    site.mustBuild();
    // A sign-off a year old no longer reads as reviewed: it says since when it is due.
    expect(reviewOf(outpatient.path)).toMatchObject({ state: 'due', claimsReview: false });
    expect(reviewOf(outpatient.path).label).toMatch(/^Review due since \w+ \d+, \d{4}\./);
    // The bio lists the pages its physician's review currently covers.
    const bio = site.html('/our-team/beth-dunlap/');
    expect(bio).toContain(`href="${therapy.path}"`);
    expect(bio).not.toContain(`href="${outpatient.path}"`);
    expect(bio).not.toContain(`href="${mixing.path}"`);
    expect(reviewOf(mixing.path)).toMatchObject({ state: 'changed', claimsReview: false });
    expect(reviewOf(mixing.path).label).toBe(
      `Updated on ${shown(signedOn)} after its last medical review (${shown(signedOn)}, by Dr. Beth Dunlap, Medical Director). The changes have not been medically reviewed yet.`,
    );
    expect(reviewOf(therapy.path).state).toBe('reviewed');
    expect(site.text(therapy.path)).toContain('This site gives general information only.');
    // The translation was checked against the original as it read before: it no longer counts as reviewed.
    expect(reviewOf(spanishMixing)).toMatchObject({ state: 'unreviewed', claimsReview: false });
    // The next build that publishes what is reviewed withdraws the edited page and its translation.
    const status = site.review('status').output;
    expect(status).toMatch(new RegExp(`^${mixing.path}\\s+changed since review\\s.*\\sheld back\\b`, 'm'));
    expect(status).toMatch(new RegExp(`^${spanishMixing}\\s+not yet reviewed\\s.*\\sheld back\\b`, 'm'));
    expect(status).toMatch(new RegExp(`^${therapy.path}\\s+reviewed\\s.*\\spublished\\b`, 'm'));
  });

  it('review diff shows what the page showed when it was signed against what it shows now', () => {
    site.git('commit', '--quiet', '-am', 'the naloxone sentence, edited');
    const diff = site.review('diff', mixing.path);
    expect(diff.output).toContain(`Changes to what ${mixing.path} shows since the review of ${signedOn}`);
    expect(diff.output).toMatch(/^-.*Naloxone does no harm if the person took no opioids/m);
    expect(diff.output).toMatch(/^\+.*Naloxone can harm a person who took no opioids/m);
  });

  it('review diff says so when a shallow clone lacks the history of the sign-off', () => {
    const shallow = join(site.root, 'shallow');
    site.git('clone', '--quiet', '--depth', '1', `file://${site.root}`, shallow);
    const inClone = spawn(shallow, 'diff', mixing.path);
    expect(inClone.status).toBe(1);
    expect(inClone.output).toContain('This is a shallow clone: the commit that recorded the review');
  });

  it('changing a word without setting updated stops the build: the label would claim an edit before the review', () => {
    site.edit(therapy.file, (text) => text.replace(/\bhelp\b/, 'aid'));
    const run = site.build();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${therapy.file}, field "updated": the text changed after the medical review of ${signedOn} (record 2), but updated says ${addDays(signedOn, -10)}. Set updated to the day of your edit.`,
    );
  });
});

/** The review command of the copy, run in another folder (a clone of the copy). */
function spawn(cwd: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      join(site.root, 'scripts/review.ts'),
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
