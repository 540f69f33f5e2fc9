import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorComponentRules } from '../../src/components/mdx/rules';
import { type ComponentRules, formatProblems, lintContent, type Problem } from '../../src/lib/content-lint';

/** A fixed set of component rules, so the pinned messages below do not change when the site gains a component. */
const components: ComponentRules = {
  Callout: { required: ['title'], values: { tone: ['info', 'warning'] }, children: true },
  CallButton: {},
  OverdoseSteps: {},
  Term: { required: ['name'], children: true },
};

/** A two-field frontmatter (lines 1-4) and a blank line 5: the body starts on line 6. */
const page = (body: string) => `---\ntitle: A page\ndescription: A description\n---\n\n${body}`;
const lintMdx = (body: string) => lintContent(page(body), components);

/** The one problem expected, on its line, with a fragment of its message. */
function expectOne(problems: Problem[], line: number, fragment: string): void {
  expect(problems, formatProblems('x', problems)).toHaveLength(1);
  expect(problems[0]!.line).toBe(line);
  expect(problems[0]!.message).toContain(fragment);
}

describe('a page with nothing to read', () => {
  it('is reported at the closing --- of the frontmatter, comments or not', () => {
    expectOne(
      lintMdx('\n  \n{/* to do */}\n\n'),
      4,
      'the page has no content: write the page text below the closing ---',
    );
  });
});

describe('characters that end a JavaScript comment where an editor shows no line break', () => {
  // `{// note⏎"text"}` looks like a comment; a lone CR, U+2028 or U+2029 ends it, and the rest would run.
  it.each([
    ['a lone carriage return', '\r', 'a carriage return without a line feed'],
    ['a line separator', '\u2028', 'a line separator (U+2028)'],
    ['a paragraph separator', '\u2029', 'a paragraph separator (U+2029)'],
  ])('%s stops the file, wherever it stands', (_name, character, message) => {
    expectOne(lintMdx(`Text {// note${character}"<meta http-equiv=refresh>"} here.\n`), 6, message);
    expectOne(lintMdx(`Plain text${character}in prose.\n`), 6, message);
  });

  it('allows ordinary line endings, LF and CRLF', () => {
    expect(lintMdx('One line.\r\nAnother line.\n\n{/* note */}\n')).toEqual([]);
  });
});

describe('expressions in braces', () => {
  it('are allowed when they hold only comments', () => {
    expect(lintMdx('Text.\n\n{/* a note */}\n\nMore {// a note\n} text.\n')).toEqual([]);
  });

  it.each([
    ['a string', '{"<script>alert(1)</script>"}'],
    ['markup', '{<meta httpEquiv="refresh" content="0;url=https://example.org/" />}'],
    ['code that reads files', '{require("fs").readFileSync("/etc/passwd", "utf8")}'],
    ['a comment followed by code', '{/* ok */ process.env}'],
  ])('stop the build when they hold %s', (_name, expression) => {
    expectOne(lintMdx(`Text ${expression} here.\n`), 6, 'expression {…} is not allowed: only comments');
  });
});

describe('HTML elements', () => {
  it.each([
    ['script', '<script>{"alert(1)"}</script>'],
    ['style', '<style>{"p { color: red }"}</style>'],
    ['iframe', '<iframe src="https://example.org/" />'],
    ['base', '<base href="https://example.org/" />'],
    ['meta', '<meta httpEquiv="refresh" content="0;url=https://example.org/" />'],
    ['img', '<img src="/a.png" onError="alert(1)" />'],
    ['div', '<div>x</div>'],
  ])('<%s> is refused as markup', (tag, markup) => {
    const [problem] = lintMdx(`Text.\n\n${markup}\n`);
    expect(problem?.line, tag).toBe(8);
    expect(problem?.message, tag).toMatch(/is not allowed/);
  });

  it('say why for script, style and iframe', () => {
    expect(lintMdx('Text.\n\n<SCRIPT>{"alert(1)"}</SCRIPT>\n')[0]!.message).toBe(
      '<script> is not allowed: pages carry no JavaScript; remove it.',
    );
    expect(lintMdx('Text.\n\n<style>p</style>\n')[0]!.message).toContain('styling belongs to the site stylesheet');
  });
});

