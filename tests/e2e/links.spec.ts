import { expect, test } from '@playwright/test';
import { site } from '../../src/settings';
import { builtPages, distFolder } from '../support/checks/dist';
import { linkProblems } from '../support/checks/links';
import { sitemapPaths } from '../support/sitemap';

test('every link, anchor, image, script and stylesheet of the built site leads somewhere that exists', () => {
  // The check reads files, so an empty dist/ would pass it: first make sure every page is there to read.
  expect(builtPages().map((page) => page.path)).toEqual(expect.arrayContaining([...sitemapPaths(), '/404.html']));
  expect(linkProblems(distFolder, site.siteUrl)).toEqual([]);
});
