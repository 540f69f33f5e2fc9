/**
 * Content lint: what may be published from a content file (MDX) is an allowlist, judged on the tree of
 * the parser the build itself uses (satteri, through its own mdast visitors and node types), so the lint
 * sees exactly what the build sees. Each problem gives the line and column in the file and what to write
 * instead. Pure TypeScript without `astro:` imports.
 *
 * Allowed: Markdown; the author components (with string props only); comment-only `{/* … *\/}`; links and
 * images that pass the URL policy (src/lib/url-policy.ts). Everything else stops the build: any HTML
 * element, any expression that is more than comments, imports and exports, and the characters that end a
 * JavaScript comment where a reader sees no line break (a lone carriage return, U+2028, U+2029).
 */
import { parse as parseJavaScript } from 'acorn';
import { defineMdastPlugin, mdxToJs, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { imageProblem, linkProblem } from './url-policy.ts';

/** What an author component accepts. Every prop is a plain string in quotes (`title="..."`). */
interface PropRule {
  /** Props that must be given. */
  required?: readonly string[];
  /** Props that may be given. Props named in `values` may be given too. */
  optional?: readonly string[];
  /** The only values a prop may take, e.g. `{ tone: ['info', 'warning'] }`. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Whether the component takes content between its tags. Default: no (self-closing only). */
  children?: boolean;
}

/** The author components by name, e.g. `{ Callout: { required: ['title'], children: true }, CallButton: {} }`. */
export type ComponentRules = Readonly<Record<string, PropRule>>;

/** One problem: 1-based line and column in the file (frontmatter included) and a message that says what to do. */
export interface Problem {
  line: number;
  column: number;
  message: string;
}

const componentsHelp = '(see README, "Author components")';
const forbiddenTags = new Map([
  ['script', '<script> is not allowed: pages carry no JavaScript; remove it.'],
  ['style', '<style> is not allowed: styling belongs to the site stylesheet; remove it and write plain Markdown.'],
  [
    'iframe',
    '<iframe> is not allowed: nothing may load from other sites; link to the page instead with [text](https://…).',
  ],
]);
const invisibleBreaks = [
  { pattern: /\r(?!\n)/g, name: 'a carriage return without a line feed' },
  { pattern: /\u2028/g, name: 'a line separator (U+2028)' },
  { pattern: /\u2029/g, name: 'a paragraph separator (U+2029)' },
];

type Positioned = { position?: { start: { line: number; column: number } } };

/**
 * Lint one content file (MDX). `source` is the whole file, frontmatter included. Returns the problems
 * sorted by position (none: `[]`).
 */
export function lintContent(source: string, components: ComponentRules): Problem[] {
  const rules = new Map(Object.entries(components));
  const problems: Problem[] = [];
  const at = (node: Positioned, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });

  for (const { pattern, name } of invisibleBreaks) {
    for (const match of source.matchAll(pattern)) {
      problems.push({
        ...pointAt(source, match.index),
        message: `${name} is not allowed: it breaks a line where editors show none. Save the file with plain line breaks (LF).`,
      });
    }
  }
  if (problems.length > 0) return problems;

  let visible = false;
  const seen = () => void (visible = true);
  const jsxElement = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
    seen();
    checkElement(node, rules, at);
  };
  const expression = (node: Readonly<{ value: string } & Positioned>) => {
    if (isOnlyComments(node.value)) return;
    seen();
    at(
      node,
      'expression {…} is not allowed: only comments {/* … */} may stand in braces. Write plain text; to show a brace, write \\{ or \\}.',
    );
  };
  const lint = defineMdastPlugin({
    name: 'content-lint',
    options: { position: true },
    paragraph: seen,
    heading: seen,
    list: seen,
    table: seen,
    blockquote: seen,
    code: seen,
    thematicBreak: seen,
    link: (node) => void (linkProblem(node.url) && at(node, linkProblem(node.url)!)),
    definition: (node) => void (linkProblem(node.url) && at(node, linkProblem(node.url)!)),
    image: (node) => void (imageProblem(node.url) && at(node, imageProblem(node.url)!)),
    mdxJsxFlowElement: jsxElement,
    mdxJsxTextElement: jsxElement,
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxjsEsm: (node) => {
      at(
        node,
        node.value.trimStart().startsWith('export')
          ? 'export lines are not allowed in MDX: put page data in the frontmatter; remove this line.'
          : 'import lines are not allowed in MDX: author components work without imports; remove this line.',
      );
    },
    after: () => {
      if (!visible)
        problems.push({
          ...pointAt(source, source.search(/\n---/) + 1),
          message: 'the page has no content: write the page text below the closing --- of the frontmatter.',
        });
    },
  });

  try {
    mdxToJs(source, { mdastPlugins: [lint], features: { gfm: true, frontmatter: true } });
  } catch (error) {
    return [syntaxProblem(error)];
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One line per problem, `file:line:column: message`, in the order given; `''` when there are none. */
export const formatProblems = (file: string, problems: Problem[]): string =>
  problems.map((problem) => `${file}:${problem.line}:${problem.column}: ${problem.message}`).join('\n');

function checkElement(
  node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>,
  rules: Map<string, PropRule>,
  at: (node: Positioned, message: string) => void,
): void {
  const { name } = node;
  if (!name) return at(node, 'the empty tag <>…</> is not allowed: remove <> and </> and keep what is between them.');
  const rule = rules.get(name);
  if (!rule) return at(node, htmlMessage(name, rules));
  const allowed = new Set([...(rule.required ?? []), ...(rule.optional ?? []), ...Object.keys(rule.values ?? {})]);
  const given = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      at(node, `spread props {…} are not allowed on <${name}>: write each prop as name="text".`);
      continue;
    }
    given.add(attribute.name);
    if (/^on[a-z]+$/i.test(attribute.name)) {
      at(node, `event handler ${attribute.name}= is not allowed: pages carry no JavaScript; remove the attribute.`);
    } else if (!allowed.has(attribute.name)) {
      at(
        node,
        allowed.size === 0
          ? `<${name}> takes no props: remove ${attribute.name}= and write <${name} />.`
          : `<${name}> has no prop ${attribute.name}: use ${[...allowed].join(', ')} ${componentsHelp}.`,
      );
    } else if (typeof attribute.value !== 'string') {
      const how =
        attribute.value === null || attribute.value === undefined ? 'has no value' : 'is given as an expression {…}';
      at(node, `prop ${attribute.name} of <${name}> ${how}: write it as text in quotes, ${attribute.name}="…".`);
    } else {
      const values = rule.values?.[attribute.name];
      if (values && !values.includes(attribute.value)) {
        const choices = values.map((value) => `${attribute.name}="${value}"`).join(', ');
        at(node, `${attribute.name}="${attribute.value}" is not allowed on <${name}>: use one of ${choices}.`);
      }
    }
  }
  for (const required of rule.required ?? []) {
    if (!given.has(required)) at(node, `<${name}> needs the prop ${required}: write <${name} ${required}="…">.`);
  }
  if (!rule.children && node.children.some((child) => !isBlank(child as MdastNode))) {
    at(node, `<${name}> takes no content between its tags: write it self-closing, <${name} />.`);
  }
}

