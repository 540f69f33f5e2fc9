import { medicalSchema } from './medical.ts';

/** A benzodiazepine education article (content/education). */
export const educationSchema = medicalSchema({});
