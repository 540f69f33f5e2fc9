import { addMonths, today } from '../lib/clock.ts';

/** Medical pages are reviewed again at least this often. */
export const reviewIntervalMonths = 12;

/** The first day on which a page last reviewed on `reviewedOn` (YYYY-MM-DD) is due again. */
export const reviewDueOn = (reviewedOn: string): string => addMonths(reviewedOn, reviewIntervalMonths);

/** A page is due once 12 months have passed since its last review; on the anniversary itself it is due. */
export const isReviewDue = (reviewedOn: string, on: string = today()): boolean => on >= reviewDueOn(reviewedOn);
