import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/**
 * The digest of a medical page: a SHA-256 fingerprint of everything a reviewer attests to.
 *
 * Covered: every frontmatter field except those in `unattestedFields` (so title, description,
 * sources, the withdrawal-warning flag and, on drug pages, the drug facts), and the body.
 * Not covered: `unattestedFields`, which change where or when a page is listed but not what it says.
 * Normalised first, so these never change a digest: line endings (CRLF, CR or LF), spaces at
 * the end of lines, blank lines at the start or end of the body, YAML quoting and key order,
 * and spaces around frontmatter text.
 */
const unattestedFields = ['order', 'updated', 'reviewer', 'lang', 'translationOf', 'translatedFrom'] as const;

export const digestPattern = /^sha256:[0-9a-f]{64}$/;

export interface SourceFile {
  frontmatter: Record<string, unknown>;
  body: string;
  /** The file line on which the body starts (1-based), for messages that point into the body. */
  bodyLine: number;
}

const normaliseLines = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');

/** Splits a content file into its YAML frontmatter (parsed) and its body. */
export function readSourceFile(text: string, file: string): SourceFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block between --- lines at the top of the file.`);
  const frontmatter = (parse(match[1]!) ?? {}) as Record<string, unknown>;
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Sorted keys and trimmed, line-normalised strings, so formatting alone never changes the digest. */
function canonical(value: unknown): unknown {
  if (typeof value === 'string') return normaliseLines(value).trim();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The digest of a content file's text, e.g. "sha256:3f5a…". */
export function contentDigest(text: string, file: string): string {
  const { frontmatter, body } = readSourceFile(text, file);
  const attested = Object.fromEntries(
    Object.entries(frontmatter).filter(([key]) => !(unattestedFields as readonly string[]).includes(key)),
  );
  const payload = JSON.stringify({ frontmatter: canonical(attested), body: normaliseLines(body) });
  return `sha256:${createHash('sha256').update(payload).digest('hex')}`;
}
