import { describe, expect, it } from 'vitest';
import {
  addressProblems,
  reviewerProblems,
  rolePageProblems,
  translationProblems,
  withdrawalWarningProblems,
  type PlainEntry,
} from '../../src/lib/checks';
import { entryPath } from '../../src/sections';

const entry = (
  section: PlainEntry['section'],
  id: string,
  data: PlainEntry['data'] = {},
  body = 'Text.',
): PlainEntry => ({
  section,
  id,
  file: `content/${section}/${id}.mdx`,
  data,
  body,
});
const digest = `sha256:${'a'.repeat(64)}`;

describe('translations', () => {
  const original = entry('education', 'withdrawal');

  it('accept a translation in its language folder that names its original', () => {
    expect(
      translationProblems([
        original,
        entry('education', 'es/abstinencia', { lang: 'es', translationOf: 'withdrawal', translatedFrom: digest }),
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      'a translation that says another language than its folder',
      entry('education', 'es/abstinencia', { translationOf: 'withdrawal', translatedFrom: digest }),
      'content/education/es/abstinencia.mdx, field "lang": the file is in the es/ folder, so lang must be es.',
    ],
    [
      'a translation of a page that does not exist',
      entry('education', 'es/abstinencia', { lang: 'es', translationOf: 'withdraw', translatedFrom: digest }),
      'content/education/es/abstinencia.mdx, field "translationOf": "withdraw" is not an entry of content/education in the default language. Use one of: withdrawal.',
    ],
    [
      'a translation that names no original',
      entry('education', 'es/abstinencia', { lang: 'es', translatedFrom: digest }),
      'content/education/es/abstinencia.mdx, field "translationOf": required: the file name of the entry this translates, one of withdrawal.',
    ],
    [
      'an original that claims to translate something',
      entry('education', 'abstinence', { translationOf: 'withdrawal' }),
      'content/education/abstinence.mdx, field "translationOf": only a translation (in a language folder) names the page it translates; remove the field.',
    ],
  ])('name the file, the field and the fix for %s', (_case, translation, problem) => {
    expect(translationProblems([original, translation])).toEqual([problem]);
  });

  it('refuse two translations of one page into one language', () => {
    const twice = [
      original,
      entry('education', 'es/a', { lang: 'es', translationOf: 'withdrawal', translatedFrom: digest }),
      entry('education', 'es/b', { lang: 'es', translationOf: 'withdrawal', translatedFrom: digest }),
    ];
    expect(translationProblems(twice)).toEqual([
      'content/education/es/b.mdx, field "translationOf": content/education/es/a.mdx already translates "withdrawal"; one translation per page and language.',
    ]);
  });
});

describe('assigned reviewers', () => {
  const staff = [entry('staff', 'dr-a', { physician: true }), entry('staff', 'sam', { physician: false })];

  it('must be physicians on staff, named by the file of their bio', () => {
    expect(reviewerProblems([...staff, entry('treatments', 'x', { reviewer: 'dr-a' })])).toEqual([]);
    expect(
      reviewerProblems([
        ...staff,
        entry('treatments', 'x', { reviewer: 'sam' }),
        entry('treatments', 'y', { reviewer: 'nobody' }),
      ]),
    ).toEqual([
      'content/treatments/x.mdx, field "reviewer": "sam" is not a physician. Use the file name of a physician in content/staff: dr-a, or leave the field out.',
      'content/treatments/y.mdx, field "reviewer": "nobody" names no staff entry. Use the file name of a physician in content/staff: dr-a, or leave the field out.',
    ]);
  });
});

describe('the withdrawal warning', () => {
  it('is required on a medical page that talks about stopping, in its own language', () => {
    expect(
      withdrawalWarningProblems([
        entry('education', 'a', {}, 'Do not stop suddenly.'),
        entry('education', 'es/a', { lang: 'es' }, 'No deje de golpe: la abstinencia puede ser grave.'),
        entry('education', 'b', { withdrawalWarning: true }, 'Do not stop suddenly.'),
        entry('education', 'c', {}, 'Benzodiazepines calm the brain.'),
        entry('pages', 'd', {}, 'Stop by any time.'),
      ]),
    ).toEqual([
      'content/education/a.mdx, field "withdrawalWarning": the page talks about stopping, withdrawal or tapering; set withdrawalWarning: true.',
      'content/education/es/a.mdx, field "withdrawalWarning": the page talks about stopping, withdrawal or tapering; set withdrawalWarning: true.',
    ]);
  });
});

describe('addresses and special pages', () => {
  it('refuse two pages at one address', () => {
    const pathOf = (plain: PlainEntry) => entryPath(plain.section, plain.id);
    expect(addressProblems([entry('education', 'x'), entry('drugs', 'x')], pathOf)).toEqual([
      'content/drugs/x.mdx and content/education/x.mdx would both be served at /benzodiazepine-addiction/x/: rename one file.',
    ]);
  });

  it('need one home page and one not-found page in every language', () => {
    const roleOf = (plain: PlainEntry) => (plain.data as { role?: string }).role;
    const pages = [
      entry('pages', 'home', { role: 'home' } as PlainEntry['data']),
      entry('pages', 'es/inicio', { role: 'home' } as PlainEntry['data']),
    ];
    expect(rolePageProblems(pages, roleOf, ['en', 'es'])).toEqual([
      'content/pages/: no page has role: not-found; the en site needs one.',
      'content/pages/es/: no page has role: not-found; the es site needs one.',
    ]);
  });
});
