import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorComponentRules } from '../../src/components/mdx/rules';
import { describe, expect, it } from 'vitest';
import { type ComponentRules, formatProblems, lintContent, type Problem } from '../../src/lib/content-lint';

/** A fixed set of component rules, so the pinned messages below do not change when the site gains a component. */
const components: ComponentRules = {
  Callout: { required: ['title'], optional: ['tone'], values: { tone: ['info', 'warning'] }, children: true },
  CallButton: {},
  EmergencyCheck: {},
  OverdoseSteps: {},
  CrisisLines: {},
  Term: { required: ['name'], children: true },
  DrugTable: {},
};

/** A three-line frontmatter (lines 1-4), a blank line 5: the body starts on line 6. */
const frontmatter = '---\ntitle: A page\ndescription: A description\n---\n\n';
const page = (body: string) => frontmatter + body;

const lintMd = (body: string) => lintContent('content/education/x.md', page(body), components);
const lintMdx = (body: string) => lintContent('content/education/x.mdx', page(body), components);

/** The one problem expected, with its line and a fragment of its message. */
function expectOne(problems: Problem[], line: number, fragment: string): void {
  expect(problems, formatProblems('x', problems)).toHaveLength(1);
  expect(problems[0]!.line).toBe(line);
  expect(problems[0]!.message).toContain(fragment);
}

describe('lintContent: rule 1, empty body', () => {
  it('reports a body of only blank lines and comments at the closing --- of the frontmatter', () => {
    expectOne(lintMd('\n  \n<!-- to do -->\n\n'), 4, 'the page has no content');
    expectOne(lintMdx('{/* to do */}\n'), 4, 'write the page text below the closing ---');
  });

  it('reports an empty file without frontmatter at line 1', () => {
    expectOne(lintContent('content/x.md', '\n\n', components), 1, 'no content');
  });
});

describe('lintContent: rule 2, script, style and iframe', () => {
  it('reports them in Markdown whatever their case', () => {
    const problems = lintMd(
      'Text.\n\n<SCRIPT>alert(1)</SCRIPT>\n\n<Style>p {}</Style>\n\n<iframe src="https://example.org/"></iframe>\n',
    );
    expect(problems.map((problem) => [problem.line, problem.message.slice(0, 9)])).toEqual([
      [8, '<script> '],
      [10, '<style> i'],
      [12, '<iframe> '],
    ]);
    expect(problems[0]!.message).toContain('remove it');
  });

  it('reports them in MDX, and not their content again', () => {
    const problems = lintMdx('Text.\n\n<style>{`p { color: red }`}</style>\n\n<Script>{"alert(1)"}</Script>\n');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [8, '<style> is not allowed: styling belongs to the site stylesheet; remove it and write plain Markdown.'],
      [10, '<script> is not allowed: pages carry no JavaScript; remove it.'],
    ]);
  });
});

describe('lintContent: rule 3, inline event handlers', () => {
  it('reports onclick= in Markdown HTML at the attribute', () => {
    const problems = lintMd('Text.\n\n<p\n  onclick="go()">Hi</p>\n');
    const handler = problems.find((problem) => problem.message.includes('event handler'));
    expect(handler).toEqual({
      line: 9,
      column: 3,
      message: expect.stringContaining('onclick= is not allowed: pages carry no JavaScript; remove the attribute'),
    });
  });

  it('reports onLoad= on an author component in MDX, not as an unknown prop', () => {
    expectOne(lintMdx('Text.\n\n<CallButton onLoad="go()" />\n'), 8, 'event handler onLoad= is not allowed');
  });
});

describe('lintContent: rule 4, javascript: URLs', () => {
  it('reports a Markdown link with leading spaces and mixed case', () => {
    expectOne(
      lintMd('Read [this]( JavaScript:alert(1)).\n'),
      6,
      'javascript: URLs are not allowed: link to a page instead',
    );
  });

  it('reports an HTML attribute in Markdown', () => {
    const problems = lintMd('Text.\n\n<a href="  javascript:void(0)">x</a>\n');
    expect(problems.map((problem) => problem.line)).toEqual([8, 8]);
    expect(problems[1]!.message).toContain('javascript: URLs are not allowed');
  });
});

