import { displayPhone, telHref } from './lib/phone.ts';
import { parseSettings, type SiteSettings } from './schemas/settings.ts';

/** Edit site-wide facts here; the build validates them. */
const settings = parseSettings({
  organizationName: 'Northern Illinois Recovery Center',
  siteUrl: 'https://www.northernillinoisrecovery.com',
  admissionsPhone: '+18557861978',
  /**
   * Languages the admissions line is known to answer in. Spanish-speaking staff are not confirmed,
   * so only English is listed; add 'es' once the center confirms it, and the Spanish pages will say so.
   */
  admissionsLanguages: ['en'],
  crisisLines: [
    {
      id: 'emergency',
      name: { en: 'Emergency', es: 'Emergencias' },
      purpose: {
        en: 'Someone is not breathing, cannot be woken, is having a seizure or is in danger right now.',
        es: 'Alguien no respira, no se despierta, tiene una convulsión o está en peligro ahora mismo.',
      },
      dial: '911',
      display: '911',
    },
    {
      id: 'lifeline',
      name: { en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis' },
      purpose: {
        en: 'Thoughts of suicide, or any mental health or substance use crisis. Free, 24/7.',
        es: 'Pensamientos de suicidio, o cualquier crisis de salud mental o por consumo de sustancias. Gratis, las 24 horas.',
      },
      inSpanish: {
        en: 'In Spanish: call 988 and press 2, or text AYUDA to 988.',
        es: 'En español: llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.',
      },
      dial: '988',
      display: '988',
      text: '988',
      url: { en: 'https://988lifeline.org/', es: 'https://988lineadevida.org/' },
    },
    {
      id: 'samhsa',
      name: { en: 'SAMHSA National Helpline', es: 'Línea Nacional de Ayuda de SAMHSA' },
      purpose: {
        en: 'Free, confidential treatment referrals and information, 24/7, 365 days a year.',
        es: 'Información y referencias a tratamiento, gratis y confidenciales, las 24 horas, los 365 días del año.',
      },
      inSpanish: { en: 'It answers in English and Spanish.', es: 'Atiende en inglés y en español.' },
      dial: '+18006624357',
      display: '1-800-662-HELP (4357)',
      tty: '+18004874889',
      url: {
        en: 'https://www.samhsa.gov/find-help/national-helpline',
        es: 'https://www.samhsa.gov/find-help/national-helpline',
      },
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
