import { getCollection } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/settings';
import { projectRoot } from '../support/astro';
import { isAuthoritative } from '../../src/lib/authoritative';

const contentFiles = (folder = join(projectRoot, 'content')): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? contentFiles(join(folder, item.name)) : /\.mdx?$/.test(item.name) ? [join(folder, item.name)] : [],
  );

/** Ten-digit North American numbers in any common spelling, and tel: links. */
const phoneLike = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\b1-800-[A-Z0-9-]{4,}|tel:/g;
const digitsOf = (text: string) => text.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/** The national help lines may be written out in content; nothing else, the admissions line included. */
const helpLineDigits = new Set(
  site.crisisLines.flatMap((line) => [line.dial, line.tty ?? '']).filter(Boolean).map(digitsOf),
);

describe('sources', () => {
  it('every education page cites at least two sources, each an https address on an authoritative domain', async () => {
    for (const entry of await getCollection('education')) {
      expect(entry.data.sources.length, `${entry.filePath}: sources`).toBeGreaterThanOrEqual(2);
      for (const source of entry.data.sources) {
        expect(isAuthoritative(source.url), `${entry.filePath}: ${source.url} is not on the allowed list`).toBe(true);
      }
    }
  });

  it('every treatment page cites authoritative sources too', async () => {
    for (const entry of await getCollection('treatments')) {
      for (const source of entry.data.sources) {
        expect(isAuthoritative(source.url), `${entry.filePath}: ${source.url} is not on the allowed list`).toBe(true);
      }
    }
  });

  it('the allowed list turns away blogs, look-alike hosts and plain http', () => {
    expect(isAuthoritative('https://www.fda.gov/drugs/x')).toBe(true);
    expect(isAuthoritative('https://pmc.ncbi.nlm.nih.gov/articles/PMC2871668/')).toBe(true);
    expect(isAuthoritative('https://fda.gov.example.com/x')).toBe(false);
    expect(isAuthoritative('https://notfda.gov/x')).toBe(false);
    expect(isAuthoritative('https://example-rehab-blog.com/benzos')).toBe(false);
    expect(isAuthoritative('http://www.fda.gov/drugs/x')).toBe(false);
  });
});

describe('phone numbers in content', () => {
  it('appear only as national help lines; the admissions number comes from the site settings', () => {
    const typed = contentFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(phoneLike)]
        .filter((match) => !helpLineDigits.has(digitsOf(match[0])))
        .map((match) => `${relative(projectRoot, file)}: "${match[0]}"`),
    );
    expect(typed).toEqual([]);
  });

  it('the check notices the admissions number typed by hand', () => {
    const sample = 'Call us at 855.786.1978 or (855) 786-1978.';
    expect([...sample.matchAll(phoneLike)].map((match) => digitsOf(match[0]))).toEqual(['8557861978', '8557861978']);
    expect(helpLineDigits.has('8557861978')).toBe(false);
  });
});

describe('safety warnings', () => {
  it('every page that talks about stopping, withdrawal or tapering shows the do-not-stop-suddenly warning', async () => {
    const pages = [...(await getCollection('education')), ...(await getCollection('treatments'))];
    const missing = pages
      .filter((page) => /\b(stop(?:ping)?|withdrawal|taper(?:ing)?)\b/i.test(page.body ?? ''))
      .filter((page) => !page.data.withdrawalWarning)
      .map((page) => `${page.filePath}: set withdrawalWarning: true`);
    expect(missing).toEqual([]);
  });
});
