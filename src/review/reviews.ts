import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { existsSync, readFileSync } from 'node:fs';
import ReviewedPart from '../components/ReviewedPart.astro';
import { defaultLocale, localeOfPath } from '../i18n/locales.ts';
import {
  counterpartOf,
  getCatalog,
  localeOf,
  pathOf,
  type Catalog,
  type MedicalEntry,
  type StaffEntry,
} from '../lib/catalog.ts';
import { today } from '../lib/clock.ts';
import { contentFile } from '../lib/content-files.ts';
import { isoDay } from '../lib/dates.ts';
import { pageContext, type PageContext } from '../lib/page-context.ts';
import { problemReport } from '../lib/problems.ts';
import { publishMode } from '../settings.ts';
import type { PublishMode } from '../schemas/settings.ts';
import { attestedFile, reviewDigest, shownText } from './digest.ts';
import {
  checkLedger,
  ledgerFile,
  parseLedger,
  reviewStates,
  updatedDateProblems,
  type ReviewablePage,
  type ReviewState,
  type Signer,
} from './ledger.ts';
import { readTranslators, signersOf } from './people.ts';
import { inputsFingerprint, writeManifest } from './manifest.ts';

/**
 * The review of every medical page in this build, worked out before any page is rendered: each page's
 * reviewed part (the fact box, the warning and the body) is rendered once, its shown text and digest
 * taken from that rendering, its state read from the ledger, and what the build publishes decided from
 * the states. The page then shows exactly the HTML that was hashed.
 */
export interface PageReview {
  entry: MedicalEntry;
  path: string;
  digest: string;
  /** The reviewed part as rendered, with every link in it. */
  html: string;
  /** The addresses of this site that the reviewed part links to. */
  siteLinks: string[];
  shown: string;
  state: ReviewState;
  /** The physician who signed the latest sign-off (of the page, or of its original), as their bio reads in the page's language. */
  reviewer?: StaffEntry;
  /** For a translation reviewed through its original: who checked the translation. */
  translator?: Signer;
  /** For a translation: its original, and whether the translation still matches it. */
  translation?: { original: MedicalEntry; current: boolean };
}

export interface Reviews {
  mode: PublishMode;
  pages: Map<string, PageReview>;
  /** Whether a page of the site is built: every page in `all` mode; in `reviewed` mode, a medical page only while reviewed. */
  isPublished(path: string): boolean;
}

let container: Promise<experimental_AstroContainer> | undefined;

/** Renders a medical page's reviewed part, as the page will show it; `context` decides where its links may point. */
export async function renderReviewedPart(entry: MedicalEntry, context: PageContext): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  return (await container).renderToString(ReviewedPart, { props: { entry }, locals: { page: context } });
}

/** `work` over every item, a few at a time: rendering every page at once would hold every page's garbage at once. */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>, size = 8): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

/** A person's bio in a language: the translation of their bio, or the one in the default language. */
function personIn(catalog: Catalog, id: string, entry: MedicalEntry): StaffEntry | undefined {
  const person = catalog.sections.staff.find((candidate) => candidate.id === id);
  return person && ((counterpartOf(catalog, person, localeOf(entry)) as StaffEntry | undefined) ?? person);
}

async function review(): Promise<Reviews> {
  const catalog = await getCatalog();
  const on = today();
  const rendered = await inBatches(catalog.medical, async (entry) => {
    const path = pathOf(entry);
    const html = await renderReviewedPart(entry, pageContext(localeOf(entry), path));
    const { frontmatter, body } = contentFile(entry.filePath!);
    const { text: shown, siteLinks } = shownText(html);
    const original = counterpartOf(catalog, entry, defaultLocale) as MedicalEntry | undefined;
    return {
      entry,
      path,
      html,
      shown,
      siteLinks,
      original: original === entry ? undefined : original,
      digest: reviewDigest(attestedFile(frontmatter, body), shown),
    };
  });
  const pages: ReviewablePage[] = rendered.map(({ entry, path, digest, original }) => ({
    path,
    digest,
    file: entry.filePath!,
    locale: localeOf(entry),
    updated: isoDay(entry.data.updated),
    ...(original && { original: pathOf(original) }),
  }));
  const records = parseLedger(existsSync(ledgerFile) ? readFileSync(ledgerFile, 'utf8') : undefined);
  // A person is recorded by the file name of their bio in the default language, or their translator id.
  const signers = signersOf(
    catalog.sections.staff.filter((person) => localeOf(person) === defaultLocale),
    readTranslators(),
  );
  checkLedger(records, pages, signers, on);
  const stale = updatedDateProblems(pages, records, on);
  if (stale.length > 0)
    throw new Error(problemReport('Pages whose "updated" date is older than their last review:', stale));

  const states = reviewStates(pages, records, on);
  const digests = new Map(rendered.map(({ path, digest }) => [path, digest]));
  const reviews = new Map(
    rendered.map((page): [string, PageReview] => {
      const state = states.get(page.path)!;
      const { translatedFrom } = page.entry.data;
      return [
        page.path,
        {
          ...page,
          state,
          reviewer: state.state === 'unreviewed' ? undefined : personIn(catalog, state.record.reviewer, page.entry),
          translator:
            state.state === 'reviewed'
              ? signers.find((person) => person.id === state.translation?.reviewer)
              : undefined,
          translation: page.original && {
            original: page.original,
            current: translatedFrom === digests.get(pathOf(page.original)),
          },
        },
      ];
    }),
  );
  writeManifest(process.cwd(), {
    fingerprint: inputsFingerprint(process.cwd()),
    pages: pages
      .map((page) => {
        const { entry, shown } = reviews.get(page.path)!;
        return {
          ...page,
          section: entry.collection,
          title: entry.data.title,
          ...(entry.data.reviewer && { assignedReviewer: entry.data.reviewer }),
          ...(page.original && { translatedFrom: entry.data.translatedFrom }),
          shown,
        };
      })
      .toSorted((a, b) => a.path.localeCompare(b.path)),
    signers,
  });
  const mode = publishMode();
  return {
    mode,
    pages: reviews,
    isPublished: (path) => {
      const page = reviews.get(path);
      return mode === 'all' || !page || page.state.state === 'reviewed';
    },
  };
}

let reviews: Promise<Reviews> | undefined;

/** The reviews of this build, worked out once. */
export function getReviews(): Promise<Reviews> {
  reviews ??= review();
  return reviews;
}

/** The medical pages of a language, counted by state, for the home page's summary. */
export async function reviewCounts(locale: string) {
  const pages = [...(await getReviews()).pages.values()].filter((page) => localeOfPath(page.path) === locale);
  return { total: pages.length, reviewed: pages.filter((page) => page.state.state === 'reviewed').length };
}
