/**
 * The medical reviewer's commands (see "Medical review" in the README):
 *   npm run review -- status
 *   npm run review -- sign <page>… --by <staff-id> [--on YYYY-MM-DD] [--note "…"]
 *   npm run review -- diff <page>
 *   npm run review -- translated <translated page>…   (records which English text a translation matches)
 *   npm run release-check            (the same as: npm run review -- release-check)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ClockError, isCalendarDay, pinToday } from '../src/lib/clock.ts';
import { contentDigest } from '../src/review/digest.ts';
import { checkLedger, ledgerFile, LedgerError, reviewStateOf, type LedgerRecord } from '../src/review/ledger.ts';
import { originalOf, readSiteFiles, type SiteFiles, type SitePage } from '../src/review/site-files.ts';

const root = process.env.REVIEW_ROOT ?? process.cwd();
class UsageError extends Error {}

/** Today, as the clock says (SITE_TODAY when set); pinned when the command starts. */
let today = '';

function findPage(site: SiteFiles, name: string) {
  const wanted = name.startsWith('/') && !name.endsWith('/') ? `${name}/` : name;
  const page = site.pages.find(
    (candidate) => candidate.path === wanted || `${candidate.section}/${candidate.id}` === name,
  );
  if (!page) {
    throw new UsageError(
      `"${name}" is not a medical page. Name a page by its address, e.g. ${site.pages[0]?.path ?? '/treatment/outpatient-treatment/'}, ` +
        `or as section/file, e.g. ${site.pages[0] ? `${site.pages[0].section}/${site.pages[0].id}` : 'treatments/outpatient-treatment'}. ` +
        'Run `npm run review -- status` for the list.',
    );
  }
  return page;
}

function status(site: SiteFiles): void {
  const name = (id?: string) => (id ? (site.staff.find((person) => person.id === id)?.name ?? id) : '');
  const rows = site.pages.map((page) => {
    const review = reviewStateOf(page, site.records, today);
    const signed = review.state !== 'unreviewed';
    return {
      page: page.path,
      state: { reviewed: 'reviewed', changed: 'changed since review', unreviewed: 'not yet reviewed' }[review.state],
      reviewer: signed
        ? name(review.record.reviewer)
        : page.assignedReviewer
          ? `${name(page.assignedReviewer)} (assigned)`
          : '',
      'reviewed on': signed ? review.record.date : '',
      due: signed ? `${review.dueOn}${review.due ? ' (DUE)' : ''}` : 'now',
      translation: translationState(site, page),
    };
  });
  const headers = Object.keys(rows[0] ?? { page: '' }) as (keyof (typeof rows)[number])[];
  const widths = headers.map((header) => Math.max(header.length, ...rows.map((row) => row[header].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index]!))
      .join('  ')
      .trimEnd();
  console.log(line(headers));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(headers.map((header) => row[header])));
  const count = (state: string) => rows.filter((row) => row.state === state).length;
  console.log(
    `\n${rows.length} medical pages: ${count('reviewed')} reviewed, ${count('changed since review')} changed since review, ${count('not yet reviewed')} not yet reviewed.`,
  );
  const stale = rows.filter((row) => row.translation.startsWith('OUT OF DATE'));
  console.log(
    stale.length === 0
      ? 'Every translation matches the current English text.'
      : `${stale.length} translation(s) out of date: update them, then run \`npm run review -- translated <page>\`:\n${stale.map((row) => `  - ${row.page}`).join('\n')}`,
  );
}

/** For a translation: whether it still matches the English text it was translated from. */
function translationState(site: SiteFiles, page: SitePage): string {
  const original = originalOf(site, page);
  if (!original) return '';
  return page.translatedFrom === original.digest ? 'current' : `OUT OF DATE (English updated ${original.updated})`;
}

