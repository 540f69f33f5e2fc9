import { describe, expect, it } from 'vitest';
import { imageProblem, linkProblem, sourceUrlProblem } from '../../src/lib/url-policy';

describe('the URL policy', () => {
  it.each([
    '/treatment/',
    '#steps',
    '/es/tratamiento/#a',
    'https://www.fda.gov/',
    'HTTPS://WWW.FDA.GOV/',
    'tel:988',
    'sms:988',
    'mailto:a@b.org',
  ])('allows the link %s', (url) => expect(linkProblem(url)).toBeUndefined());

  it.each([
    ['javascript:alert(1)', 'javascript: links are not allowed'],
    ['\u0001 JavaScript:alert(1)', 'javascript: links are not allowed'],
    ['vbscript:msgbox(1)', 'vbscript: links are not allowed'],
    ['data:text/html,<script>alert(1)</script>', 'data: links are not allowed'],
    ['//other.example/', 'leads to another site without saying how'],
    ['/\\other.example/', 'leads to another site without saying how'],
    ['http://fda.gov/', 'http: link http://fda.gov/ is not allowed: use https://fda.gov/'],
    ['treatment/', 'the address "treatment/" is not allowed'],
    ['https://', 'the address "https://" is not allowed'],
  ])('refuses the link %s', (url, message) => expect(linkProblem(url)).toContain(message));

  it('allows images from this site only', () => {
    expect(imageProblem('/share.png')).toBeUndefined();
    expect(imageProblem('https://example.org/a.png')).toContain('images may only come from this site');
    expect(imageProblem('//example.org/a.png')).toContain('images may only come from this site');
  });

  it('allows sources on an authoritative domain, whatever the case of the address', () => {
    expect(sourceUrlProblem('https://www.fda.gov/drugs/x')).toBeUndefined();
    expect(sourceUrlProblem('HTTPS://WWW.FDA.GOV/drugs/x')).toBeUndefined();
    expect(sourceUrlProblem('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/')).toBeUndefined();
    expect(sourceUrlProblem('https://fda.gov.example.org/')).toContain('must be on an authoritative domain');
    expect(sourceUrlProblem('http://www.fda.gov/')).toBe(
      'sources[].url must be a full https address, such as https://www.fda.gov/...',
    );
  });
});
