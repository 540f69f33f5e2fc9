/**
 * The medical reviewer's and the translator's commands (see "Medical review" in the README):
 *   npm run review -- status
 *   npm run review -- sign <page>… --by <staff-id> --key <key file> [--on YYYY-MM-DD] [--note "…"]
 *   npm run review -- verify-translation <translated page>… --by <id> --key <key file> [--on …] [--note "…"]
 *   npm run review -- diff <page>
 *   npm run review -- translated <translated page>…   (records which original text a translation matches)
 *   npm run release-check            (the same as: npm run review -- release-check)
 *
 * A page's digest covers what the page shows, which only a build can render: the commands read the
 * digests from the last build's manifest, and build first when the content or code changed since.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClockError, isCalendarDay, pinToday } from '../src/lib/clock.ts';
import {
  checkLedger,
  ledgerFile,
  LedgerError,
  latestRecord,
  parseLedger,
  recordStatement,
  reviewStates,
  type LedgerRecord,
  type ReviewState,
  type UnsignedRecord,
} from '../src/review/ledger.ts';
import { signatureNamespace, signatureProblem } from '../src/review/signature.ts';
import { publishMode } from '../src/settings.ts';
import {
  freshManifest,
  inputsFingerprint,
  keptManifest,
  manifestFile,
  writeManifest,
  type Manifest,
  type ManifestPage,
} from '../src/review/manifest.ts';
import { linkPackages } from './lib/project-copy.ts';
import { runAstro } from './lib/astro.ts';
import { printTable } from './lib/table.ts';

const root = resolve(process.env.REVIEW_ROOT ?? process.cwd());

class UsageError extends Error {}

/** Today, as the clock says (SITE_TODAY when set); pinned when the command starts. */
let today = '';

