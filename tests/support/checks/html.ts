import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Element, Root } from 'hast';
import { projectRoot } from '../../../scripts/lib/astro';
import { all, attribute, first, parseHtml, textOf } from './html-tree';

/*
 * The rules live in .htmlvalidate.json, so `npx html-validate dist` agrees with the tests.
 * JSON has no comments, so the two tuned rules are explained here:
 * - require-sri, crossorigin only: an integrity hash guards files served by another host; the site serves
 *   its own and loads nothing from third parties, so the rule now fails only if that promise is broken.
 * - tel-non-breaking accepts the class whitespace-nowrap: the rule already accepts the inline style
 *   `white-space: nowrap`, but this site styles with Tailwind classes and forbids inline styles.
 *   It also accepts "phone-groups", set by links built with PhoneNumber.astro: those keep each group of
 *   digits whole but may break between groups, because a number kept whole on one line is wider than a
 *   320px screen at 200% text (WCAG 1.4.10). A number typed by hand anywhere else is still flagged.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** html-validate looks for its configuration next to the file it checks: any name in the project root finds ours. */
const configLookup = join(projectRoot, 'page.html');

/** Validates one HTML document and returns each problem as "<page>: line L:C <rule> <message>". */
export async function htmlProblems(page: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, configLookup);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${page}: line ${message.line}:${message.column} ${message.ruleId} ${message.message}`,
    ),
  );
}

/**
 * Words glued to a link or a date, e.g. "or call<a …>911</a>if you": a formatter can drop the space
 * between interface text and an inline element, and no validator notices. Returns each glued spot.
 */
export function gluedWords(html: string): string[] {
  const glued: string[] = [];
  const visit = (parent: Root | Element) => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return;
      if (child.tagName === 'a' || child.tagName === 'time') {
        const before = parent.children[index - 1];
        const after = parent.children[index + 1];
        const words = textOf(child);
        if (before?.type === 'text' && /[\p{L}\d][.,;:!?]?$/u.test(before.value))
          glued.push(`${before.value.slice(-12)}<${child.tagName}>${words}`);
        if (after?.type === 'text' && /^[\p{L}\d]/u.test(after.value))
          glued.push(`${words}</${child.tagName}>${after.value.slice(0, 12)}`);
      }
      visit(child);
    });
  };
  const body = first(parseHtml(html), 'body');
  if (body) visit(body);
  return glued;
}

/** One h1, and no heading level skipped on the way down: the outline a screen reader's heading list shows. */
export function headingProblems(tree: Root): string[] {
  const levels = all(tree, 'h1, h2, h3, h4, h5, h6').map((heading) => ({
    level: Number(heading.tagName[1]),
    text: textOf(heading),
  }));
  const problems: string[] = [];
  const h1s = levels.filter((heading) => heading.level === 1).length;
  if (h1s !== 1) problems.push(`expected exactly one h1, found ${h1s}`);
  levels.forEach((heading, index) => {
    const previous = index === 0 ? 1 : levels[index - 1]!.level;
    if (heading.level > previous + 1)
      problems.push(`h${heading.level} "${heading.text}" follows h${previous}: a level is skipped`);
  });
  return problems;
}

/** Link text that means nothing out of context, as a screen reader's list of links shows it. */
const vagueTexts = new Set(['click here', 'here', 'read more', 'more', 'learn more', 'link', 'this page', 'click']);

export function vagueLinkProblems(tree: Root): string[] {
  return all(tree, 'a[href]')
    .map((link) => attribute(link, 'ariaLabel') ?? textOf(link))
    .filter((name) => vagueTexts.has(name.toLowerCase().replace(/[.!…]+$/, '')))
    .map((name) => `vague link text "${name}": say where the link goes`);
}
