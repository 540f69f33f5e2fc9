import { describe, expect, it } from 'vitest';
import { frontmatter } from '../../src/schemas/strict';
import { description, title } from '../../src/schemas/editorial';
import { medicalSchema } from '../../src/schemas/medical';
import { entryPath, hubOf, hubPath, listedOnHub, type Section } from '../../src/sections';

describe('the section registry', () => {
  it('places each entry at its section’s address in its language', () => {
    expect(entryPath('treatments', 'outpatient-treatment')).toBe('/treatment/outpatient-treatment/');
    expect(entryPath('treatments', 'es/tratamiento-ambulatorio')).toBe('/es/tratamiento/tratamiento-ambulatorio/');
    expect(entryPath('drugs', 'alprazolam-xanax')).toBe('/benzodiazepine-addiction/alprazolam-xanax/');
    expect(entryPath('pages', 'es/admisiones')).toBe('/es/admisiones/');
    expect(entryPath('pages', 'es/inicio', 'home')).toBe('/es/');
    expect(entryPath('pages', 'not-found', 'not-found')).toBeUndefined();
  });

  it('lists a section on its own hub, or on the hub it names', () => {
    expect(hubOf('drugs')).toBe('education');
    expect(hubOf('pages')).toBeUndefined();
    expect(listedOnHub('education')).toEqual(['education', 'drugs']);
    expect(hubPath('staff', 'es')).toBe('/es/nuestro-equipo/');
  });

  it('accepts a medical section only with a schema made by medicalSchema(), so no medical rule can be left out', () => {
    const careless = {
      schema: frontmatter({ title, description }),
      medical: true,
      layout: 'article',
      hub: true,
      order: 9,
    } as const;
    // @ts-expect-error -- a medical section's schema must carry the shared medical fields (sources, updated…).
    const refused: Section = careless;
    const accepted: Section = { ...careless, schema: medicalSchema({}) };
    expect([refused.medical, accepted.medical]).toEqual([true, true]);
  });
});
