/**
 * Content linter: finds what must not be published in a `.md` or `.mdx` content file and says, for each
 * problem, the line and column in the FILE and what to write instead.
 *
 * The file is parsed with satteri, the same Markdown/MDX parser the Astro build uses, so the linter sees
 * exactly the syntax the build sees (GFM on, frontmatter included, so node positions are file positions).
 * Pure TypeScript without `astro:` imports: the build can run it from Node with `--experimental-strip-types`.
 *
 * ```ts
 * const problems = lintContent('content/x.mdx', source, { Callout: { required: ['title'], children: true } });
 * if (problems.length > 0) throw new Error(formatProblems('content/x.mdx', problems));
 * ```
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

/** What an MDX author component accepts. Every prop is a plain string in quotes (`title="..."`). */
interface PropRule {
  /** Props that must be given. */
  required?: string[];
  /** Props that may be given. Props named in `values` may be given too. */
  optional?: string[];
  /** The only values a prop may take, e.g. `{ tone: ['info', 'warning'] }`. */
  values?: Record<string, readonly string[]>;
  /** Whether the component takes content between its tags. Default: no (self-closing only). */
  children?: boolean;
}

/** The MDX author components by name, e.g. `{ Callout: { required: ['title'], children: true }, CallButton: {} }`. */
export type ComponentRules = Record<string, PropRule>;

/** One problem: 1-based line and column in the file (frontmatter included) and a message that says what to do. */
export interface Problem {
  line: number;
  column: number;
  message: string;
}

/** Where authors find the list of components; named in messages about components. */
const componentsHelp = '(see README, "Author components")';

/** Minimal view of the mdast nodes satteri produces (standard mdast, plus the mdast-util-mdx node types). */
interface Node {
  type: string;
  position?: {
    start: { line: number; column: number; offset?: number };
    end: { line: number; column: number; offset?: number };
  };
  children?: Node[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
}

type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/**
 * Lint one content file. `file` decides the dialect: a name ending in `.mdx` is MDX, anything else Markdown.
 * `source` is the whole file text, frontmatter included. Returns the problems sorted by position (none: `[]`).
 * An MDX syntax error is returned as a problem at its line, never thrown.
 */
export function lintContent(file: string, source: string, components: ComponentRules): Problem[] {
  const mdx = file.toLowerCase().endsWith('.mdx');
  const lines = lineStarts(source);
  const problems: Problem[] = [];
  const at = (offset: number, message: string) => problems.push({ ...pointAt(lines, offset), message });
  const atNode = (node: Node, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });

  let root: Node;
  try {
    root = (mdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as Node;
  } catch (error) {
    return [syntaxProblem(source, lines, error)];
  }

  const context: Context = { source, components, mdx, at, atNode };
  checkEmptyBody(root, context);
  walk(root, context);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One line per problem, `file:line:column: message`, in the order given; `''` when there are none. */
export function formatProblems(file: string, problems: Problem[]): string {
  return problems.map((problem) => `${file}:${problem.line}:${problem.column}: ${problem.message}`).join('\n');
}

interface Context {
  source: string;
  components: ComponentRules;
  mdx: boolean;
  at: (offset: number, message: string) => void;
  atNode: (node: Node, message: string) => void;
}

// ---------------------------------------------------------------------------------------------------------
// Rule 1: a body with nothing to read.

function checkEmptyBody(root: Node, context: Context): void {
  const children = root.children ?? [];
  const frontmatter = children.find((node) => node.type === 'yaml' || node.type === 'toml');
  const visible = children.filter(
    (node) =>
      node !== frontmatter &&
      node.type !== 'mdxjsEsm' &&
      !(node.type === 'html' && isOnlyComments(sliceOf(context.source, node))) &&
      !(node.type === 'mdxFlowExpression' && isOnlyComments(String(node.value ?? ''))),
  );
  if (visible.length > 0) return;
  const line = frontmatter?.position?.end.line ?? 1;
  context.atNode(
    { type: 'empty', position: { start: { line, column: 1 }, end: { line, column: 1 } } },
    'the page has no content: write the page text below the closing --- of the frontmatter.',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Walking the tree.

function walk(node: Node, context: Context): void {
  switch (node.type) {
    case 'link':
    case 'image':
    case 'definition':
      checkMarkdownUrl(node, context);
      break;
    case 'html':
      checkRawHtml(node, context);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      // The content of a <script>, <style> or <iframe> goes with it: no need to report it too.
      if (!checkJsxElement(node, context)) return;
      break;
    case 'mdxjsEsm': {
      const keyword = String(node.value ?? '')
        .trimStart()
        .startsWith('export')
        ? 'export'
        : 'import';
      context.atNode(
        node,
        keyword === 'import'
          ? 'import lines are not allowed in MDX: author components work without imports; remove this line.'
          : 'export lines are not allowed in MDX: put page data in the frontmatter; remove this line.',
      );
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isOnlyComments(String(node.value ?? ''))) {
        context.atNode(node, 'expression {…} is not allowed: write plain text; to show a brace, write \\{ or \\}.');
      }
      break;
  }
  for (const child of node.children ?? []) walk(child, context);
}

// ---------------------------------------------------------------------------------------------------------
// Rules 4 and 5 for Markdown links, images, autolinks and link definitions.

function checkMarkdownUrl(node: Node, context: Context): void {
  const url = node.url ?? '';
  const written = sliceOf(context.source, node);
  const message = urlProblem(url, written.startsWith('www.') ? written : undefined);
  if (message) context.atNode(node, message);
}

/** The problem with a URL, or undefined. `bareWww` is set for a GFM literal `www.` address (becomes http:). */
function urlProblem(url: string, bareWww?: string): string | undefined {
  // Browsers skip leading spaces and control characters before a scheme, so "\u0001javascript:" still runs.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const trimmed = url.replace(/^[\s\u0000-\u001f]+/, '');
  const scheme = trimmed.toLowerCase();
  if (scheme.startsWith('javascript:')) {
    return 'javascript: URLs are not allowed: link to a page instead, e.g. [text](/get-help-now/) or [text](https://…).';
  }
  if (scheme.startsWith('http:')) {
    if (bareWww) return `the bare address ${bareWww} becomes an http: link: write it in full with https://${bareWww}.`;
    return `http: link ${trimmed} is not allowed: use https:${trimmed.slice('http:'.length)} (check that the address works).`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Rules 2, 3, 4, 5 and 7 for raw HTML in Markdown (MDX has no raw HTML: tags there are JSX).

const forbiddenTags: Record<string, string> = {
  script: '<script> is not allowed: pages carry no JavaScript; remove it.',
  style: '<style> is not allowed: styling belongs to the site stylesheet; remove it and write plain Markdown.',
  iframe:
    '<iframe> is not allowed: nothing may load from other sites; link to the page instead with [text](https://…).',
};

/** Elements whose content is raw text: skipped, so their content is not read as tags. */
const rawTextTags = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noscript',
  'noembed',
  'noframes',
]);

function checkRawHtml(node: Node, context: Context): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const { source } = context;
  let i = start;
  while (i < end) {
    const lt = source.indexOf('<', i);
    if (lt === -1 || lt >= end) break;
    if (source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4);
      i = close === -1 ? end : close + 3;
      continue;
    }
    if (!/[A-Za-z]/.test(source[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    const tag = scanStartTag(source, lt, end);
    const lower = tag.name.toLowerCase();
    if (forbiddenTags[lower]) {
      context.at(lt, forbiddenTags[lower]);
    } else if (Object.hasOwn(context.components, tag.name)) {
      context.at(lt, `<${tag.name}> is an author component and works only in .mdx files: rename this file to .mdx.`);
    } else {
      context.at(
        lt,
        `raw HTML <${tag.name}> is not allowed in Markdown: use Markdown instead (## headings, - lists, **bold**, [text](https://…)).`,
      );
    }
    for (const attribute of tag.attributes) checkAttribute(attribute.name, attribute.value, attribute.start, context);
    i = tag.end;
    if (rawTextTags.has(lower)) {
      const close = source.toLowerCase().indexOf(`</${lower}`, i);
      i = close === -1 || close >= end ? end : close;
    }
  }
}

/** Rules 3, 4 and 5 for one attribute of any element. `value` is null for a bare or expression value. */
function checkAttribute(name: string, value: string | null, offset: number, context: Context): boolean {
  if (isEventHandler(name)) {
    context.at(offset, `event handler ${name}= is not allowed: pages carry no JavaScript; remove the attribute.`);
    return true;
  }
  const problem = value === null ? undefined : urlProblem(value);
  if (problem) {
    context.at(offset, problem);
    return true;
  }
  return false;
}

/** `on` followed by letters only: onclick, onLoad, ONMOUSEOVER. */
function isEventHandler(name: string): boolean {
  return /^on[a-z]+$/i.test(name);
}

// ---------------------------------------------------------------------------------------------------------
// Rules 2, 3, 4, 5 and 6 for MDX JSX elements.

/** Reports the element's problems; false when its content need not be checked (it must go anyway). */
function checkJsxElement(node: Node, context: Context): boolean {
  const { components } = context;
  const name = node.name ?? null;
  const start = node.position?.start.offset ?? 0;
  const tag = scanStartTag(context.source, start, context.source.length);
  const attributes = node.attributes ?? [];
  const offsetOf = (index: number, attributeName?: string): number => {
    const scanned = tag.attributes[index];
    if (scanned && (attributeName === undefined ? scanned.spread : scanned.name === attributeName))
      return scanned.start;
    const byName = attributeName === undefined ? undefined : tag.attributes.find((a) => a.name === attributeName);
    return byName?.start ?? start;
  };

  if (name === null) {
    context.at(start, 'the empty tag <>…</> is not allowed: remove <> and </> and keep what is between them.');
    return true;
  }

  const rule = Object.hasOwn(components, name) ? components[name] : undefined;
  const forbidden = forbiddenTags[name.toLowerCase()];
  const names = Object.keys(components).join(', ');
  if (forbidden) {
    context.at(start, forbidden);
  } else if (!rule && /^[a-z]/.test(name) && !name.includes('.')) {
    context.at(
      start,
      `HTML element <${name}> is not allowed in MDX: use Markdown or an author component: ${names} ${componentsHelp}.`,
    );
  } else if (!rule) {
    const guess = closest(name, Object.keys(components));
    const hint = guess ? `did you mean <${guess}>? Otherwise ` : '';
    context.at(start, `unknown component <${name}>: ${hint}use one of ${names} ${componentsHelp}.`);
  }

  const allowed = rule
    ? [...new Set([...(rule.required ?? []), ...(rule.optional ?? []), ...Object.keys(rule.values ?? {})])]
    : [];
  const given = new Set<string>();
  attributes.forEach((attribute, index) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      context.at(offsetOf(index), `spread props {…} are not allowed on <${name}>: write each prop as name="text".`);
      return;
    }
    const offset = offsetOf(index, attribute.name);
    const raw = attribute.value;
    const text = typeof raw === 'string' ? raw : null;
    given.add(attribute.name);
    if (checkAttribute(attribute.name, text, offset, context)) return;
    if (raw !== null && typeof raw === 'object' && /javascript\s*:/i.test(raw.value)) {
      context.at(offset, urlProblem('javascript:')!);
      return;
    }
    if (!rule) return;
    if (!allowed.includes(attribute.name)) {
      context.at(
        offset,
        allowed.length === 0
          ? `<${name}> takes no props: remove ${attribute.name}= and write <${name} />.`
          : `<${name}> has no prop ${attribute.name}: use ${allowed.join(', ')} ${componentsHelp}.`,
      );
      return;
    }
    if (text === null) {
      const how = raw === null ? 'has no value' : 'is given as an expression {…}';
      context.at(
        offset,
        `prop ${attribute.name} of <${name}> ${how}: write it as text in quotes, ${attribute.name}="…".`,
      );
      return;
    }
    const values = rule.values?.[attribute.name];
    if (values && !values.includes(text)) {
      const choices = values.map((value) => `${attribute.name}="${value}"`).join(', ');
      context.at(offset, `${attribute.name}="${text}" is not allowed on <${name}>: use one of ${choices}.`);
    }
  });

  if (!rule) return !forbidden;
  for (const required of rule.required ?? []) {
    if (!given.has(required))
      context.at(start, `<${name}> needs the prop ${required}: write <${name} ${required}="…">.`);
  }
  if (!rule.children && (node.children ?? []).some((child) => !isBlankText(child))) {
    context.at(start, `<${name}> takes no content between its tags: write it self-closing, <${name} />.`);
  }
  return true;
}

function isBlankText(node: Node): boolean {
  if (node.type === 'text') return String(node.value ?? '').trim() === '';
  if (node.type === 'paragraph') return (node.children ?? []).every(isBlankText);
  return false;
}

/** The component name closest to a misspelt one (edit distance at most 2, ignoring case), if any. */
function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

// ---------------------------------------------------------------------------------------------------------
// MDX syntax errors.

function syntaxProblem(source: string, lines: number[], error: unknown): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*/.exec(text);
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : 1;
  const detail = (match ? text.slice(match[0].length) : text).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const offset = (lines[line - 1] ?? 0) + column - 1;
  const hint = source.startsWith('<!--', offset)
    ? 'HTML comments do not work in MDX: write {/* comment */} instead.'
    : 'Fix the markup there; in prose, write <, { and } as \\<, \\{ and \\}.';
  return { line, column, message: `MDX syntax error: ${detail.replace(/\.$/, '')}. ${hint}` };
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers: positions, comments, and a scanner for one start tag (HTML or JSX) with attribute offsets.

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

function pointAt(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

function sliceOf(source: string, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** True when the text holds only whitespace and comments (`<!-- -->`, `/* *\/`, `//`). */
function isOnlyComments(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) i++;
    else if (text.startsWith('<!--', i)) i = endAfter(text, '-->', i + 4);
    else if (text.startsWith('/*', i)) i = endAfter(text, '*/', i + 2);
    else if (text.startsWith('//', i)) i = endAfter(text, '\n', i + 2);
    else return false;
  }
  return true;
}

function endAfter(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from);
  return found === -1 ? text.length : found + marker.length;
}

interface ScannedAttribute {
  name: string;
  /** The string value; null for a bare attribute, a `{…}` value or a spread. */
  value: string | null;
  start: number;
  spread: boolean;
}

/** Reads the start tag that begins at `source[at] === '<'`, up to `limit`: its name, attributes (with offsets) and end. */
function scanStartTag(
  source: string,
  at: number,
  limit: number,
): { name: string; attributes: ScannedAttribute[]; end: number } {
  let i = at + 1;
  const nameStart = i;
  while (i < limit && /[\w.:-]/.test(source[i]!)) i++;
  const name = source.slice(nameStart, i);
  const attributes: ScannedAttribute[] = [];
  while (i < limit) {
    const char = source[i]!;
    if (/\s/.test(char) || char === '/') {
      i++;
    } else if (char === '>') {
      return { name, attributes, end: i + 1 };
    } else if (char === '{') {
      attributes.push({ name: '', value: null, start: i, spread: true });
      i = skipBraces(source, i, limit);
    } else {
      const start = i;
      while (i < limit && !/[\s=>/{"']/.test(source[i]!)) i++;
      if (i === start) {
        i++;
        continue;
      }
      const attributeName = source.slice(start, i);
      let value: string | null = null;
      let j = i;
      while (j < limit && /\s/.test(source[j]!)) j++;
      if (source[j] === '=') {
        j++;
        while (j < limit && /\s/.test(source[j]!)) j++;
        const quote = source[j];
        if (quote === '"' || quote === "'") {
          const close = source.indexOf(quote, j + 1);
          const stop = close === -1 || close >= limit ? limit : close;
          value = source.slice(j + 1, stop);
          j = stop + 1;
        } else if (quote === '{') {
          j = skipBraces(source, j, limit);
        } else {
          const valueStart = j;
          while (j < limit && !/[\s>]/.test(source[j]!)) j++;
          value = source.slice(valueStart, j);
        }
        i = j;
      }
      attributes.push({ name: attributeName, value, start, spread: false });
    }
  }
  return { name, attributes, end: limit };
}

/** From `source[at] === '{'`, the offset just after the matching `}` (strings inside are skipped). */
function skipBraces(source: string, at: number, limit: number): number {
  let depth = 0;
  let i = at;
  while (i < limit) {
    const char = source[i]!;
    if (char === '"' || char === "'" || char === '`') {
      const close = source.indexOf(char, i + 1);
      i = close === -1 ? limit : close + 1;
      continue;
    }
    if (char === '{') depth++;
    if (char === '}' && --depth === 0) return i + 1;
    i++;
  }
  return limit;
}