describe('links, images and sources follow one URL policy', () => {
  it.each([
    ['javascript:', '[x]( JavaScript:alert(1))', 'javascript: links are not allowed'],
    ['vbscript:', '[x](vbscript:msgbox(1))', 'vbscript: links are not allowed'],
    ['data:', '[x](data:text/html,<script>alert(1)</script>)', 'data: links are not allowed'],
    ['protocol-relative', '[x](//other.example/)', 'leads to another site without saying how'],
    ['slash-backslash', '[x](/\\other.example/)', 'leads to another site without saying how'],
    ['http:', '[x](http://fda.gov/)', 'http: link http://fda.gov/ is not allowed: use https://fda.gov/'],
    ['a relative address', '[x](treatment/)', 'is not allowed: link to a site path'],
  ])('refuses a %s link', (_name, link, message) => {
    expectOne(lintMdx(`See ${link} now.\n`), 6, message);
  });

  it('refuses a link definition and an image from another site', () => {
    expectOne(lintMdx('See [x][d].\n\n[d]: data:text/html,hi\n'), 8, 'data: links are not allowed');
    expectOne(lintMdx('![A chart](https://example.org/a.png)\n'), 6, 'images may only come from this site');
  });

  it('allows site paths, anchors, https (in any case), tel:, sms:, mailto: and site images', () => {
    const allowed =
      '[a](/treatment/) [b](#steps) [c](HTTPS://www.fda.gov/) [d](tel:988) [e](sms:988) [f](mailto:a@b.org) ![g](/share.png)\n';
    expect(lintMdx(allowed)).toEqual([]);
  });
});

describe('author components in MDX', () => {
  it('names an unknown component and suggests the closest', () => {
    expectOne(lintMdx('<Callot title="x">y</Callot>\n'), 6, 'unknown component <Callot>: did you mean <Callout>?');
  });

  it('answers a component named like a property of every object as unknown, not with code', () => {
    const [problem] = lintMdx('<constructor />\n\n<ToString />\n');
    expect(problem!.message).toContain('HTML element <constructor> is not allowed');
    expect(lintMdx('<ToString />\n')[0]!.message).toContain('unknown component <ToString>');
    expect(
      lintMdx('<constructor />\n')
        .map((p) => p.message)
        .join(),
    ).not.toContain('function');
  });

  it('checks props: required, allowed, values, text only, no spreads, no handlers, no content where none is taken', () => {
    expect(lintMdx('<Callout>y</Callout>\n')[0]!.message).toBe(
      '<Callout> needs the prop title: write <Callout title="…">.',
    );
    expect(lintMdx('<Callout title="x" size="big">y</Callout>\n')[0]!.message).toContain(
      '<Callout> has no prop size: use title, tone',
    );
    expect(lintMdx('<Callout title="x" tone="loud">y</Callout>\n')[0]!.message).toContain(
      'tone="loud" is not allowed on <Callout>: use one of tone="info", tone="warning"',
    );
    expect(lintMdx('<Callout title={x}>y</Callout>\n')[0]!.message).toContain(
      'is given as an expression {…}: write it as text in quotes',
    );
    expect(lintMdx('<Callout {...x} title="x">y</Callout>\n')[0]!.message).toContain(
      'spread props {…} are not allowed',
    );
    expect(lintMdx('<CallButton onLoad="go()" />\n')[0]!.message).toContain('event handler onLoad= is not allowed');
    expect(lintMdx('<CallButton>Call</CallButton>\n')[0]!.message).toContain(
      '<CallButton> takes no content between its tags',
    );
  });

  it('refuses imports, exports and the empty tag', () => {
    expectOne(lintMdx('import X from "../x.astro";\n\nText.\n'), 6, 'import lines are not allowed in MDX');
    expectOne(lintMdx('export const a = 1;\n\nText.\n'), 6, 'export lines are not allowed in MDX');
    expectOne(lintMdx('<>Text.</>\n'), 6, 'the empty tag <>…</> is not allowed');
  });

  it('reports a syntax error at its line, with a hint for HTML comments', () => {
    expectOne(lintMdx('Text.\n\n<!-- note -->\n'), 8, 'MDX syntax error');
    expect(lintMdx('Text.\n\n<!-- note -->\n')[0]!.message).toContain('write {/* comment */} instead');
  });
});

describe('every content file of the site', () => {
  it('passes the lint with the site’s own components', () => {
    const problems = globSync('content/**/*.mdx').flatMap(
      (file) => formatProblems(file, lintContent(readFileSync(file, 'utf8'), authorComponentRules)) || [],
    );
    expect(problems).toEqual([]);
  });
});