/** Records, in each translation's frontmatter, the digest of the English text it now matches. */
function translated(site: SiteFiles, names: string[]): void {
  if (names.length === 0)
    throw new UsageError(
      'Name at least one translated page, e.g. npm run review -- translated /es/tratamiento/tratamiento-ambulatorio/',
    );
  for (const page of names.map((name) => findPage(site, name))) {
    const original = originalOf(site, page);
    if (!original)
      throw new UsageError(`${page.path} is not a translation: it names no English page in translationOf.`);
    const path = join(root, page.file);
    const text = readFileSync(path, 'utf8');
    const line = `translatedFrom: ${original.digest}`;
    const updated = /^translatedFrom:.*$/m.test(text)
      ? text.replace(/^translatedFrom:.*$/m, line)
      : text.replace(/^(translationOf:.*)$/m, `$1\n${line}`);
    writeFileSync(path, updated);
    console.log(
      `${page.path} now records that it translates ${original.path} as it reads today (${original.digest.slice(0, 19)}…).`,
    );
  }
}

function sign(site: SiteFiles, names: string[], by: string | undefined, on: string, note: string | undefined): void {
  if (names.length === 0)
    throw new UsageError(
      'Name at least one page to sign, e.g. npm run review -- sign /treatment/outpatient-treatment/ --by beth-dunlap',
    );
  if (!by) throw new UsageError('Say who reviewed the pages: --by <staff-id>, e.g. --by beth-dunlap.');
  const reviewer = site.staff.find((person) => person.id === by);
  const physicians =
    site.staff
      .filter((person) => person.physician)
      .map((person) => person.id)
      .join(', ') || '(none)';
  if (!reviewer) throw new UsageError(`"${by}" is not a staff entry in content/staff. Physicians: ${physicians}.`);
  if (!reviewer.physician)
    throw new UsageError(
      `${reviewer.name} is not a physician (physician: true in content/staff/${by}.md); only a physician can sign off a medical page.`,
    );
  if (!isCalendarDay(on)) throw new UsageError(`--on must be a real calendar day written as YYYY-MM-DD, not "${on}".`);
  if (on > today)
    throw new UsageError(`--on ${on} is in the future. Record a review on or after the day it took place.`);
  const pages = [...new Set(names.map((name) => findPage(site, name)))];
  const added: LedgerRecord[] = pages.map((page, index) => ({
    page: page.path,
    reviewer: by,
    date: on,
    digest: page.digest,
    ...(note && { note }),
    number: site.records.length + index + 1,
  }));
  // The ledger must stay valid: check the records as they will stand before writing a line.
  checkLedger([...site.records, ...added], site.pages, site.staff, today);
  const path = join(root, ledgerFile);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const yaml = added
    .map(({ page, reviewer: id, date, digest }) =>
      [
        `- page: ${page}`,
        `  reviewer: ${id}`,
        `  date: ${date}`,
        `  digest: ${digest}`,
        ...(note ? [`  note: ${JSON.stringify(note)}`] : []),
      ].join('\n'),
    )
    .join('\n');
  writeFileSync(path, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${yaml}\n`);
  for (const record of added)
    console.log(`Signed ${record.page} for ${reviewer.name} on ${record.date} (${record.digest.slice(0, 19)}…).`);
  console.log(
    `Recorded in ${ledgerFile}. Commit it with the pages as they are now, so \`review diff\` can show later changes.`,
  );
}

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function diff(site: SiteFiles, name: string | undefined): number {
  if (!name)
    throw new UsageError('Name the page to compare, e.g. npm run review -- diff /treatment/outpatient-treatment/');
  const page = findPage(site, name);
  const review = reviewStateOf(page, site.records, today);
  if (review.state === 'unreviewed') {
    console.log(`${page.path} has never been signed off: there is no reviewed text to compare with.`);
    return 0;
  }
  if (review.state === 'reviewed') {
    console.log(
      `${page.path} has not changed since ${review.record.date}: its text matches record ${review.record.number}.`,
    );
    return 0;
  }
  // The commit that added the record holds the ledger and, when signed as the README says, the page as reviewed.
  if (spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root }).status !== 0) {
    console.error(`${root} is not a git checkout, so there is no history to compare with.`);
    return 1;
  }
  const commits = git(['log', '--format=%H', '-S', review.record.digest, '--', ledgerFile]).split('\n').filter(Boolean);
  // In a shallow clone the oldest commit we can see may only seem to add the record: its parents are cut off.
  const cutOff =
    git(['rev-parse', '--is-shallow-repository']) === 'true'
      ? readFileSync(git(['rev-parse', '--git-path', 'shallow']), 'utf8')
      : '';
  const signedAt = commits.at(-1);
  if (!signedAt || cutOff.includes(signedAt)) {
    console.error(
      cutOff
        ? `This is a shallow clone: the commit that recorded the review of ${page.path} is not in its history. Run \`git fetch --unshallow\`, then try again.`
        : `The review of ${page.path} (record ${review.record.number}) is not committed yet, so there is no history to compare with. Commit ${ledgerFile} first.`,
    );
    return 1;
  }
  const candidates = [page.file, page.file.replace(/\.mdx?$/, (ext) => (ext === '.md' ? '.mdx' : '.md'))];
  const reviewedText = candidates
    .map((file) => spawnSync('git', ['show', `${signedAt}:${file}`], { cwd: root, encoding: 'utf8' }))
    .find((result) => result.status === 0)?.stdout;
  if (reviewedText === undefined) {
    console.error(
      `The page's file was not in commit ${signedAt.slice(0, 10)}, where the review was recorded; compare by hand with \`git log -- ${page.file}\`.`,
    );
    return 1;
  }
  if (contentDigest(reviewedText, page.file) !== review.record.digest) {
    console.log(
      `Note: at commit ${signedAt.slice(0, 10)} the page's text does not match the signed digest (it was signed with changes not yet committed). The comparison below is with that commit.`,
    );
  }
  const before = join(mkdtempSync(join(tmpdir(), 'review-diff-')), `reviewed-${review.record.date}`);
  writeFileSync(before, reviewedText);
  console.log(`Changes to ${page.path} since the review of ${review.record.date} (commit ${signedAt.slice(0, 10)}):\n`);
  spawnSync('git', ['diff', '--no-index', '--', before, join(root, page.file)], { cwd: root, stdio: 'inherit' });
  return 0;
}

