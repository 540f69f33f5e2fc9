import AdmissionsLanguage from './AdmissionsLanguage.astro';
import CallButton from './CallButton.astro';
import Callout from './Callout.astro';
import DrugTable from './DrugTable.astro';
import EmergencyCheck from './EmergencyCheck.astro';
import OverdoseSteps from './OverdoseSteps.astro';
import PublishingNote from './PublishingNote.astro';
import RanOutOrStopped from './RanOutOrStopped.astro';
import ReviewLabels from './ReviewLabels.astro';
import SafeLink from './SafeLink.astro';
import ScrollTable from './ScrollTable.astro';
import Term from './Term.astro';
import CrisisLines from '../CrisisLines.astro';
import type { authorComponentRules } from './rules.ts';

/**
 * What an author may write in an .mdx file without imports, and the Markdown elements the site
 * renders its own way. The content lint rejects any component not in rules.ts.
 */
export const authorComponents = {
  AdmissionsLanguage,
  Callout,
  CallButton,
  CrisisLines,
  DrugTable,
  EmergencyCheck,
  OverdoseSteps,
  PublishingNote,
  RanOutOrStopped,
  ReviewLabels,
  Term,
  a: SafeLink,
  table: ScrollTable,
} satisfies Record<keyof typeof authorComponentRules, unknown> & Record<'a' | 'table', unknown>;