describe('lintContent: rule 5, http: links', () => {
  it('reports links, images, autolinks, bare addresses and definitions', () => {
    const problems = lintMd(
      [
        'See [the FDA](http://fda.gov/).',
        '![A chart](http://example.org/a.png)',
        '<http://example.org/>',
        'Or http://example.org/page in prose.',
        'Or www.example.org in prose.',
        '',
        '[def]: http://example.org/def',
        '',
      ].join('\n'),
    );
    expect(problems.map((problem) => problem.line)).toEqual([6, 7, 8, 9, 10, 12]);
    expect(problems[0]!.message).toBe(
      'http: link http://fda.gov/ is not allowed: use https://fda.gov/ (check that the address works).',
    );
    expect(problems[4]!.message).toContain('write it in full with https://www.example.org');
  });

  it('reports href and src attributes', () => {
    const problems = lintMdx('Text.\n\n<a href="http://example.org/">x</a>\n');
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [8, 1],
      [8, 4],
    ]);
    expect(problems[1]!.message).toContain('use https://example.org/');
  });

  it('leaves https links and the word http in prose alone', () => {
    expect(lintMd('Sites once used http, and some still use HTTP: [FDA](https://www.fda.gov/).\n')).toEqual([]);
  });
});

describe('lintContent: rule 6, MDX components', () => {
  it('reports an unknown component with the list of components', () => {
    expectOne(
      lintMdx('Text.\n\n<Warnig title="x" />\n'),
      8,
      'unknown component <Warnig>: use one of Callout, CallButton, EmergencyCheck, OverdoseSteps, CrisisLines, Term, DrugTable (see README, "Author components").',
    );
  });

  it('suggests the component a misspelt name is close to', () => {
    expectOne(lintMdx('Text.\n\n<CalButton />\n'), 8, 'did you mean <CallButton>?');
  });

  it('reports lowercase HTML elements', () => {
    expectOne(
      lintMdx('Text with <b>bold</b>.\n'),
      6,
      'HTML element <b> is not allowed in MDX: use Markdown or an author component',
    );
  });

  it('reports a prop the component does not have, at the prop', () => {
    const problems = lintMdx('Text.\n\n<Callout\n  title="Careful"\n  colour="red"\n>\nBody.\n</Callout>\n');
    expect(problems).toEqual([
      { line: 10, column: 3, message: expect.stringContaining('<Callout> has no prop colour: use title, tone') },
    ]);
  });

  it('reports a prop given to a component that takes none', () => {
    expectOne(lintMdx('<EmergencyCheck tone="warning" />\n'), 6, '<EmergencyCheck> takes no props');
  });

  it('reports a missing required prop', () => {
    expectOne(lintMdx('Text.\n\n<Term>dependence</Term>\n'), 8, '<Term> needs the prop name: write <Term name="…">');
  });

  it('reports a value outside the allowed ones', () => {
    expectOne(
      lintMdx('<Callout title="x" tone="danger">\nBody.\n</Callout>\n'),
      6,
      'tone="danger" is not allowed on <Callout>: use one of tone="info", tone="warning"',
    );
  });

  it('reports props given as expressions, spreads or without a value', () => {
    const problems = lintMdx('<Callout title={heading} {...rest} tone>\nBody.\n</Callout>\n');
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [6, 10],
      [6, 26],
      [6, 36],
    ]);
    expect(problems[0]!.message).toContain(
      'prop title of <Callout> is given as an expression {…}: write it as text in quotes, title="…"',
    );
    expect(problems[1]!.message).toContain('spread props {…} are not allowed');
    expect(problems[2]!.message).toContain('prop tone of <Callout> has no value');
  });

  it('reports content given to a component that takes none', () => {
    expectOne(
      lintMdx('Text.\n\n<CallButton>Call us</CallButton>\n'),
      8,
      '<CallButton> takes no content between its tags: write it self-closing, <CallButton />',
    );
  });

  it('reports import and export lines', () => {
    const problems = lintMdx(
      "import Callout from '../../src/components/Callout.astro';\n\nexport const x = 1;\n\nText.\n",
    );
    expect(problems.map((problem) => [problem.line, problem.message.split(':')[0]])).toEqual([
      [6, 'import lines are not allowed in MDX'],
      [8, 'export lines are not allowed in MDX'],
    ]);
  });

  it('reports expressions but not comments', () => {
    expectOne(lintMdx('Text {1 + 1} and {/* a note */}.\n'), 6, 'expression {…} is not allowed');
  });

  it('reports a syntax error at its line in the file instead of throwing', () => {
    expectOne(
      lintMdx('Text.\n\n<Callout title="x">\n\nNever closed.\n'),
      8,
      'MDX syntax error: Expected a closing tag for `<Callout>`',
    );
    expectOne(
      lintMdx('Text.\n\nA note <!-- here -->.\n'),
      8,
      'HTML comments do not work in MDX: write {/* comment */} instead',
    );
  });
});