function releaseCheck(site: SiteFiles): number {
  const blocking = site.pages.flatMap((page) => {
    const review = reviewStateOf(page, site.records, today);
    if (review.state === 'unreviewed') return [`${page.path}: not yet reviewed`];
    if (review.state === 'changed') return [`${page.path}: changed since its review of ${review.record.date}`];
    return review.due ? [`${page.path}: review due since ${review.dueOn}`] : [];
  });
  if (blocking.length === 0) {
    console.log(
      `Ready to publish: all ${site.pages.length} medical pages are reviewed in their current form, and none is due.`,
    );
    return 0;
  }
  console.error(`Not ready to publish: ${blocking.length} of ${site.pages.length} medical pages block a release.`);
  for (const line of blocking) console.error(`  - ${line}`);
  console.error('Have a physician review them, then record it with `npm run review -- sign <page> --by <staff-id>`.');
  return 1;
}

function main(): number {
  today = pinToday();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { by: { type: 'string' }, on: { type: 'string', default: today }, note: { type: 'string' } },
  });
  const [command, ...pages] = positionals;
  const site = readSiteFiles(root);
  checkLedger(site.records, site.pages, site.staff, today);
  switch (command) {
    case 'status':
      status(site);
      return 0;
    case 'sign':
      sign(site, pages, values.by, values.on, values.note);
      return 0;
    case 'diff':
      return diff(site, pages[0]);
    case 'release-check':
      return releaseCheck(site);
    case 'translated':
      translated(site, pages);
      return 0;
    default:
      throw new UsageError(
        `Unknown command "${command ?? ''}". Use one of: status, sign, diff, translated, release-check.`,
      );
  }
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(
    error instanceof UsageError ||
    error instanceof LedgerError ||
    error instanceof ClockError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ))
    throw error;
  console.error((error as Error).message);
  process.exitCode = 2;
}
