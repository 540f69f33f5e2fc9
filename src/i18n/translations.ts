import { globSync, readFileSync } from 'node:fs';
import { readSourceFile } from '../review/digest.ts';
import { entryPath, hubSectionIds, sectionIds, sections } from '../sections.ts';
import { localeOfId, locales, slugOfId, type Locale } from './locales.ts';

/**
 * Which page is the same page in the other language, read once from content/: a Spanish entry
 * names its English counterpart in `translationOf`. The language switch, the hreflang links in
 * every head and the sitemap all read this one map; the build checks the links themselves.
 */
export type Alternates = Partial<Record<Locale, string>>;

function readAlternates(): Map<string, Alternates> {
  const groups = new Map<string, Alternates>();
  const add = (key: string, locale: Locale, path: string) => groups.set(key, { ...groups.get(key), [locale]: path });
  for (const id of hubSectionIds) {
    for (const locale of locales) add(`hub:${id}`, locale, sections[id].base[locale]);
  }
  for (const section of sectionIds) {
    for (const file of globSync(`content/${section}/**/*.{md,mdx}`)) {
      const id = file.slice(`content/${section}/`.length).replace(/\.mdx?$/, '');
      const path = entryPath(section, id);
      if (!path) continue;
      const locale = localeOfId(id);
      const english = locale === 'en' ? id : readSourceFile(readFileSync(file, 'utf8'), file).frontmatter.translationOf;
      if (typeof english === 'string') add(`${section}:${slugOfId(english)}`, locale, path);
    }
  }
  const byPath = new Map<string, Alternates>();
  for (const group of groups.values()) {
    for (const path of Object.values(group)) byPath.set(path, group);
  }
  return byPath;
}

let alternates: Map<string, Alternates> | undefined;

/** Every language version of the page at `path`, itself included; empty for a page with none. */
export function alternatesOf(path: string): Alternates {
  alternates ??= readAlternates();
  return alternates.get(path) ?? {};
}

/** The page at `path` in another language, when it exists. */
export const translatedPath = (path: string, locale: Locale): string | undefined => alternatesOf(path)[locale];
