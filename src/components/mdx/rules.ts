import type { ComponentRules } from '../../lib/content-lint.ts';

/**
 * The author components an .mdx file may use, with the props each takes. The content lint
 * rejects anything else at build time, naming the file and line; index.ts must provide each one.
 */
export const authorComponentRules = {
  AdmissionsLanguage: {},
  Callout: { required: ['title'], values: { tone: ['info', 'warning'] }, children: true },
  CallButton: {},
  CrisisLines: {},
  DrugTable: {},
  EmergencyCheck: {},
  OverdoseSteps: {},
  PublishingNote: {},
  RanOutOrStopped: {},
  ReviewLabels: {},
  Term: { required: ['name'], children: true },
} as const satisfies ComponentRules;
