import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtFile } from '../support/checks/dist';
import { htmlProblems } from '../support/checks/html';
import { sitemapPaths } from '../support/sitemap';

// The built files, not the browser's repaired DOM: a validator must see the markup as it was sent.
for (const path of [...sitemapPaths(), '/404.html']) {
  test(`${path} is valid, accessible HTML`, async () => {
    expect(await htmlProblems(path, readFileSync(builtFile(path), 'utf8'))).toEqual([]);
  });
}
