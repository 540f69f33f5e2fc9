import { readFileSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { load } from 'js-yaml';

/**
 * The content files as written, each read once per build: the text (for the content lint) and the
 * frontmatter parsed the way Astro parses it (js-yaml's `load`, Astro's own frontmatter parser), for
 * the review digest. Astro's collections hold the validated data; this holds what the author typed.
 */
export interface ContentFile {
  /** The path from the project root, e.g. content/drugs/alprazolam-xanax.mdx. */
  file: string;
  text: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

// Astro's frontmatter block: --- at the very top (after an optional BOM or blank lines), up to the next ---.
const frontmatterBlock = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

/** Splits a content file's text into its parsed frontmatter and its body. */
export function parseContentFile(file: string, text: string): ContentFile {
  const match = frontmatterBlock.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block between --- lines at the top of the file.`);
  const frontmatter = load(match[1]!) ?? {};
  if (typeof frontmatter !== 'object' || Array.isArray(frontmatter))
    throw new Error(`${file}: the frontmatter must be a list of fields (name: value).`);
  return { file, text, frontmatter: frontmatter as Record<string, unknown>, body: text.slice(match[0].length) };
}

const files = new Map<string, ContentFile>();

/**
 * A content file, read and parsed on first use and kept for the rest of the build. A symbolic link (the
 * file or a folder above it) is refused: it could publish a file from outside the repository.
 */
export function contentFile(path: string, root = process.cwd()): ContentFile {
  const file = relative(root, path) || path;
  let found = files.get(file);
  if (!found) {
    // A link anywhere on the way (the file or a folder) makes the real path differ from the written one.
    if (realpathSync(resolve(root, path)) !== resolve(realpathSync(root), file))
      throw new Error(
        `${file} is, or sits in a folder that is, a symbolic link: content must be real files in content/; copy the text into the file.`,
      );
    found = parseContentFile(file, readFileSync(path, 'utf8'));
    files.set(file, found);
  }
  return found;
}
