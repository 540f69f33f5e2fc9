import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';

/** Facts kept in one place show up everywhere they are used, and change everywhere at once. */
let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

const built = (path: string) => readFileSync(join(copy!.root, 'dist', path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('one source for each fact', () => {
  it('a drug entry feeds both its own page and the table of common benzodiazepines', () => {
    copy = copyProject();
    copy.edit('content/drugs/alprazolam-xanax.mdx', (source) =>
      source
        .replace(/^uses:\n(?: {2}- .*\n)+/m, 'uses:\n  - A use written only for this test\n')
        .replace(/^brands: .*$/m, 'brands: [Xanax, Testbrand]'),
    );
    const build = runAstro(['build'], copy.root);
    expect(build.status, build.output).toBe(0);
    const table = text(built('/benzodiazepine-addiction/what-are-benzodiazepines/'));
    expect(table).toContain('alprazolam (Xanax, Testbrand)');
    expect(table).toContain('A use written only for this test');
    const page = text(built('/benzodiazepine-addiction/alprazolam-xanax/'));
    expect(page).toContain('Xanax, Testbrand');
    expect(page).toContain('A use written only for this test');
    expect(built('/benzodiazepine-addiction/what-are-benzodiazepines/')).toContain(
      'href="/benzodiazepine-addiction/alprazolam-xanax/"',
    );
  });

  it('the Spanish pages word the admissions line’s languages from the settings, and change when it changes', () => {
    copy = copyProject();
    let build = runAstro(['build'], copy.root);
    expect(build.status, build.output).toBe(0);
    expect(text(built('/es/admisiones/'))).toContain('Cuando llame, puede preguntar si hay ayuda en español.');
    expect(text(built('/es/admisiones/'))).not.toContain('puede atenderle en español');

    copy.edit('src/settings.ts', (source) =>
      source.replace("admissionsLanguages: ['en'],", "admissionsLanguages: ['en', 'es'],"),
    );
    build = runAstro(['build'], copy.root);
    expect(build.status, build.output).toBe(0);
    expect(text(built('/es/admisiones/'))).toContain('Nuestro equipo de admisiones puede atenderle en español.');
    expect(text(built('/es/admisiones/'))).not.toContain('puede preguntar si hay ayuda en español.');
  });

  it('the emergency box on the withdrawal page reads its numbers from the settings', () => {
    copy = copyProject();
    copy.edit('src/settings.ts', (source) =>
      source.replace("dial: '988',\n      display: '988',", "dial: '987',\n      display: '987',"),
    );
    const build = runAstro(['build'], copy.root);
    expect(build.status, build.output).toBe(0);
    const page = built('/benzodiazepine-addiction/withdrawal-and-tapering/');
    const box = page.slice(
      page.indexOf('id="emergency-check"'),
      page.indexOf('</aside>', page.indexOf('id="emergency-check"')),
    );
    expect(box).toContain('href="tel:987"');
    expect(box).toContain('href="tel:911"');
    expect(box).not.toContain('tel:988');
  });
});
