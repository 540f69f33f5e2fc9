import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionIds, type SectionId } from '../../src/sections';

export type AnyEntry = CollectionEntry<SectionId>;

/** Every entry of every section in the registry, so a new section is covered without touching a test. */
export async function allEntries(filter: (id: SectionId) => boolean = () => true): Promise<AnyEntry[]> {
  const lists = await Promise.all(sectionIds.filter(filter).map((id) => getCollection(id)));
  return lists.flat() as AnyEntry[];
}

/** Spanish entries live in an es/ folder of their section. */
export const isSpanish = (entry: AnyEntry) => entry.id.startsWith('es/');
