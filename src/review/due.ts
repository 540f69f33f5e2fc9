/** Medical pages are reviewed again at least this often. */
export const reviewIntervalMonths = 12;

/** The first day on which a page last reviewed on `lastReviewed` is due again. */
export function reviewDueOn(lastReviewed: Date): Date {
  const due = new Date(lastReviewed);
  due.setUTCMonth(due.getUTCMonth() + reviewIntervalMonths);
  return due;
}

/** A page is due once 12 months have passed since its last review; on the anniversary itself it is due. */
export function isReviewDue(lastReviewed: Date, today: Date = new Date()): boolean {
  return today.getTime() >= reviewDueOn(lastReviewed).getTime();
}
