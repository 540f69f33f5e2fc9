import type { z } from 'astro/zod';

/** Parses `input` and returns each problem as "path: message", the way an editor reads them. */
export function problemsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
