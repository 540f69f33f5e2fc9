import { displayPhone, telHref } from './lib/phone.ts';
import { parseSettings, type SiteSettings } from './schemas/settings.ts';

/** Edit site-wide facts here; the build validates them. */
const settings = parseSettings({
  organizationName: 'Northern Illinois Recovery Center',
  siteUrl: 'https://www.northernillinoisrecovery.com',
  admissionsPhone: '+18557861978',
  crisisLines: [
    {
      id: 'emergency',
      name: 'Emergency',
      purpose: 'Someone is not breathing, cannot be woken, is having a seizure or is in danger right now.',
      dial: '911',
      display: '911',
    },
    {
      id: 'lifeline',
      name: '988 Suicide & Crisis Lifeline',
      purpose: 'Thoughts of suicide, or any mental health or substance use crisis. Free, 24/7, in English and Spanish.',
      dial: '988',
      display: '988',
      text: '988',
      url: 'https://988lifeline.org/',
    },
    {
      id: 'samhsa',
      name: 'SAMHSA National Helpline',
      purpose: 'Free, confidential treatment referrals and information, 24/7, 365 days a year, in English and Spanish.',
      dial: '+18006624357',
      display: '1-800-662-HELP (4357)',
      tty: '+18004874889',
      url: 'https://www.samhsa.gov/find-help/national-helpline',
    },
  ],
});

export const site = {
  ...settings,
  admissions: {
    display: displayPhone(settings.admissionsPhone),
    href: telHref(settings.admissionsPhone),
  },
};

export type CrisisLineId = SiteSettings['crisisLines'][number]['id'];

/** One help line by its id, e.g. crisisLine('emergency') for 911. */
export function crisisLine(id: CrisisLineId) {
  return settings.crisisLines.find((line) => line.id === id)!;
}

/** A help line's tel: link: short codes are dialled as written. */
export function dialHref(dial: string): string {
  return dial.startsWith('+') ? telHref(dial) : `tel:${dial}`;
}
