import { symlinkSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { contentFile } from '../../src/lib/content-files';
import { isoDay } from '../../src/lib/dates';
import { recordStatement, type UnsignedRecord } from '../../src/review/ledger';
import { throwawayKey } from '../support/ssh-signer';
import { siteCopy, type Site } from '../support/build';

/**
 * Bad input stops the real build with a message that names the file, the field (or line) and the fix: one
 * case of each kind of check, to prove it is wired into the build. Each check's every rule is unit-tested
 * (tests/unit); these only show the build runs it.
 */
let site: Site | undefined;
afterEach(() => site?.remove());

function buildWith(file: string, change: (text: string) => string, env: Record<string, string> = {}) {
  site = siteCopy();
  site.edit(file, change);
  const run = site.build(env);
  expect(run.status, run.output).not.toBe(0);
  return run.output;
}

describe('the build stops', () => {
  it('on a field the schema refuses (content collections)', () => {
    const output = buildWith('content/education/faq.mdx', (text) => text.replace(/^description:.*$/m, ''));
    expect(output).toContain('content/education/faq.mdx');
    expect(output).toContain('description: description is required: one or two sentences, 50 to 160 characters.');
  });

  it('on content that must not be published, a problem across entries and a symbolic link, naming each file at once', () => {
    site = siteCopy();
    // A comment ended by a lone carriage return: JavaScript would run the string after it.
    site.edit(
      'content/education/getting-help.mdx',
      (text) => `${text.trimEnd()}\n\nSee {// note\r"<meta http-equiv=refresh>"} this.\n`,
    );
    site.edit('content/education/es/abstinencia-y-disminucion-gradual.mdx', (text) =>
      text.replace(/^translationOf: .*$/m, 'translationOf: withdrawal'),
    );
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(
      join(outside, 'page.mdx'),
      '---\ntitle: A page from elsewhere\ndescription: This page lives outside the repository and must never be published by the build.\nupdated: 2026-11-01\n---\n\nText.\n',
    );
    symlinkSync(join(outside, 'page.mdx'), join(site.root, 'content/pages/elsewhere.mdx'));
    const run = site.build();
    rmSync(outside, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /content\/education\/getting-help\.mdx:\d+:\d+: a carriage return without a line feed is not allowed/,
    );
    expect(run.output).toContain(
      'content/education/es/abstinencia-y-disminucion-gradual.mdx, field "translationOf": "withdrawal" is not an entry of content/education in the default language.',
    );
    expect(run.output).toContain('content/pages/elsewhere.mdx is, or sits in a folder that is, a symbolic link');
  });

  it('on a dictionary that misses a key', () => {
    const output = buildWith('src/i18n/es.ts', (text) => text.replace(/^ {2}skipLink: .*\n/m, ''));
    expect(output).toContain('src/i18n/es.ts does not match the default dictionary (src/i18n/en.ts):');
    expect(output).toContain('skipLink: missing key');
  });

  it('on settings that are not valid', () => {
    const output = buildWith('src/settings.ts', (text) =>
      text.replace("admissionsPhone: '+18557861978'", "admissionsPhone: '855.786.1978'"),
    );
    expect(output).toContain('src/settings.ts: the site settings are invalid.');
    expect(output).toContain('admissionsPhone: admissionsPhone must be a US number in E.164 form');
  });

  it('on a malformed SITE_TODAY', () => {
    site = siteCopy();
    const run = site.build({ SITE_TODAY: '2026-02-30' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('SITE_TODAY is "2026-02-30", which is not a calendar day: write it as YYYY-MM-DD');
  });

  it('on a ledger record changed after it was signed, naming the ledger, the record and the field', () => {
    const key = throwawayKey('dr-dunlap');
    // Signed on the day the page was last updated: a real past day, whatever day the suite runs on.
    const { updated } = contentFile('content/treatments/outpatient-treatment.mdx').frontmatter;
    const record: UnsignedRecord = {
      kind: 'sign-off',
      page: '/treatment/outpatient-treatment/',
      digest: `sha256:${'a'.repeat(64)}`,
      reviewer: 'beth-dunlap',
      date: isoDay(updated as Date),
    };
    const signed = { ...record, signature: key.sign(recordStatement(record)) };
    site = siteCopy();
    site.edit('content/staff/beth-dunlap.mdx', (text) =>
      text.replace(/^physician: true$/m, `physician: true\nsigningKeys:\n  - ${key.publicLine}`),
    );
    site.write('content/medical-reviews.yaml', stringify([{ ...signed, digest: `sha256:${'b'.repeat(64)}` }]));
    const run = site.build();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('content/medical-reviews.yaml is not valid:');
    expect(run.output).toContain(
      'record 1 (page /treatment/outpatient-treatment/), field "signature": the signature does not match the record',
    );
  });
});
