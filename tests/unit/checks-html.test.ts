import { describe, expect, it } from 'vitest';
import { gluedWords, headingProblems, htmlProblems, vagueLinkProblems } from '../support/checks/html';
import { parseHtml } from '../support/checks/html-tree';

/** A whole, valid page with `body` inside its <main>, and `head` at the end of its <head>. */
const page = (body: string, head = '') =>
  [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>A small page</title>${head}</head>`,
    '<body><main>',
    '<h1>A small page</h1>',
    body,
    '</main></body>',
    '</html>',
  ].join('\n');

describe('the HTML check', () => {
  it('passes a small valid page', async () => {
    expect(await htmlProblems('/fine/', page('<p>Call us any time.</p>'))).toEqual([]);
  });

  it('names the page, the line and column, the rule and what is wrong', async () => {
    expect(await htmlProblems('/twins/', page('<p id="help">One</p><p id="help">Two</p>'))).toEqual([
      '/twins/: line 6:28 no-dup-id Duplicate ID "help"',
    ]);
  });

  it.each([
    ['an element left open', '<section><h2>Open</h2>', 'close-order'],
    ['an element closed by its parent', '<div><p>Open</div>', 'no-implicit-close'],
    ['a duplicate id', '<p id="help">One</p><p id="help">Two</p>', 'no-dup-id'],
    ['a button without a type', '<button>Send</button>', 'no-implicit-button-type'],
    ['an image without alt text', '<img src="/photo.jpg" width="10" height="10">', 'wcag/h37'],
    ['a heading that skips a level', '<h3>Too deep</h3>', 'heading-level'],
    ['a phone number that can break across lines', '<a href="tel:+18004874889">(800) 487-4889</a>', 'tel-non-breaking'],
  ])('reports %s', async (_case, body, rule) => {
    const problems = await htmlProblems('/broken/', page(body));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^/broken/: line \\d+:\\d+ ${rule} `)));
  });

  it('accepts a phone number kept on one line by its class', async () => {
    const body = '<a class="whitespace-nowrap" href="tel:+18004874889">(800) 487-4889</a>';
    expect(await htmlProblems('/phone/', page(body))).toEqual([]);
  });

  it('accepts a phone number built from unbreakable groups by PhoneNumber.astro', async () => {
    const body =
      '<a class="phone-groups" href="tel:+18004874889"><span class="whitespace-nowrap">(800)</span> <span class="whitespace-nowrap">487-4889</span></a>';
    expect(await htmlProblems('/phone/', page(body))).toEqual([]);
  });

  it("asks for an integrity hash on a stylesheet from another host, not on the site's own", async () => {
    expect(
      await htmlProblems('/own/', page('<p>Styled.</p>', '<link rel="stylesheet" href="/_astro/site.css">')),
    ).toEqual([]);
    expect(
      await htmlProblems(
        '/cdn/',
        page('<p>Styled.</p>', '<link rel="stylesheet" href="https://cdn.example.org/site.css">'),
      ),
    ).toEqual([expect.stringMatching(/^\/cdn\/: line 3:\d+ require-sri /)]);
  });
});

describe('the glued-words check', () => {
  it('finds a word glued to a link or a date, and passes spaced text and punctuation after a link', () => {
    expect(gluedWords('<p>or call<a href="tel:911">911</a>if you</p>')).toEqual(['or call<a>911', '911</a>if you']);
    expect(gluedWords('<p>Updated on <time datetime="2026-11-28">Nov 28</time>.</p>')).toEqual([]);
    expect(gluedWords('<p>call <a href="tel:911">911</a>, or <a href="/x/">this</a>.</p>')).toEqual([]);
  });
});

describe('the heading check', () => {
  it('reports a missing h1, two h1s and a skipped level', () => {
    expect(headingProblems(parseHtml('<h2>No h1</h2>'))).toEqual(['expected exactly one h1, found 0']);
    expect(headingProblems(parseHtml('<h1>One</h1><h1>Two</h1><h3>Deep</h3>'))).toEqual([
      'expected exactly one h1, found 2',
      'h3 "Deep" follows h1: a level is skipped',
    ]);
  });

  it('passes one h1 and levels that go down one at a time', () => {
    expect(headingProblems(parseHtml('<h1>One</h1><h2>Two</h2><h3>Three</h3><h2>Two again</h2>'))).toEqual([]);
  });
});

describe('the link-text check', () => {
  it('reports "click here" and "Read more…", by text or by aria-label, and passes a link that says where it goes', () => {
    expect(
      vagueLinkProblems(
        parseHtml(
          '<a href="/a/">click here</a> <a href="/b/">Read more…</a> <a href="/c/" aria-label="More">→</a> <a href="/d/">Treatment options</a>',
        ),
      ),
    ).toEqual([
      'vague link text "click here": say where the link goes',
      'vague link text "Read more…": say where the link goes',
      'vague link text "More": say where the link goes',
    ]);
  });
});
