import { globSync } from 'node:fs';
import { contentFolder, entryPath, hubSectionIds, navPages, sectionIds, sections } from '../../src/sections';

/**
 * One page of each kind the site builds, derived from the section registry: the home page, each hub,
 * the first entry of each section (so a new section brings its layout along), the pages in the menu
 * and the not-found page. A test that should cover every layout walks this list.
 */
const firstEntryOf = (id: (typeof sectionIds)[number]) => {
  const [file] = globSync(`${contentFolder(id)}/*.{md,mdx}`).sort();
  return file && entryPath(id, file.replace(/^.*\/|\.mdx?$/g, ''));
};

export interface Template {
  name: string;
  path: string;
  /** home, a section hub, an entry laid out as an article or bio, a plain page, or the not-found page. */
  kind: 'home' | 'hub' | 'entry' | 'page' | '404';
}

export const templates: Template[] = [
  { name: 'home', path: '/', kind: 'home' },
  ...hubSectionIds.map((id) => ({ name: `${id} hub`, path: sections[id].base, kind: 'hub' as const })),
  ...sectionIds
    .filter((id) => id !== 'pages')
    .flatMap((id) => {
      const path = firstEntryOf(id);
      return path ? [{ name: `${id} page`, path, kind: 'entry' as const }] : [];
    }),
  ...navPages.map((id) => ({ name: id, path: entryPath('pages', id)!, kind: 'page' as const })),
  { name: '404', path: '/no-such-page/', kind: '404' },
];
