import { getCollection, type CollectionEntry } from 'astro:content';
import { globSync } from 'node:fs';
import { authorComponentRules } from '../components/mdx/rules.ts';
import { localeOfId, locales, slugOfId, type Locale } from '../i18n/locales.ts';
import { entryPath, medicalSectionIds, sectionIds, type MedicalSectionId, type SectionId } from '../sections.ts';
import {
  addressProblems,
  reviewerProblems,
  rolePageProblems,
  translationProblems,
  withdrawalWarningProblems,
  type PlainEntry,
} from './checks.ts';
import { contentFile } from './content-files.ts';
import { formatProblems, lintContent } from './content-lint.ts';
import { problemReport } from './problems.ts';

export type Entry<Id extends SectionId = SectionId> = CollectionEntry<Id>;
export type MedicalEntry = Entry<MedicalSectionId>;
export type StaffEntry = Entry<'staff'>;

/** Every entry of the site, read, checked and sorted once per build. */
export interface Catalog {
  sections: { [Id in SectionId]: Entry<Id>[] };
  all: Entry[];
  medical: MedicalEntry[];
  /** Each entry by its section, language and original, for finding its translations without a search. */
  byOriginal: Map<string, Entry>;
}

export const localeOf = (entry: Entry): Locale => localeOfId(entry.id);
export const roleOf = (entry: Entry) =>
  entry.collection === 'pages' ? (entry.data as { role?: 'home' | 'not-found' }).role : undefined;
export const isMedical = (entry: Entry): entry is MedicalEntry =>
  (medicalSectionIds as readonly SectionId[]).includes(entry.collection);

/** The address of an entry's page. Throws for the not-found page, which answers for missing addresses instead. */
export function pathOf(entry: Entry): string {
  const path = entryPath(entry.collection, entry.id, roleOf(entry));
  if (!path) throw new Error(`${entry.filePath}: this page has no address of its own.`);
  return path;
}

/** The id that ties an entry to its translations: the file name of the entry in the default language. */
const originalId = (entry: Entry) => (entry.data as { translationOf?: string }).translationOf ?? slugOfId(entry.id);
const originalKey = (entry: Entry, locale: Locale) => `${entry.collection}/${locale}/${originalId(entry)}`;

const byOrderThenTitle = (a: Entry, b: Entry) => {
  const data = (entry: Entry) => entry.data as { order?: number; title?: string; name?: string };
  const key = (entry: Entry) => data(entry).title ?? data(entry).name ?? entry.id;
  return (data(a).order ?? 0) - (data(b).order ?? 0) || key(a).localeCompare(key(b));
};

const plain = (entry: Entry): PlainEntry => ({
  section: entry.collection,
  id: entry.id,
  file: entry.filePath!,
  data: entry.data as PlainEntry['data'],
  body: entry.body,
});

/** Stops the build on anything the schemas cannot see: content that must not be published, and problems across entries. */
function checkCatalog(all: Entry[]): void {
  const lint = all.flatMap((entry) => {
    let read;
    try {
      read = contentFile(entry.filePath!);
    } catch (error) {
      // A file that cannot be read safely (a symbolic link) is one more problem, reported with the rest.
      return [(error as Error).message];
    }
    const problems = lintContent(read.text, authorComponentRules);
    return problems.length > 0 ? [formatProblems(read.file, problems).replace(/\n/g, '\n  - ')] : [];
  });
  // Content is MDX: its links then go through the site's link component, which knows what is published.
  const markdown = globSync('content/**/*.md').map(
    (file) => `${file}: content files are MDX; rename it to ${file}x (the address stays the same).`,
  );
  const entries = all.map(plain);
  const pageRole = (entry: PlainEntry) =>
    (entry.section === 'pages' ? entry.data.role : undefined) as 'home' | 'not-found' | undefined;
  const checks: [string, string[]][] = [
    ['Content that must not be published:', [...markdown, ...lint]],
    ['Translations that do not match a page:', translationProblems(entries)],
    ['Medical pages assigned to a reviewer who is not a physician on staff:', reviewerProblems(entries)],
    [
      'Medical pages that talk about stopping, withdrawal or tapering without the warning:',
      withdrawalWarningProblems(entries),
    ],
    [
      'Two pages at one address:',
      addressProblems(entries, (entry) => entryPath(entry.section, entry.id, pageRole(entry))),
    ],
    ['Home and not-found pages:', rolePageProblems(entries, pageRole, locales)],
  ];
  // Every kind of problem at once, so an editor fixes them in one go.
  const reports = checks
    .filter(([, problems]) => problems.length > 0)
    .map(([heading, problems]) => problemReport(heading, problems));
  if (reports.length > 0) throw new Error(reports.join('\n'));
}

let catalog: Promise<Catalog> | undefined;

/** The catalog of this build. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const loaded = await Promise.all(
      sectionIds.map(async (id) => [id, (await getCollection(id)).sort(byOrderThenTitle)] as const),
    );
    const bySection = Object.fromEntries(loaded) as Catalog['sections'];
    const all = sectionIds.flatMap((id): Entry[] => bySection[id]);
    checkCatalog(all);
    const byOriginal = new Map(all.map((entry) => [originalKey(entry, localeOf(entry)), entry]));
    return { sections: bySection, all, medical: all.filter(isMedical), byOriginal };
  })();
  return catalog;
}

/** A section's entries in one language, in list order. */
export const inLocale = <T extends Entry>(entries: T[], locale: Locale): T[] =>
  entries.filter((entry) => localeOf(entry) === locale);

/** The same entry in another language, when it exists. */
export const counterpartOf = (catalog: Catalog, entry: Entry, locale: Locale): Entry | undefined =>
  catalog.byOriginal.get(originalKey(entry, locale));
