import { describe, expect, it } from 'vitest';
import { attestedFile, reviewDigest, shownText } from '../../src/review/digest';

describe('what a review digest covers', () => {
  const file = attestedFile(
    { title: 'A page', order: 1, updated: new Date('2026-11-28'), sources: [{ url: 'https://www.fda.gov/' }] },
    'Text.\n',
  );
  const shown = shownText('<p>Call <a href="tel:911">911</a>.</p>').text;
  const digest = reviewDigest(file, shown);

  it('is a sha256 digest', () => {
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes with a word of the file, a word shown from anywhere else, or a number dialled', () => {
    expect(
      reviewDigest(
        attestedFile({ title: 'A page', sources: [{ url: 'https://www.fda.gov/' }] }, 'Text changed.\n'),
        shown,
      ),
    ).not.toBe(digest);
    expect(reviewDigest(file, shownText('<p>Call <a href="tel:911">911</a> now.</p>').text)).not.toBe(digest);
    expect(reviewDigest(file, shownText('<p>Call <a href="tel:912">911</a>.</p>').text)).not.toBe(digest);
  });

  it('does not change with the fields that only say where or when a page is listed, or with formatting', () => {
    const moved = attestedFile(
      {
        title: 'A page',
        order: 9,
        updated: new Date('2026-12-01'),
        reviewer: 'dr-a',
        sources: [{ url: 'https://www.fda.gov/' }],
      },
      'Text.   \r\n\r\n',
    );
    expect(reviewDigest(moved, shown)).toBe(digest);
    expect(reviewDigest(file, shownText('<p class="x">Call  <a class="y" href="tel:911">911</a>.</p>\n').text)).toBe(
      digest,
    );
  });
});

describe('the text a page shows', () => {
  it('keeps blocks apart and adds the address of each link that leaves the site', () => {
    const { text, siteLinks } = shownText(
      '<h2>Help</h2><p>See <a href="/get-help-now/">help</a> or <a href="https://988lifeline.org/">988</a>.</p><ul><li>One</li><li>Two</li></ul>',
    );
    expect(text).toBe('Help\nSee help or 988 <https://988lifeline.org/>.\nOne\nTwo');
    expect(siteLinks).toEqual(['/get-help-now/']);
  });

  it('is the same whether a link to this site is a link or plain words', () => {
    expect(shownText('<p>See <a href="/x/">the guide</a>.</p>').text).toBe(
      shownText('<p>See <span>the guide</span>.</p>').text,
    );
  });
});
