import { describe, expect, it } from 'vitest';
import { jsonLdProblems } from '../support/checks/json-ld';

const clinic = { '@type': 'MedicalClinic', name: 'Clinic', telephone: '+18557861978', url: 'https://example.org/' };
const block = (...nodes: object[]) => JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes });

describe('the JSON-LD check', () => {
  it('passes a complete clinic', () => {
    expect(jsonLdProblems([block(clinic)])).toEqual([]);
  });

  it('reports a missing property', () => {
    const { telephone: _, ...noPhone } = clinic;
    expect(jsonLdProblems([block(noPhone)])).toEqual(['MedicalClinic is missing "telephone"']);
  });

  it('reports a medical page without its modification date, and accepts one with no review claim', () => {
    const page = { '@type': 'MedicalWebPage', name: 'Page', url: 'https://example.org/a/', description: 'About a.' };
    expect(jsonLdProblems([block(clinic, page)])).toEqual(['MedicalWebPage is missing "dateModified"']);
    expect(jsonLdProblems([block(clinic, { ...page, dateModified: '2026-11-28' })])).toEqual([]);
  });

  it('reports a breadcrumb out of order', () => {
    const list = {
      '@type': 'BreadcrumbList',
      itemListElement: [{ '@type': 'ListItem', position: 2, name: 'Home', item: 'https://example.org/' }],
    };
    expect(jsonLdProblems([block(clinic, list)])).toEqual([
      'BreadcrumbList item 1 needs position 1, a name and an item URL',
    ]);
  });

  it('reports a block that is not JSON, and a page with no block', () => {
    expect(jsonLdProblems(['{"@type": '])[0]).toMatch(/^a JSON-LD block does not parse/);
    expect(jsonLdProblems([])).toEqual(['no JSON-LD block', 'no MedicalClinic node']);
  });
});
