import { getCollection, type CollectionEntry } from 'astro:content';
import { isReviewDue, reviewDueOn } from './review';

export type EducationEntry = CollectionEntry<'education'>;
export type TreatmentEntry = CollectionEntry<'treatments'>;
export type StaffEntry = CollectionEntry<'staff'>;
export type MedicalEntry = EducationEntry | TreatmentEntry;

/** Where each collection's pages live; the URLs stay stable once published. */
export const sectionPath = {
  education: '/benzodiazepine-addiction/',
  treatments: '/treatment/',
  staff: '/our-team/',
} as const;

export function entryPath(entry: MedicalEntry | StaffEntry): string {
  return `${sectionPath[entry.collection]}${entry.id}/`;
}

const byOrderThenTitle = <T extends { data: { order: number } }>(a: T, b: T, titleOf: (entry: T) => string) =>
  a.data.order - b.data.order || titleOf(a).localeCompare(titleOf(b));

/**
 * Astro's reference() only logs when a reviewedBy names no staff entry. This
 * turns that into a build failure that names the file, the field and the fix.
 */
export function assertReviewersExist(entries: MedicalEntry[], staff: StaffEntry[]): void {
  const staffIds = new Set(staff.map((person) => person.id));
  const dangling = entries.filter((entry) => !staffIds.has(entry.data.reviewedBy.id));
  if (dangling.length > 0) {
    const lines = dangling.map(
      (entry) =>
        `  - ${entry.filePath ?? `${entry.collection}/${entry.id}`}: reviewedBy "${entry.data.reviewedBy.id}" names no staff entry. ` +
        `Expected the file name (without extension) of an entry in content/staff: ${[...staffIds].join(', ') || '(none yet)'}.`,
    );
    throw new Error(`Dangling medical reviewer reference:\n${lines.join('\n')}`);
  }
}

/** Pages past their review date still build; the warning tells editors to book a review. */
function warnAboutDueReviews(entries: MedicalEntry[]): void {
  for (const entry of entries.filter((page) => isReviewDue(page.data.lastReviewed))) {
    const due = reviewDueOn(entry.data.lastReviewed).toISOString().slice(0, 10);
    console.warn(
      `[medical review] ${entry.filePath ?? entry.id}: due for review since ${due}; ` +
        'have it reviewed and update lastReviewed.',
    );
  }
}

interface Library {
  education: EducationEntry[];
  treatments: TreatmentEntry[];
  staff: StaffEntry[];
}

let library: Promise<Library> | undefined;

/**
 * Every collection, read, checked and sorted once per build, not once per page.
 */
export function getLibrary(): Promise<Library> {
  library ??= (async () => {
    const [education, treatments, staff] = await Promise.all([
      getCollection('education'),
      getCollection('treatments'),
      getCollection('staff'),
    ]);
    assertReviewersExist([...education, ...treatments], staff);
    warnAboutDueReviews([...education, ...treatments]);
    const title = (entry: MedicalEntry) => entry.data.title;
    return {
      education: education.sort((a, b) => byOrderThenTitle(a, b, title)),
      treatments: treatments.sort((a, b) => byOrderThenTitle(a, b, title)),
      staff: staff.sort((a, b) => byOrderThenTitle(a, b, (person) => person.data.name)),
    };
  })();
  return library;
}

export async function reviewerOf(entry: MedicalEntry): Promise<StaffEntry> {
  const { staff } = await getLibrary();
  return staff.find((person) => person.id === entry.data.reviewedBy.id)!;
}

export async function pagesReviewedBy(person: StaffEntry): Promise<MedicalEntry[]> {
  const { education, treatments } = await getLibrary();
  return [...education, ...treatments].filter((entry) => entry.data.reviewedBy.id === person.id);
}
