import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { educationSchema } from './schemas/education';
import { staffSchema } from './schemas/staff';
import { treatmentSchema } from './schemas/treatment';

/** Content lives at the repository root, one folder per collection. */
const entriesIn = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `./content/${folder}` });

export const collections = {
  education: defineCollection({ loader: entriesIn('education'), schema: educationSchema }),
  treatments: defineCollection({ loader: entriesIn('treatments'), schema: treatmentSchema }),
  staff: defineCollection({ loader: entriesIn('staff'), schema: staffSchema }),
};
