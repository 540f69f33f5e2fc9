import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtFile } from '../support/checks/dist';
import { gluedWords, htmlProblems } from '../support/checks/html';
import { sitemapPaths } from '../support/sitemap';

// The built files, not the browser's repaired DOM: a validator must see the markup as it was sent.
for (const path of [...sitemapPaths(), '/404.html']) {
  test(`${path} is valid, accessible HTML`, async () => {
    const html = readFileSync(builtFile(path), 'utf8');
    expect(await htmlProblems(path, html)).toEqual([]);
    expect(gluedWords(html), 'text glued to a link or a date').toEqual([]);
  });
}
