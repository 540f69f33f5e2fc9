import { z } from 'astro/zod';

/**
 * A frontmatter object that rejects unknown keys, so a misspelt field
 * (`lastReveiwed`) fails the build instead of being silently ignored.
 */
export function frontmatter<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling or remove it. Allowed fields: ${allowed}.`
        : undefined,
  });
}
