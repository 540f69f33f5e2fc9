import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkProblems } from '../support/checks/links';

const siteUrl = 'https://www.example.org';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>A page</title><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;

/** A small built site where every link, anchor and asset is right. */
const cleanSite: Record<string, string> = {
  'index.html': page(
    [
      '<link rel="canonical" href="https://www.example.org/"><link rel="sitemap" href="/sitemap-index.xml">',
      '<a href="#main">Skip to main content</a><main id="main">',
      '<a href="/treatment/">Treatment</a> <a href="/treatment/#levels">Levels of care</a> <a href="treatment/">Relative</a>',
      '<img src="/_astro/logo.webp" srcset="/_astro/logo.webp 1x, /_astro/logo@2x.webp 2x" alt="">',
      '<a href="https://www.samhsa.gov/find-help">SAMHSA</a> <a href="//988lifeline.org/">988 Lifeline</a>',
      '<a href="tel:+18557861978">Call admissions</a> <a href="tel:988">988</a> <a href="sms:988">Text 988</a>',
      '<a href="mailto:info@example.org">Email us</a> <a href="/treatment/?from=home&amp;step=1#levels">Query</a>',
      '</main><script type="module" src="/_astro/page.js"></script>',
    ].join('\n'),
  ),
  'treatment/index.html': page('<h2 id="levels">Levels of care</h2><a href="/">Home</a>'),
  '404.html': page('<h1>Not found</h1><a href="/">Home</a>'),
  '_astro/site.css': 'body{}',
  '_astro/page.js': '',
  '_astro/logo.webp': '',
  '_astro/logo@2x.webp': '',
  'sitemap-index.xml': '<sitemapindex/>',
};

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes a built site to a temp folder: file names relative to dist/, and their text. */
function fakeDist(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'nirc-dist-'));
  folders.push(dist);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, name)), { recursive: true });
    writeFileSync(join(dist, name), text);
  }
  return dist;
}

/** The problems the check finds once a page at /broken/ with `body` joins the clean site. */
const problemsOn = (body: string) => linkProblems(fakeDist({ ...cleanSite, 'broken/index.html': page(body) }), siteUrl);

describe('the link check', () => {
  it('passes a site whose links, anchors and assets all exist, with https links elsewhere', () => {
    expect(linkProblems(fakeDist(cleanSite), siteUrl)).toEqual([]);
  });

  it('reports a dead link, a missing anchor, a missing image and a plain-http link, each with its page', () => {
    const dist = fakeDist({
      ...cleanSite,
      'treatment/index.html': page(
        '<h2 id="levels">Levels</h2><a href="/admissions/">Admissions</a> <a href="/#costs">Costs</a>' +
          '<img src="/_astro/photo.webp" alt=""> <a href="http://www.samhsa.gov/">SAMHSA</a>',
      ),
    });
    expect(linkProblems(dist, siteUrl)).toEqual([
      '/treatment/: <a href="/admissions/"> leads to /admissions/, which was not built',
      '/treatment/: <a href="/#costs"> points to #costs, but no element on / has that id',
      '/treatment/: <img src="/_astro/photo.webp"> leads to /_astro/photo.webp, which was not built',
      '/treatment/: <a href="http://www.samhsa.gov/"> must use https',
    ]);
  });

  it.each([
    [
      'an anchor missing on the same page',
      '<a href="#sources">Sources</a>',
      '<a href="#sources"> points to #sources, but no element on /broken/ has that id',
    ],
    [
      'a missing size in a srcset',
      '<img src="/_astro/logo.webp" srcset="/_astro/logo.webp 1x, /_astro/logo@3x.webp 3x" alt="">',
      '<img srcset="/_astro/logo@3x.webp"> leads to /_astro/logo@3x.webp, which was not built',
    ],
    [
      'a missing script',
      '<script src="/_astro/gone.js"></script>',
      '<script src="/_astro/gone.js"> leads to /_astro/gone.js, which was not built',
    ],
    [
      'a missing stylesheet',
      '<link rel="stylesheet" href="/_astro/old.css">',
      '<link href="/_astro/old.css"> leads to /_astro/old.css, which was not built',
    ],
    [
      'a page linked without its trailing slash',
      '<a href="/treatment">Treatment</a>',
      '<a href="/treatment"> leads to /treatment, which was not built; the page is /treatment/, with a trailing slash',
    ],
    [
      'an absolute link to a page of the site that was not built',
      '<link rel="canonical" href="https://www.example.org/old-page/">',
      '<link href="https://www.example.org/old-page/"> leads to /old-page/, which was not built',
    ],
    [
      'a phone number that cannot be dialled',
      '<a href="tel:855-786-1978">Call</a>',
      '<a href="tel:855-786-1978"> cannot be dialled: write tel:+ and 11 digits, or a 3-digit code such as tel:988',
    ],
    [
      'a script address',
      '<a href="javascript:history.back()">Back</a>',
      '<a href="javascript:history.back()"> uses javascript: addresses, which this site does not use',
    ],
  ])('reports %s', (_case, body, problem) => {
    expect(problemsOn(body)).toEqual([`/broken/: ${problem}`]);
  });

  it('reports a broken link once per page, however often the page repeats it', () => {
    expect(problemsOn('<a href="/gone/">One</a> <a href="/gone/">Two</a>')).toEqual([
      '/broken/: <a href="/gone/"> leads to /gone/, which was not built',
    ]);
  });

  it('names the error page by its file, the way a host serves it', () => {
    const dist = fakeDist({ ...cleanSite, '404.html': page('<a href="/gone/">Gone</a>') });
    expect(linkProblems(dist, siteUrl)).toEqual(['/404.html: <a href="/gone/"> leads to /gone/, which was not built']);
  });

  it('ignores links in comments and in the text of scripts, which are not markup', () => {
    const body =
      '<!-- <a href="/gone/">Old</a> --><script type="application/ld+json">{"html": "<a href=\\"/gone/\\">"}</script>';
    expect(problemsOn(body)).toEqual([]);
  });
});
