import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFolder, sections, type SectionId } from './sections.ts';

/** A section's entries, read from content/<section>/. */
const entriesOf = (id: SectionId) => glob({ pattern: '**/*.{md,mdx}', base: `./${contentFolder(id)}` });

// One collection per section of the registry. Written out, not mapped, so that Astro types each
// collection's data from its own schema; `satisfies` makes a section missing here a type error.
export const collections = {
  education: defineCollection({ loader: entriesOf('education'), schema: sections.education.schema }),
  drugs: defineCollection({ loader: entriesOf('drugs'), schema: sections.drugs.schema }),
  treatments: defineCollection({ loader: entriesOf('treatments'), schema: sections.treatments.schema }),
  staff: defineCollection({ loader: entriesOf('staff'), schema: sections.staff.schema }),
  pages: defineCollection({ loader: entriesOf('pages'), schema: sections.pages.schema }),
} satisfies Record<SectionId, unknown>;
