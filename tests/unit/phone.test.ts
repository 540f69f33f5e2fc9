import { describe, expect, it } from 'vitest';
import { displayPhone, isNorthAmericanNumber, telHref } from '../../src/lib/phone';
import { site } from '../../src/settings';

describe('phone numbers', () => {
  it('show the admissions number the way people read it', () => {
    expect(displayPhone('+18557861978')).toBe('(855) 786-1978');
  });

  it('turn the admissions number into a link a phone can dial', () => {
    expect(telHref('+18557861978')).toBe('tel:+18557861978');
  });

  it.each(['8557861978', '+1855786197', '+1 855 786 1978', '+18551861978', '+441234567890', ''])(
    'reject %j, which is not +1 and ten dialable digits',
    (candidate) => {
      expect(isNorthAmericanNumber(candidate)).toBe(false);
      expect(() => displayPhone(candidate)).toThrow(/expected \+1 and ten digits, e\.g\. \+18557861978/);
      expect(() => telHref(candidate)).toThrow(/is not a US phone number in E\.164 form/);
    },
  );

  it('derive both admissions forms from the one stored number', () => {
    expect(site.admissionsPhone).toBe('+18557861978');
    expect(site.admissions).toEqual({ display: '(855) 786-1978', href: 'tel:+18557861978' });
  });
});
