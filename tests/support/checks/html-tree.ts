import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { htmlToHast } from 'satteri';

/**
 * The site's HTML checks read pages with one real HTML parser: satteri's, the same library the build uses
 * for Markdown, which parses HTML as a browser does (entities decoded, comments and script text kept out of
 * the markup). Queries use CSS selectors.
 */
export const parseHtml = (html: string): Root => htmlToHast(html) as Root;

export const all = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);
export const first = (tree: Root | Element, selector: string): Element | undefined =>
  select(selector, tree) ?? undefined;

/** An attribute as a string (hast keeps class names as a list and some attributes under camelCase names). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export const textOf = (node: Root | Element) => toText(node).replace(/\s+/g, ' ').trim();
