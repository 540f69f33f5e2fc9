import type { z } from 'astro/zod';

/**
 * The one way the site words a validation failure: one line per problem, the field's path first, then
 * the message (which says what to write). Settings, dictionaries, the ledger and the tests all use it.
 */
export const problemList = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);

/** A heading naming the file, then the problems as a list: what stops the build. */
export const problemReport = (heading: string, problems: string[]): string =>
  `${heading}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
