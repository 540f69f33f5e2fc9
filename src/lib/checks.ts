import { defaultLocale, localeFolder, localeOfId, type Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/index.ts';
import { sectionIds, sections, type SectionId } from '../sections.ts';

/**
 * The build's checks across entries: what zod cannot see because it reads one entry at a time. Each is a
 * pure function over plain entries that returns its problems, one sentence each, naming the file and the
 * field and saying what to write; the catalog (src/lib/catalog.ts) runs them all and stops the build.
 */
export interface PlainEntry {
  section: SectionId;
  /** The id Astro gives it: the file name without extension, with the language folder, e.g. es/inicio. */
  id: string;
  /** The file, from the project root. */
  file: string;
  data: {
    lang?: string;
    translationOf?: string;
    translatedFrom?: string;
    reviewer?: string;
    withdrawalWarning?: boolean;
    physician?: boolean;
    name?: string;
    role?: string;
  };
  body?: string;
}

/** Each translation sits in its language's folder, says so, and names exactly one entry of its section in the default language that no other entry of that language translates. */
export function translationProblems(entries: PlainEntry[]): string[] {
  return sectionIds.flatMap((section) => {
    const inSection = entries.filter((entry) => entry.section === section);
    const originals = inSection.filter((entry) => localeOfId(entry.id) === defaultLocale).map((entry) => entry.id);
    const translated = new Map<string, string>();
    return inSection.flatMap((entry) => {
      const { lang = defaultLocale, translationOf } = entry.data;
      const folder = localeOfId(entry.id);
      const problems: string[] = [];
      if (lang !== folder) {
        problems.push(
          `${entry.file}, field "lang": the file is in the ${folder === defaultLocale ? 'default language' : `${localeFolder(folder)}`} folder, so lang must be ${folder}${folder === defaultLocale ? ' (or left out)' : ''}.`,
        );
      }
      if (folder === defaultLocale) {
        if (translationOf)
          problems.push(
            `${entry.file}, field "translationOf": only a translation (in a language folder) names the page it translates; remove the field.`,
          );
        return problems;
      }
      if (!translationOf) {
        problems.push(
          `${entry.file}, field "translationOf": required: the file name of the entry this translates, one of ${originals.join(', ')}.`,
        );
      } else if (!originals.includes(translationOf)) {
        problems.push(
          `${entry.file}, field "translationOf": "${translationOf}" is not an entry of content/${section} in the default language. Use one of: ${originals.join(', ')}.`,
        );
      } else if (translated.has(`${folder}:${translationOf}`)) {
        problems.push(
          `${entry.file}, field "translationOf": ${translated.get(`${folder}:${translationOf}`)} already translates "${translationOf}"; one translation per page and language.`,
        );
      } else {
        translated.set(`${folder}:${translationOf}`, entry.file);
      }
      return problems;
    });
  });
}

/** A medical page may be assigned only to a physician on staff, named by the file name of their bio in the default language. */
export function reviewerProblems(entries: PlainEntry[]): string[] {
  const people = entries.filter((entry) => entry.section === 'staff' && localeOfId(entry.id) === defaultLocale);
  const physicians = people.filter((person) => person.data.physician).map((person) => person.id);
  return entries
    .filter((entry) => sections[entry.section].medical && entry.data.reviewer !== undefined)
    .filter((entry) => !physicians.includes(entry.data.reviewer!))
    .map(
      (entry) =>
        `${entry.file}, field "reviewer": "${entry.data.reviewer}" ${people.some((person) => person.id === entry.data.reviewer) ? 'is not a physician' : 'names no staff entry'}. ` +
        `Use the file name of a physician in content/staff: ${physicians.join(', ') || '(none yet)'}, or leave the field out.`,
    );
}

/** A medical page that talks about stopping, withdrawal or tapering (in its language's words) must show the warning. */
export function withdrawalWarningProblems(entries: PlainEntry[]): string[] {
  return entries
    .filter((entry) => sections[entry.section].medical && !entry.data.withdrawalWarning)
    .filter((entry) => stoppingWords(localeOfId(entry.id)).test(entry.body ?? ''))
    .map(
      (entry) =>
        `${entry.file}, field "withdrawalWarning": the page talks about stopping, withdrawal or tapering; set withdrawalWarning: true.`,
    );
}

const stoppingWords = (locale: Locale) => new RegExp(`\\b(${uiText(locale).content.stoppingWords})\\b`, 'iu');

/** No two entries may be served at one address. */
export function addressProblems(entries: PlainEntry[], pathOf: (entry: PlainEntry) => string | undefined): string[] {
  const seen = new Map<string, string>();
  return entries.flatMap((entry) => {
    const path = pathOf(entry);
    if (!path) return [];
    const other = seen.get(path);
    seen.set(path, entry.file);
    return other ? [`${entry.file} and ${other} would both be served at ${path}: rename one file.`] : [];
  });
}

/** Every language has exactly one home page and one not-found page (role: home, role: not-found). */
export function rolePageProblems(
  entries: PlainEntry[],
  roleOf: (entry: PlainEntry) => string | undefined,
  languages: Locale[],
): string[] {
  return languages.flatMap((locale) =>
    (['home', 'not-found'] as const).flatMap((role) => {
      const found = entries.filter(
        (entry) => entry.section === 'pages' && localeOfId(entry.id) === locale && roleOf(entry) === role,
      );
      if (found.length === 1) return [];
      return [
        found.length === 0
          ? `content/pages/${localeFolder(locale)}: no page has role: ${role}; the ${locale} site needs one.`
          : `${found.map((entry) => entry.file).join(' and ')}: only one page per language may have role: ${role}.`,
      ];
    }),
  );
}
