import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localeOfId } from '../i18n/locales.ts';
import { entryPath, medicalSectionIds, type SectionId } from '../sections.ts';
import { contentDigest, readSourceFile } from './digest.ts';
import { ledgerFile, parseLedger, type LedgerRecord, type ReviewablePage, type StaffMember } from './ledger.ts';

/**
 * The review ledger's view of the site, read straight from content/ for the command line.
 * The build reads the same files through Astro's collections and feeds the same checks.
 */
export interface SitePage extends ReviewablePage {
  section: SectionId;
  id: string;
  /** For a translation: the English entry's id, and the digest of the English text it was translated from. */
  translationOf?: string;
  translatedFrom?: string;
}

export interface SiteFiles {
  root: string;
  pages: SitePage[];
  staff: StaffMember[];
  records: LedgerRecord[];
}

const entriesOf = (root: string, section: string) =>
  globSync(`content/${section}/**/*.{md,mdx}`, { cwd: root })
    .sort()
    .map((file) => ({ file, id: relative(`content/${section}`, file).replace(/\.mdx?$/, '') }));

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The English page a translation translates, if `page` is one. */
export const originalOf = (site: SiteFiles, page: SitePage) =>
  page.translationOf === undefined
    ? undefined
    : site.pages.find((other) => other.section === page.section && other.id === page.translationOf);

export function readSiteFiles(root: string): SiteFiles {
  const pages = medicalSectionIds.flatMap((section) =>
    entriesOf(root, section).map(({ file, id }) => {
      const text = readFileSync(join(root, file), 'utf8');
      const { frontmatter } = readSourceFile(text, file);
      return {
        section,
        id,
        file,
        path: entryPath(section, id)!,
        digest: contentDigest(text, file),
        updated: day(frontmatter.updated),
        assignedReviewer: frontmatter.reviewer as string | undefined,
        translationOf: frontmatter.translationOf as string | undefined,
        translatedFrom: frontmatter.translatedFrom as string | undefined,
      };
    }),
  );
  const staff = entriesOf(root, 'staff')
    .map(({ file, id }) => {
      const { frontmatter } = readSourceFile(readFileSync(join(root, file), 'utf8'), file);
      return {
        id,
        name: String(frontmatter.name),
        role: String(frontmatter.role),
        physician: frontmatter.physician === true,
      };
    })
    .filter((person) => localeOfId(person.id) === 'en'); // a reviewer is recorded by their English bio
  const ledgerPath = join(root, ledgerFile);
  const records = parseLedger(existsSync(ledgerPath) ? readFileSync(ledgerPath, 'utf8') : undefined);
  return { root, pages, staff, records };
}
