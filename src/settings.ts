import { localeEntries, locales } from './i18n/locales.ts';
import { dialDigits, displayPhone, telHref } from './lib/phone.ts';
import { problemList, problemReport } from './lib/problems.ts';
import {
  publishModes,
  settingsSchema,
  type CrisisLineId,
  type PublishMode,
  type SiteSettings,
} from './schemas/settings.ts';

/** Edit site-wide facts here; the build validates them. Words for readers live in src/i18n. */
const raw = {
  organizationName: 'Northern Illinois Recovery Center',
  siteUrl: 'https://www.northernillinoisrecovery.com',
  admissionsPhone: '+18557861978',
  /**
   * Languages the admissions line is known to answer in. Spanish-speaking staff are not confirmed,
   * so only English is listed; add 'es' once the center confirms it, and the Spanish pages will say so.
   */
  admissionsLanguages: ['en'],
  /** Publish every page, each labelled with its review state (see "Deploying" in the README). */
  publish: 'all',
  crisisLines: [
    { id: 'emergency', dial: '911', languages: ['en'] },
    { id: 'lifeline', dial: '988', text: '988', languages: ['en', 'es'] },
    { id: 'samhsa', dial: '+18006624357', tty: '+18004874889', languages: ['en', 'es'] },
  ],
};

/**
 * Problems with the settings and with how each dictionary writes the help lines' numbers: a number
 * written for readers must dial the number in the settings (letters count as on a phone keypad).
 */
export function settingsProblems(input: unknown): string[] {
  const result = settingsSchema.safeParse(input);
  if (!result.success) return problemList(result.error);
  return result.data.crisisLines.flatMap((line) =>
    locales.flatMap((locale) => {
      const words = localeEntries[locale].dictionary.crisisLines.lines[line.id];
      const where = `src/i18n/${locale}.ts, crisisLines.lines.${line.id}`;
      return [
        ...(dialDigits(words.display) === dialDigits(line.dial)
          ? []
          : [`${where}.display: "${words.display}" does not dial ${line.dial}; write the number in settings.`]),
        ...(line.tty && (!('ttyDisplay' in words) || dialDigits(words.ttyDisplay) !== dialDigits(line.tty))
          ? [`${where}.ttyDisplay: must write the TTY number ${line.tty}.`]
          : []),
      ];
    }),
  );
}

function parseSettings(input: unknown): SiteSettings {
  const problems = settingsProblems(input);
  if (problems.length > 0) throw new Error(problemReport('src/settings.ts: the site settings are invalid.', problems));
  return settingsSchema.parse(input);
}

const settings = parseSettings(raw);

export const site = {
  ...settings,
  admissions: { display: displayPhone(settings.admissionsPhone), href: telHref(settings.admissionsPhone) },
};

/** One help line by its id, e.g. crisisLine('emergency') for 911. */
export function crisisLine(id: CrisisLineId) {
  return settings.crisisLines.find((line) => line.id === id)!;
}

/** A help line's tel: link: short codes are dialled as written. */
export function dialHref(dial: string): string {
  return dial.startsWith('+') ? telHref(dial) : `tel:${dial}`;
}

/** The publish mode of this build: SITE_PUBLISH when set, otherwise the setting. */
export function publishMode(env: Record<string, string | undefined> = process.env): PublishMode {
  const chosen = env.SITE_PUBLISH;
  if (chosen === undefined || chosen === '') return settings.publish;
  if (!(publishModes as readonly string[]).includes(chosen))
    throw new Error(
      `SITE_PUBLISH is "${chosen}": use ${publishModes.join(' or ')}, or unset it to use the setting (${settings.publish}).`,
    );
  return chosen as PublishMode;
}
