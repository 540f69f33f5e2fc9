import type { z } from 'astro/zod';
import { medicalPage } from './medical.ts';
import { frontmatter } from './strict.ts';

/** A benzodiazepine education article (content/education). */
export const educationSchema = frontmatter(medicalPage);

export type Education = z.infer<typeof educationSchema>;
