import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { contentDigest } from '../review/digest.ts';
import { checkLedger, checkUpdatedDates, ledgerFile, parseLedger, reviewStateOf, type ReviewablePage, type ReviewState } from '../review/ledger.ts';
import { entryPath, medicalSectionIds, sectionIds, type SectionId } from '../sections.ts';
import { authorComponentRules } from '../components/mdx/rules.ts';
import { formatProblems, lintContent } from './content-lint.ts';
import { isoDay } from './dates.ts';

export type Entry<Id extends SectionId = SectionId> = CollectionEntry<Id>;
export type MedicalSectionId = (typeof medicalSectionIds)[number];
export type MedicalEntry = Entry<'education' | 'drugs' | 'treatments'>;
export type StaffEntry = Entry<'staff'>;

/** The address of an entry's page. Throws for the not-found page, which has none. */
export function pathOf(entry: Entry): string {
  const path = entryPath(entry.collection, entry.id);
  if (!path) throw new Error(`${entry.filePath}: this page has no address of its own.`);
  return path;
}

export const isMedical = (entry: Entry): entry is MedicalEntry =>
  (medicalSectionIds as readonly SectionId[]).includes(entry.collection);

const byOrderThenTitle = (a: Entry, b: Entry) => {
  const key = (entry: Entry) => ('title' in entry.data ? entry.data.title : entry.data.name);
  const order = (entry: Entry) => ('order' in entry.data ? entry.data.order : 0);
  return order(a) - order(b) || key(a).localeCompare(key(b));
};

/** A medical page's review state, with the reviewer's staff entry when there is a record. */
export type Review = ReviewState & { reviewer?: StaffEntry };

interface Library {
  sections: { [Id in SectionId]: Entry<Id>[] };
  reviews: Map<string, Review>;
}

/** Talking about stopping, withdrawal or tapering means the page must show the warning. */
const mentionsStopping = /\b(stop(?:ping|s)?|withdrawal|taper(?:ing|ed)?)\b/i;

function fail(title: string, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${title}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

/** Build-time guards that zod cannot express, since they look across entries and files. */
function checkContent(library: Library['sections'], medical: MedicalEntry[]): void {
  fail(
    'Content that must not be published:',
    allEntries(library).flatMap((entry) => {
      const problems = lintContent(entry.filePath!, readFileSync(entry.filePath!, 'utf8'), authorComponentRules);
      return problems.length > 0 ? [formatProblems(entry.filePath!, problems).replace(/\n/g, '\n  - ')] : [];
    }),
  );
  const staffIds = library.staff.map((person) => person.id);
  const physicians = library.staff.filter((person) => person.data.physician).map((person) => person.id);
  fail(
    'Medical pages assigned to a reviewer who is not a physician on staff:',
    medical
      .filter((entry) => entry.data.reviewer !== undefined && !physicians.includes(entry.data.reviewer))
      .map(
        (entry) =>
          `${entry.filePath}, field "reviewer": "${entry.data.reviewer}" ${staffIds.includes(entry.data.reviewer!) ? 'is not a physician' : 'names no staff entry'}. ` +
          `Use the file name of a physician in content/staff: ${physicians.join(', ') || '(none yet)'}, or leave the field out.`,
      ),
  );
  fail(
    'Medical pages that talk about stopping, withdrawal or tapering without the warning:',
    medical
      .filter((entry) => !entry.data.withdrawalWarning && mentionsStopping.test(entry.body ?? ''))
      .map((entry) => `${entry.filePath}, field "withdrawalWarning": the page talks about stopping; set withdrawalWarning: true.`),
  );
  const seen = new Map<string, string>();
  const clashes = sectionIds.flatMap((id) =>
    library[id].flatMap((entry) => {
      const path = entryPath(id, entry.id);
      if (!path) return [];
      const other = seen.get(path);
      seen.set(path, entry.filePath ?? entry.id);
      return other ? [`${entry.filePath} and ${other} would both be served at ${path}: rename one file.`] : [];
    }),
  );
  fail('Two pages at one address:', clashes);
}

function readReviews(library: Library['sections'], medical: MedicalEntry[]): Map<string, Review> {
  const pages: ReviewablePage[] = medical.map((entry) => ({
    path: pathOf(entry),
    file: entry.filePath!,
    digest: contentDigest(readFileSync(entry.filePath!, 'utf8'), entry.filePath!),
    updated: isoDay(entry.data.updated),
    assignedReviewer: entry.data.reviewer,
  }));
  const records = parseLedger(existsSync(ledgerFile) ? readFileSync(ledgerFile, 'utf8') : undefined);
  const staff = library.staff.map((person) => ({ id: person.id, ...person.data }));
  checkLedger(records, pages, staff);
  checkUpdatedDates(pages, records);
  return new Map(
    pages.map((page) => {
      const review = reviewStateOf(page, records);
      const reviewer = review.state === 'unreviewed' ? undefined : library.staff.find((person) => person.id === review.record.reviewer);
      if (review.state === 'reviewed' && review.due) {
        console.warn(`[medical review] ${page.file}: due for review since ${review.dueOn}; ask a physician to review it and sign it again.`);
      }
      return [page.path, { ...review, reviewer }];
    }),
  );
}

const allEntries = (sections: Library['sections']): Entry[] => sectionIds.flatMap((id): Entry[] => sections[id]);

let library: Promise<Library> | undefined;

/** Every section, read, checked and sorted once per build, not once per page; and every page's review state. */
export function getLibrary(): Promise<Library> {
  library ??= (async () => {
    const loaded = await Promise.all(sectionIds.map(async (id) => [id, (await getCollection(id)).sort(byOrderThenTitle)] as const));
    const sections = Object.fromEntries(loaded) as Library['sections'];
    const medical = allEntries(sections).filter(isMedical);
    checkContent(sections, medical);
    return { sections, reviews: readReviews(sections, medical) };
  })();
  return library;
}

export async function reviewOf(entry: MedicalEntry): Promise<Review> {
  return (await getLibrary()).reviews.get(pathOf(entry))!;
}

/** The pages a person's latest sign-off covers as they read now: never a page changed since. */
export async function pagesReviewedBy(person: StaffEntry): Promise<MedicalEntry[]> {
  const { sections, reviews } = await getLibrary();
  return allEntries(sections).filter(isMedical).filter((entry) => {
    const review = reviews.get(pathOf(entry))!;
    return review.state === 'reviewed' && review.record.reviewer === person.id;
  });
}

/** A page from content/pages, by file name. */
export async function page(id: string): Promise<Entry<'pages'>> {
  const found = (await getLibrary()).sections.pages.find((entry) => entry.id === id);
  if (!found) throw new Error(`content/pages/${id}.mdx is missing: the site needs it.`);
  return found;
}
