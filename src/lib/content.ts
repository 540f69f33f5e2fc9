import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { contentDigest } from '../review/digest.ts';
import {
  checkLedger,
  checkUpdatedDates,
  ledgerFile,
  parseLedger,
  reviewStateOf,
  type ReviewablePage,
  type ReviewState,
} from '../review/ledger.ts';
import { localeInfo, localeOfId, type Locale } from '../i18n/locales.ts';
import { entryPath, medicalSectionIds, sectionIds, sections, specialPages, type SectionId } from '../sections.ts';
import { authorComponentRules } from '../components/mdx/rules.ts';
import { formatProblems, lintContent } from './content-lint.ts';
import { isoDay } from './dates.ts';

export type Entry<Id extends SectionId = SectionId> = CollectionEntry<Id>;
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
  // People are named by their English bio's file name; a translated bio is the same person.
  const people = library.staff.filter((person) => localeOfId(person.id) === 'en');
  const staffIds = people.map((person) => person.id);
  const physicians = people.filter((person) => person.data.physician).map((person) => person.id);
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
      .map(
        (entry) =>
          `${entry.filePath}, field "withdrawalWarning": the page talks about stopping; set withdrawalWarning: true.`,
      ),
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
  fail('Translations that do not match an English page:', translationProblems(library));
}

/** Each Spanish entry sits in es/, says lang: es and names exactly one English entry of its section that no other entry translates. */
function translationProblems(library: Library['sections']): string[] {
  return sectionIds.flatMap((section) => {
    const entries: Entry[] = library[section];
    const english = new Set(entries.filter((entry) => localeOfId(entry.id) === 'en').map((entry) => entry.id));
    const translated = new Map<string, string>();
    return entries.flatMap((entry) => {
      const { lang, translationOf, translatedFrom } = entry.data;
      const folder = localeOfId(entry.id);
      const problems: string[] = [];
      if (lang !== folder) {
        problems.push(
          `${entry.filePath}, field "lang": the file is in the ${folder === 'es' ? 'es/' : 'English'} folder, so lang must be ${folder}${folder === 'en' ? ' (or left out)' : ''}.`,
        );
      }
      if (folder === 'en') {
        if (translationOf)
          problems.push(
            `${entry.filePath}, field "translationOf": only a translation (in the es/ folder) names the page it translates; remove the field.`,
          );
        return problems;
      }
      if (!translationOf) {
        problems.push(
          `${entry.filePath}, field "translationOf": required: the file name of the English entry this translates, one of ${[...english].join(', ')}.`,
        );
      } else if (!english.has(translationOf)) {
        problems.push(
          `${entry.filePath}, field "translationOf": "${translationOf}" is not an English entry of content/${section}. Use one of: ${[...english].join(', ')}.`,
        );
      } else if (translated.has(translationOf)) {
        problems.push(
          `${entry.filePath}, field "translationOf": ${translated.get(translationOf)} already translates "${translationOf}"; one translation per page and language.`,
        );
      } else {
        translated.set(translationOf, entry.filePath!);
      }
      if (sections[section].medical && !translatedFrom) {
        problems.push(
          `${entry.filePath}, field "translatedFrom": required on a translated medical page. Run \`npm run review -- translated ${entryPath(section, entry.id)}\` to record the English text it translates.`,
        );
      }
      return problems;
    });
  });
}

function readReviews(library: Library['sections'], medical: MedicalEntry[]): Map<string, Review> {
  const pages: ReviewablePage[] = medical.map((entry) => ({
    path: pathOf(entry),
    file: entry.filePath!,
    digest: digestOf(entry),
    updated: isoDay(entry.data.updated),
    assignedReviewer: entry.data.reviewer,
  }));
  const records = parseLedger(existsSync(ledgerFile) ? readFileSync(ledgerFile, 'utf8') : undefined);
  // A reviewer is a person, recorded by the id of their English bio.
  const staff = library.staff
    .filter((person) => localeOfId(person.id) === 'en')
    .map((person) => ({ id: person.id, ...person.data }));
  checkLedger(records, pages, staff);
  checkUpdatedDates(pages, records);
  return new Map(
    medical.map((entry, index) => {
      const page = pages[index]!;
      const review = reviewStateOf(page, records);
      const reviewer =
        review.state === 'unreviewed'
          ? undefined
          : staffIn(library.staff, review.record.reviewer, localeOfId(entry.id));
      if (review.state === 'reviewed' && review.due) {
        console.warn(
          `[medical review] ${page.file}: due for review since ${review.dueOn}; ask a physician to review it and sign it again.`,
        );
      }
      return [page.path, { ...review, reviewer }];
    }),
  );
}

/** A person's bio in a language: the translation of their English bio, or the English one. */
function staffIn(staff: StaffEntry[], id: string, locale: Locale): StaffEntry | undefined {
  return (
    staff.find((person) => localeOfId(person.id) === locale && (person.data.translationOf ?? person.id) === id) ??
    staff.find((person) => person.id === id)
  );
}

const digests = new Map<string, string>();
/** The review digest of an entry's file, computed once per build. */
function digestOf(entry: Entry): string {
  let digest = digests.get(entry.filePath!);
  if (!digest) {
    digest = contentDigest(readFileSync(entry.filePath!, 'utf8'), entry.filePath!);
    digests.set(entry.filePath!, digest);
  }
  return digest;
}

const allEntries = (sections: Library['sections']): Entry[] => sectionIds.flatMap((id): Entry[] => sections[id]);

let library: Promise<Library> | undefined;

/** Every section, read, checked and sorted once per build, not once per page; and every page's review state. */
export function getLibrary(): Promise<Library> {
  library ??= (async () => {
    const loaded = await Promise.all(
      sectionIds.map(async (id) => [id, (await getCollection(id)).sort(byOrderThenTitle)] as const),
    );
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

/** The pages in the person's language that their latest sign-off covers as they read now: never a page changed since. */
export async function pagesReviewedBy(person: StaffEntry): Promise<MedicalEntry[]> {
  const { sections, reviews } = await getLibrary();
  const id = person.data.translationOf ?? person.id;
  return allEntries(sections)
    .filter(isMedical)
    .filter((entry) => localeOfId(entry.id) === localeOfId(person.id))
    .filter((entry) => {
      const review = reviews.get(pathOf(entry))!;
      return review.state === 'reviewed' && review.record.reviewer === id;
    });
}

/** A section's entries in one language, in list order. */
export const inLocale = <T extends Entry>(entries: T[], locale: Locale): T[] =>
  entries.filter((entry) => localeOfId(entry.id) === locale);

/** The home or not-found page of content/pages in a language. */
export async function specialPage(role: keyof typeof specialPages, locale: Locale): Promise<Entry<'pages'>> {
  const id = `${localeInfo[locale].folder}${specialPages[role][locale]}`;
  const found = (await getLibrary()).sections.pages.find((entry) => entry.id === id);
  if (!found) throw new Error(`content/pages/${id}.mdx is missing: the site needs it.`);
  return found;
}

/**
 * Whether a translated medical page still matches the English text it was translated from. When the
 * English page has changed since, the translation says so and links to it.
 */
export async function translationStatus(
  entry: MedicalEntry,
): Promise<{ current: boolean; original: MedicalEntry } | undefined> {
  const { translationOf, translatedFrom } = entry.data;
  if (!translationOf || !translatedFrom) return undefined;
  const original = (await getLibrary()).sections[entry.collection].find(
    (candidate: Entry) => candidate.id === translationOf,
  ) as MedicalEntry;
  return { current: digestOf(original) === translatedFrom, original };
}
