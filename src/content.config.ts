import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionIds, sections, type SectionId } from './sections.ts';

/** A section's collection: its entries in content/<section>/ (translations in language folders), checked by its schema. */
const collectionOf = (id: SectionId) =>
  defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `./content/${id}` }), schema: sections[id].schema });

// One collection per section of the registry. Astro types each collection's entries from its schema, so
// the object is typed section by section, each with its own schema from the registry.
export const collections = Object.fromEntries(sectionIds.map((id) => [id, collectionOf(id)])) as {
  [Id in SectionId]: Omit<ReturnType<typeof collectionOf>, 'schema'> & { schema: (typeof sections)[Id]['schema'] };
};
