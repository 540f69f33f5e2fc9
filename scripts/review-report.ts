/**
 * npm run review-report: every medical page with its reviewer, last review date
 * and whether it is due for review again (more than 12 months since the last).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isReviewDue, reviewDueOn } from '../src/lib/review.ts';

const contentRoot = new URL('../content/', import.meta.url).pathname;
const medicalCollections = ['education', 'treatments'];

function frontmatterOf(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter block between --- lines.`);
  return parse(match[1]!) as Record<string, unknown>;
}

const entriesIn = (folder: string) =>
  readdirSync(join(contentRoot, folder))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(folder, name));

const staffNames = new Map(
  entriesIn('staff').map((file) => [file.replace(/^staff\/|\.mdx?$/g, ''), String(frontmatterOf(join(contentRoot, file)).name)]),
);

const day = (date: Date) => date.toISOString().slice(0, 10);
const rows = medicalCollections.flatMap(entriesIn).map((file) => {
  const data = frontmatterOf(join(contentRoot, file));
  const lastReviewed = new Date(`${String(data.lastReviewed)}T00:00:00Z`);
  const reviewer = String(data.reviewedBy);
  return {
    page: `content/${file}`,
    reviewer: staffNames.get(reviewer) ?? `${reviewer} (no such staff entry)`,
    lastReviewed: day(lastReviewed),
    dueOn: day(reviewDueOn(lastReviewed)),
    status: isReviewDue(lastReviewed) ? 'DUE' : 'ok',
  };
});

console.table(rows);
const due = rows.filter((row) => row.status === 'DUE').length;
console.log(due === 0 ? 'No page is due for medical review.' : `${due} page(s) due for medical review.`);
