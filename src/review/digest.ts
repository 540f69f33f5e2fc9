import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { htmlToHast } from 'satteri';

/**
 * The digest of a medical page: a SHA-256 fingerprint of everything a reviewer attests to, in two parts.
 *
 * 1. The page's file as the author wrote it: every frontmatter field except `unattestedFields` (so the
 *    title, description, sources, the withdrawal-warning flag and the drug facts), and the body.
 * 2. What the reader sees under the review label, as the build rendered it: the text of the drug's fact
 *    box, the withdrawal warning and the body with every author component in it (the overdose steps,
 *    the emergency check, the crisis lines, the drug table…), whatever file that text comes from (the
 *    page, the interface dictionary, the settings, another drug's entry), and the address of every link
 *    that leaves the site (a tel: number, an https page). A link to another page of the site counts by
 *    its words; the file part holds where it points.
 *
 * Not covered: `unattestedFields`, which change where or when a page is listed but not what it says,
 * and everything outside the reviewed part (menus, footer, call buttons, the review label itself).
 * Normalised first, so these never change a digest: line endings, spaces at the ends of lines, blank
 * lines at the start or end, YAML quoting and key order, and HTML markup or classes that show the same
 * text.
 */
const unattestedFields = new Set(['order', 'updated', 'reviewer', 'lang', 'translationOf', 'translatedFrom']);

export const digestPattern = /^sha256:[0-9a-f]{64}$/;

const normaliseLines = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');

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

/** The attested part of a content file: its frontmatter without the unattested fields, and its body. */
export function attestedFile(frontmatter: Record<string, unknown>, body: string) {
  const fields = Object.fromEntries(Object.entries(frontmatter).filter(([key]) => !unattestedFields.has(key)));
  return { frontmatter: canonical(fields), body: normaliseLines(body) };
}

const isSiteLink = (href: string) => href.startsWith('/') || href.startsWith('#');

/**
 * The text a reader sees in a piece of rendered HTML, block by block as a browser lays it out, with the
 * address of each link that leaves the site after its words ("Call 911 <tel:911>"); and the addresses
 * of this site it links to.
 */
export function shownText(html: string): { text: string; siteLinks: string[] } {
  const tree = htmlToHast(html, { fragment: true }) as Root;
  const siteLinks: string[] = [];
  const withAddresses = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.tagName === 'a' ? child.properties?.href : undefined;
      if (typeof href === 'string' && isSiteLink(href)) siteLinks.push(href);
      else if (typeof href === 'string') child.children.push({ type: 'text', value: ` <${href}>` } as ElementContent);
      withAddresses(child);
    }
  };
  withAddresses(tree);
  const text = toText(tree)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { text, siteLinks };
}

/** The review digest: "sha256:" and the hash of the attested file and the shown text together. */
export function reviewDigest(file: ReturnType<typeof attestedFile>, shown: string): string {
  return `sha256:${createHash('sha256').update(JSON.stringify({ file, shown })).digest('hex')}`;
}
