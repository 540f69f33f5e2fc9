import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entryPath, medicalSectionIds, type SectionId } from '../sections.ts';
import { contentDigest, readSourceFile } from './digest.ts';
import { ledgerFile, parseLedger, type LedgerRecord, type ReviewablePage, type StaffMember } from './ledger.ts';

/**
 * The review ledger's view of the site, read straight from content/ for the command line.
 * The build reads the same files through Astro's collections and feeds the same checks.
 */
export interface SiteFiles {
  root: string;
  pages: (ReviewablePage & { section: SectionId; id: string })[];
  staff: StaffMember[];
  records: LedgerRecord[];
}

const entriesOf = (root: string, section: string) =>
  globSync(`content/${section}/**/*.{md,mdx}`, { cwd: root })
    .sort()
    .map((file) => ({ file, id: relative(`content/${section}`, file).replace(/\.mdx?$/, '') }));

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

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
      };
    }),
  );
  const staff = entriesOf(root, 'staff').map(({ file, id }) => {
    const { frontmatter } = readSourceFile(readFileSync(join(root, file), 'utf8'), file);
    return { id, name: String(frontmatter.name), role: String(frontmatter.role), physician: frontmatter.physician === true };
  });
  const ledgerPath = join(root, ledgerFile);
  const records = parseLedger(existsSync(ledgerPath) ? readFileSync(ledgerPath, 'utf8') : undefined);
  return { root, pages, staff, records };
}