describe('lintContent: rule 7, raw HTML in Markdown', () => {
  it('reports every HTML element, nested or inline', () => {
    const problems = lintMd('<div>\nSome <em>text</em>.\n</div>\n\nA <span>word</span>.\n');
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [6, 1],
      [7, 6],
      [10, 3],
    ]);
    expect(problems[0]!.message).toContain('raw HTML <div> is not allowed in Markdown: use Markdown instead');
  });

  it('tells authors to rename the file when a Markdown file uses a component', () => {
    expectOne(
      lintMd('Text.\n\n<CrisisLines />\n'),
      8,
      '<CrisisLines> is an author component and works only in .mdx files: rename this file to .mdx',
    );
  });

  it('leaves HTML comments and code alone', () => {
    expect(lintMd('Text.\n\n<!-- a note -->\n\nWrite `<div>` in code.\n\n```html\n<script></script>\n```\n')).toEqual(
      [],
    );
  });
});

describe('clean files', () => {
  it('a clean Markdown page has no problems', () => {
    const body =
      '## Heading\n\nSome **bold** text, a [link](/get-help-now/) and [another](https://www.samhsa.gov/).\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(lintMd(body)).toEqual([]);
  });

  it('a clean MDX page using several components has no problems', () => {
    const body = [
      '## When to get help',
      '',
      '<EmergencyCheck />',
      '',
      '<Callout title="Do not stop suddenly" tone="warning">',
      'Stopping all at once can cause **seizures**. See [tapering](/benzodiazepine-addiction/withdrawal-and-tapering/).',
      '</Callout>',
      '',
      'This is <Term name="physical dependence">the body getting used to a drug</Term>, not a flaw.',
      '',
      '{/* a note for editors */}',
      '',
      '<DrugTable />',
      '',
      '<CallButton />',
      '<CrisisLines />',
      '<OverdoseSteps />',
      '',
    ].join('\n');
    expect(lintMdx(body)).toEqual([]);
  });
});

describe('formatProblems', () => {
  it('writes file:line:column: message, one line each', () => {
    const problems = lintMdx('Text.\n\n<Warnig />\n\n<b>x</b>\n');
    expect(formatProblems('content/education/x.mdx', problems).split('\n')).toEqual([
      'content/education/x.mdx:8:1: unknown component <Warnig>: use one of Callout, CallButton, EmergencyCheck, OverdoseSteps, CrisisLines, Term, DrugTable (see README, "Author components").',
      'content/education/x.mdx:10:1: HTML element <b> is not allowed in MDX: use Markdown or an author component: Callout, CallButton, EmergencyCheck, OverdoseSteps, CrisisLines, Term, DrugTable (see README, "Author components").',
    ]);
    expect(formatProblems('content/education/x.mdx', [])).toBe('');
  });
});

describe('the real content', () => {
  // Others edit content in parallel: lint whatever Markdown and MDX files exist now.
  const root = join(import.meta.dirname, '../..');
  const files = globSync('content/**/*.{md,mdx}', { cwd: root });

  it('has content files to lint', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('passes the linter', () => {
    const report = files
      .map((file) =>
        formatProblems(file, lintContent(file, readFileSync(join(root, file), 'utf8'), authorComponentRules)),
      )
      .filter(Boolean)
      .join('\n');
    expect(report).toBe('');
  });
});
