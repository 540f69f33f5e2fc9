import { globSync, readFileSync } from 'node:fs';
import { localeOfId, type Locale } from '../../src/i18n/locales';
import { parseContentFile } from '../../src/lib/content-files';
import { sectionIds, sections, type SectionId } from '../../src/sections';

/** A content entry as the tests read it: straight from its file, its frontmatter checked by its section's schema. */
export interface ContentEntry {
  section: SectionId;
  /** The file name without extension, with its language folder: es/inicio. */
  id: string;
  file: string;
  locale: Locale;
  data: Record<string, unknown> & { translationOf?: string; title?: string };
  body: string;
  text: string;
}

let entries: ContentEntry[] | undefined;

/** Every entry of every section in the registry, so a new section is covered without touching a test. */
export function allEntries(): ContentEntry[] {
  entries ??= sectionIds.flatMap((section) =>
    globSync(`content/${section}/**/*.mdx`)
      .sort()
      .map((file) => {
        const { frontmatter, body, text } = parseContentFile(file, readFileSync(file, 'utf8'));
        const id = file.slice(`content/${section}/`.length).replace(/\.mdx$/, '');
        const data = sections[section].schema.parse(frontmatter) as ContentEntry['data'];
        return { section, id, file, locale: localeOfId(id), data, body, text };
      }),
  );
  return entries;
}

/** The entry and its translations: every entry whose original is `original` (a file name in the default language). */
export const inEveryLanguage = (section: SectionId, original: string) =>
  allEntries().filter((entry) => entry.section === section && (entry.data.translationOf ?? entry.id) === original);