/** The manifest of a build of `folder` as it is now: the last build's when nothing changed since, else a new build's. */
function manifestOf(folder: string): Manifest {
  const fresh = freshManifest(folder);
  if (fresh) return fresh;
  console.error('Building the site to read what each page shows…');
  const outDir = mkdtempSync(join(tmpdir(), 'review-build-'));
  try {
    const run = runAstro(['build', '--outDir', outDir], folder, { SITE_PUBLISH: 'all' });
    if (run.status !== 0)
      throw new UsageError(`The site does not build, so no page can be reviewed:\n${run.output.trim()}`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const built = freshManifest(folder);
  if (!built) throw new Error(`The build wrote no ${manifestFile}.`);
  return built;
}

interface Site {
  manifest: Manifest;
  records: LedgerRecord[];
  states: Map<string, ReviewState>;
}

const readLedger = () => {
  const path = join(root, ledgerFile);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

function readSite(): Site {
  const manifest = manifestOf(root);
  const records = parseLedger(readLedger());
  checkLedger(records, manifest.pages, manifest.signers, today);
  return { manifest, records, states: reviewStates(manifest.pages, records, today) };
}

function findPage(site: Site, name: string): ManifestPage {
  const wanted = name.startsWith('/') && !name.endsWith('/') ? `${name}/` : name;
  const page = site.manifest.pages.find(
    (candidate) => candidate.path === wanted || candidate.file.replace(/^content\/|\.mdx$/g, '') === name,
  );
  if (!page) {
    const example = site.manifest.pages[0];
    throw new UsageError(
      `"${name}" is not a medical page. Name a page by its address, e.g. ${example?.path ?? '/treatment/outpatient-treatment/'}, ` +
        `or as section/file, e.g. ${example ? example.file.replace(/^content\/|\.mdx$/g, '') : 'treatments/outpatient-treatment'}. ` +
        'Run `npm run review -- status` for the list.',
    );
  }
  return page;
}

const stateWords = {
  reviewed: 'reviewed',
  translation: 'reviewed (translation checked)',
  due: 'REVIEW DUE',
  changed: 'changed since review',
  unreviewed: 'not yet reviewed',
};
const wordsFor = (state: ReviewState) =>
  state.state === 'reviewed' && state.translation ? stateWords.translation : stateWords[state.state];

/** For a translation: whether it still matches the text of the page it translates. */
function translationState(site: Site, page: ManifestPage): string {
  const original = page.original && site.manifest.pages.find((other) => other.path === page.original);
  if (!original) return '';
  if (!page.translatedFrom) return 'NOT RECORDED (run `npm run review -- translated` once it matches)';
  return page.translatedFrom === original.digest ? 'current' : `OUT OF DATE (original updated ${original.updated})`;
}

function status(site: Site): void {
  const name = (id?: string) => (id ? (site.manifest.signers.find((person) => person.id === id)?.name ?? id) : '');
  const rows = site.manifest.pages.map((page) => {
    const review = site.states.get(page.path)!;
    const signed = review.state !== 'unreviewed';
    return [
      page.path,
      wordsFor(review),
      signed ? name(review.record.reviewer) : page.assignedReviewer ? `${name(page.assignedReviewer)} (assigned)` : '',
      signed ? review.record.date : '',
      signed ? review.dueOn : 'now',
      review.state === 'reviewed' ? 'published' : 'held back',
      translationState(site, page),
    ];
  });
  printTable(['page', 'state', 'reviewer', 'reviewed on', 'due', 'reviewed build', 'translation'], rows, 7);
  const count = (words: string) => rows.filter((row) => row[1] === words).length;
  console.log(
    `\n${rows.length} medical pages: ${count(stateWords.reviewed) + count(stateWords.translation)} reviewed, ${count(stateWords.due)} due for review again, ${count(stateWords.changed)} changed since review, ${count(stateWords.unreviewed)} not yet reviewed.`,
  );
  console.log(
    `A build that publishes what is reviewed (SITE_PUBLISH=reviewed; this site's setting: ${publishMode()}) would publish ${rows.filter((row) => row[5] === 'published').length} of them and hold back the rest.`,
  );
  const stale = rows.filter((row) => /^(OUT OF DATE|NOT RECORDED)/.test(row[6]!));
  console.log(
    stale.length === 0
      ? 'Every translation matches the current text of its original.'
      : `${stale.length} translation(s) out of date: update them, then run \`npm run review -- translated <page>\`:\n${stale.map((row) => `  - ${row[0]}`).join('\n')}`,
  );
}

/**
 * Records, in each translation's frontmatter, the digest of the original it now matches. That line is in no
 * digest and no reviewed part, so the manifest stays true for the files as written: it is updated too, and
 * the next command needs no build.
 */
function translated(site: Site, names: string[]): void {
  if (names.length === 0)
    throw new UsageError(
      'Name at least one translated page, e.g. npm run review -- translated /es/tratamiento/tratamiento-ambulatorio/',
    );
  for (const page of names.map((name) => findPage(site, name))) {
    const original = page.original && site.manifest.pages.find((other) => other.path === page.original);
    if (!original) throw new UsageError(`${page.path} is not a translation: it names no original in translationOf.`);
    const path = join(root, page.file);
    const text = readFileSync(path, 'utf8');
    const line = `translatedFrom: ${original.digest}`;
    writeFileSync(
      path,
      /^translatedFrom:.*$/m.test(text)
        ? text.replace(/^translatedFrom:.*$/m, line)
        : text.replace(/^(translationOf:.*)$/m, `$1\n${line}`),
    );
    page.translatedFrom = original.digest;
    console.log(
      `${page.path} now records that it translates ${original.path} as it reads today (${original.digest.slice(0, 19)}…).`,
    );
  }
  writeManifest(root, { ...site.manifest, fingerprint: inputsFingerprint(root) });
}

interface Options {
  by?: string;
  key?: string;
  on: string;
  note?: string;
}

/**
 * Signs each record with the signer's own key (`ssh-keygen -Y sign`, which may ask for the key's
 * passphrase or use the SSH agent), checks each signature against the keys listed for the signer, and only
 * then appends the records, after checking the ledger as it will stand.
 */
function appendSigned(site: Site, unsigned: UnsignedRecord[], key: string): void {
  const signer = site.manifest.signers.find((person) => person.id === unsigned[0]!.reviewer)!;
  const folder = mkdtempSync(join(tmpdir(), 'review-sign-'));
  try {
    const signed = unsigned.map((record, index) => {
      const statement = join(folder, `record-${index}.txt`);
      writeFileSync(statement, recordStatement(record));
      const run = spawnSync('ssh-keygen', ['-Y', 'sign', '-f', key, '-n', signatureNamespace, statement], {
        stdio: ['inherit', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      if (run.error || run.status !== 0)
        throw new UsageError(`ssh-keygen could not sign with ${key}: ${(run.error?.message ?? run.stderr).trim()}`);
      const signature = readFileSync(`${statement}.sig`, 'utf8');
      const problem = signatureProblem(signature, recordStatement(record), signer.signingKeys);
      if (problem)
        throw new UsageError(
          `${key} cannot sign for ${signer.name}: ${problem}. Add the public half of the key to their signingKeys in a commit someone else reviews (see the README), then sign again.`,
        );
      return { ...record, signature };
    });
    const yaml = signed
      .map(({ signature, ...fields }) =>
        [
          ...Object.entries(fields)
            .filter(([, value]) => value !== undefined)
            .map(
              ([name, value], index) =>
                `${index === 0 ? '- ' : '  '}${name}: ${name === 'note' ? JSON.stringify(value) : value}`,
            ),
          '  signature: |',
          ...signature
            .trimEnd()
            .split('\n')
            .map((line) => `    ${line}`),
        ].join('\n'),
      )
      .join('\n');
    const before = readLedger();
    const after = `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}${yaml}\n`;
    // The ledger must stay valid: read and check it as it will stand before writing a line.
    checkLedger(parseLedger(after), site.manifest.pages, site.manifest.signers, today);
    writeFileSync(join(root, ledgerFile), after);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The checks every signing command makes before it signs anything. */
function signerFor(site: Site, names: string[], { by, key, on }: Options, example: string) {
  if (names.length === 0) throw new UsageError(`Name at least one page, e.g. ${example}`);
  if (!by) throw new UsageError('Say who checked the pages: --by <id>, e.g. --by beth-dunlap.');
  if (!key)
    throw new UsageError(
      'Sign with your own key: --key <your private key file>, e.g. --key ~/.ssh/id_ed25519 (or the .pub file of a key in your SSH agent). Only you can sign for you.',
    );
  if (!isCalendarDay(on)) throw new UsageError(`--on must be a real calendar day written as YYYY-MM-DD, not "${on}".`);
  if (on > today)
    throw new UsageError(`--on ${on} is in the future. Record a check on or after the day it took place.`);
  const signer = site.manifest.signers.find((person) => person.id === by);
  return { signer, pages: [...new Set(names.map((name) => findPage(site, name)))] };
}

function sign(site: Site, names: string[], options: Options): void {
  const { signer, pages } = signerFor(
    site,
    names,
    options,
    'npm run review -- sign /treatment/outpatient-treatment/ --by beth-dunlap --key ~/.ssh/id_ed25519',
  );
  const physicians =
    site.manifest.signers
      .filter((person) => person.physician)
      .map((person) => person.id)
      .join(', ') || '(none)';
  if (!signer)
    throw new UsageError(`"${options.by}" is not a staff entry in content/staff. Physicians: ${physicians}.`);
  if (!signer.physician)
    throw new UsageError(
      `${signer.name} is not a physician (physician: true in content/staff/${signer.id}.mdx); only a physician can sign off a medical page.`,
    );
  const records = pages.map((page): UnsignedRecord => ({
    kind: 'sign-off',
    page: page.path,
    digest: page.digest,
    reviewer: signer.id,
    date: options.on,
    note: options.note,
  }));
  appendSigned(site, records, options.key!);
  for (const page of pages)
    console.log(`Signed ${page.path} for ${signer.name} on ${options.on} (${page.digest.slice(0, 19)}…).`);
  console.log(
    `Recorded in ${ledgerFile}. Commit it with the pages as they are now, so \`review diff\` can show later changes.`,
  );
}

function verifyTranslation(site: Site, names: string[], options: Options): void {
  const { signer, pages } = signerFor(
    site,
    names,
    options,
    'npm run review -- verify-translation /es/tratamiento/tratamiento-ambulatorio/ --by <id> --key ~/.ssh/id_ed25519',
  );
  if (!signer)
    throw new UsageError(
      `"${options.by}" is not a translator in content/translators.yaml nor a staff entry in content/staff.`,
    );
  const records = pages.map((page): UnsignedRecord => {
    const original = page.original && site.manifest.pages.find((other) => other.path === page.original);
    if (!original) throw new UsageError(`${page.path} is not a translation: it names no original in translationOf.`);
    if (!signer.translates.includes(page.locale))
      throw new UsageError(
        `${signer.name} is not listed as able to check translations into ${page.locale} (translates in content/translators.yaml, or in their bio).`,
      );
    return {
      kind: 'translation',
      page: page.path,
      digest: page.digest,
      original: original.path,
      originalDigest: original.digest,
      reviewer: signer.id,
      date: options.on,
      note: options.note,
    };
  });
  appendSigned(site, records, options.key!);
  for (const record of records) {
    console.log(
      `Recorded that ${record.page} faithfully renders ${record.original} as both read today, checked by ${signer.name} on ${options.on}.`,
    );
    if (site.states.get(record.original!)?.state !== 'reviewed')
      console.log(
        `  Note: ${record.original} is not medically reviewed in its current form yet; the translation counts as reviewed once it is.`,
      );
  }
  console.log(`Recorded in ${ledgerFile}. Commit it with the pages as they are now.`);
}

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * What the page showed when it was signed: the text of the manifest of a build of the commit that recorded
 * the sign-off, kept from an earlier build or built now.
 */
function reviewedText(commit: string, page: ManifestPage): string | undefined {
  const folder = mkdtempSync(join(tmpdir(), 'review-diff-'));
  const checkout = join(folder, 'site');
  try {
    git(['worktree', 'add', '--detach', '--quiet', checkout, commit]);
    linkPackages(checkout);
    // This checkout may have built exactly that text before (often: the build that showed the sign-off).
    const manifest = keptManifest(root, inputsFingerprint(checkout)) ?? manifestOf(checkout);
    return manifest.pages.find((other) => other.path === page.path)?.shown;
  } catch {
    return undefined;
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', checkout], { cwd: root });
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * What changed in what a page shows since its last sign-off. The history is checked first (a shallow
 * clone lacks it); then the site is built as of the commit that recorded the sign-off, and as it is now.
 */
function diff(name: string | undefined): number {
  if (!name)
    throw new UsageError('Name the page to compare, e.g. npm run review -- diff /treatment/outpatient-treatment/');
  const path = name.endsWith('/') ? name : `${name}/`;
  const ledger = join(root, ledgerFile);
  const record = latestRecord(
    parseLedger(existsSync(ledger) ? readFileSync(ledger, 'utf8') : undefined),
    path,
    'sign-off',
  );
  if (!record) {
    console.log(`${path} has never been signed off: there is no reviewed text to compare with.`);
    return 0;
  }
  if (spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root }).status !== 0) {
    console.error(`${root} is not a git checkout, so there is no history to compare with.`);
    return 1;
  }
  // The commit that added the record holds the ledger and, when signed as the README says, the page as reviewed.
  const commits = git(['log', '--format=%H', '-S', record.digest, '--', ledgerFile]).split('\n').filter(Boolean);
  // In a shallow clone the oldest commit we can see may only seem to add the record: its parents are cut off.
  const shallowFile = resolve(root, git(['rev-parse', '--git-path', 'shallow']));
  const cutOff = git(['rev-parse', '--is-shallow-repository']) === 'true' ? readFileSync(shallowFile, 'utf8') : '';
  const signedAt = commits.at(-1);
  if (!signedAt || cutOff.includes(signedAt)) {
    console.error(
      cutOff
        ? `This is a shallow clone: the commit that recorded the review of ${path} is not in its history. Run \`git fetch --unshallow\`, then try again.`
        : `The review of ${path} (record ${record.number}) is not committed yet, so there is no history to compare with. Commit ${ledgerFile} first.`,
    );
    return 1;
  }
  const page = findPage(readSite(), path);
  if (record.digest === page.digest) {
    console.log(`${path} has not changed since ${record.date}: what it shows matches record ${record.number}.`);
    return 0;
  }
  const before = reviewedText(signedAt, page);
  if (before === undefined) {
    console.error(
      `The site as of commit ${signedAt.slice(0, 10)}, where the review was recorded, does not build here; compare by hand with \`git diff ${signedAt.slice(0, 10)}\`.`,
    );
    return 1;
  }
  const folder = mkdtempSync(join(tmpdir(), 'review-diff-'));
  try {
    const reviewed = join(folder, `as-reviewed-${record.date}.txt`);
    const now = join(folder, 'as-it-reads-now.txt');
    writeFileSync(reviewed, `${before}\n`);
    writeFileSync(now, `${page.shown}\n`);
    console.log(
      `Changes to what ${path} shows since the review of ${record.date} (commit ${signedAt.slice(0, 10)}):\n`,
    );
    spawnSync('git', ['diff', '--no-index', '--', reviewed, now], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return 0;
}

function releaseCheck(site: Site): number {
  const mode = publishMode();
  const pages = site.manifest.pages.map((page) => ({ page, review: site.states.get(page.path)! }));
  const blocking = pages.flatMap(({ page, review }) => {
    if (review.state === 'reviewed') return [];
    if (mode === 'reviewed') return []; // held back from the build, not published
    if (review.state === 'unreviewed') return [`${page.path}: not yet reviewed`];
    if (review.state === 'changed') return [`${page.path}: changed since its review of ${review.record.date}`];
    return [`${page.path}: review due since ${review.dueOn}`];
  });
  const total = pages.length;
  if (blocking.length > 0) {
    console.error(`Not ready to publish: ${blocking.length} of ${total} medical pages block a release.`);
    for (const line of blocking) console.error(`  - ${line}`);
    console.error(
      'Have a physician review them, then record it with `npm run review -- sign <page> --by <staff-id> --key <key file>`,',
    );
    console.error('or publish only what is reviewed (publish: reviewed in src/settings.ts, or SITE_PUBLISH=reviewed).');
    return 1;
  }
  const published = pages.filter(({ review }) => review.state === 'reviewed').length;
  console.log(
    mode === 'all'
      ? `Ready to publish: all ${total} medical pages are reviewed in their current form, and none is due.`
      : `Ready to publish what is reviewed: ${published} of ${total} medical pages are reviewed in their current form and none of them is due; the other ${total - published} are held back from the build.`,
  );
  return 0;
}

function main(): number {
  today = pinToday();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      by: { type: 'string' },
      key: { type: 'string' },
      on: { type: 'string', default: today },
      note: { type: 'string' },
    },
  });
  const [command, ...pages] = positionals;
  const commands: Record<string, () => number> = {
    status: () => (status(readSite()), 0),
    sign: () => (sign(readSite(), pages, values), 0),
    'verify-translation': () => (verifyTranslation(readSite(), pages, values), 0),
    diff: () => diff(pages[0]),
    translated: () => (translated(readSite(), pages), 0),
    'release-check': () => releaseCheck(readSite()),
  };
  const run = command !== undefined && Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!run)
    throw new UsageError(`Unknown command "${command ?? ''}". Use one of: ${Object.keys(commands).join(', ')}.`);
  return run();
}

try {
  process.exitCode = main();
} catch (error) {
  const expected =
    error instanceof UsageError ||
    error instanceof LedgerError ||
    error instanceof ClockError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (!expected) throw error;
  console.error((error as Error).message);
  process.exitCode = 2;
}