/** Why an element that is not an author component may not be published. */
function htmlMessage(tag: string, rules: Map<string, PropRule>): string {
  const forbidden = forbiddenTags.get(tag.toLowerCase());
  if (forbidden) return forbidden;
  const names = [...rules.keys()].join(', ');
  if (/^[a-z]/.test(tag) || tag.includes('.') || tag.includes(':'))
    return `HTML element <${tag}> is not allowed: use Markdown (## headings, - lists, **bold**, [text](https://…)) or an author component: ${names} ${componentsHelp}.`;
  const guess = closest(tag, [...rules.keys()]);
  return `unknown component <${tag}>: ${guess ? `did you mean <${guess}>? Otherwise ` : ''}use one of ${names} ${componentsHelp}.`;
}

/** Whether a brace expression is only comments: JavaScript, parsed as the MDX compiler will run it, with nothing in it. */
function isOnlyComments(code: string): boolean {
  try {
    return parseJavaScript(code, { ecmaVersion: 'latest', sourceType: 'module' }).body.length === 0;
  } catch {
    return false;
  }
}

function isBlank(node: MdastNode): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type === 'paragraph') return node.children.every((child) => isBlank(child as MdastNode));
  return false;
}

/** The author component closest to a misspelt one (edit distance at most 2, ignoring case), if any. */
function closest(name: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++)
        current[j] = Math.min(
          previous[j]! + 1,
          current[j - 1]! + 1,
          previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      previous = current;
    }
    return previous[b.length]!;
  };
  const ranked = candidates
    .map((candidate) => ({ candidate, cost: distance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ cost }) => cost <= 2)
    .sort((a, b) => a.cost - b.cost);
  return ranked[0]?.candidate;
}

/** An MDX syntax error as a problem at its line, with a hint for the two usual causes. */
function syntaxProblem(error: unknown): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*/.exec(text);
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : 1;
  const detail = (match ? text.slice(match[0].length) : text).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const hint = /comment in MDX|U\+0021/.test(detail)
    ? 'HTML comments do not work in MDX: write {/* comment */} instead.'
    : 'Fix the markup there; in prose, write <, { and } as \\<, \\{ and \\}.';
  return { line, column, message: `MDX syntax error: ${detail.replace(/\.$/, '')}. ${hint}` };
}

/** Line and column of an offset, counting CRLF, LF and a lone CR as line breaks, as the parser does. */
function pointAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
