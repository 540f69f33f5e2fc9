/**
 * Synthetic education entries for the build benchmark (scripts/bench.ts): MDX files of about 600 words, with
 * headings, a list, a table and two sources, valid per src/schemas/education.ts and the content lint (plain
 * Markdown, no HTML, no expressions). They never talk about stopping, withdrawal or tapering, nor about lowering
 * a dose, so `withdrawalWarning: false` is honest (the build checks the words). `updated` is a fixed past day,
 * so the same entries are written whatever the date. Written only into temporary projects, never into content/.
 */
import { globSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded random generator (mulberry32), so every run writes the same entries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A list of phrases written as text: phrases separated by "|", split over lines only to keep them short. */
const phrases = (...lines: string[]) => lines.join('|').split('|');
const topics = phrases(
  'questions about dosing|sleep and anxiety|safety at home|talking to your doctor|family support',
  'panic and benzodiazepines|mixing with alcohol|signs of dependence|planning next steps|overdose warning signs',
);
/** A sentence takes one phrase of each list, in order. */
const parts = [
  phrases(
    'A calm routine|Your doctor|A steady routine|The brain|Many people|A clear plan|Good sleep|Family support',
    'A pharmacist|Therapy|The body|Each dose',
  ),
  phrases('can help|often needs|may change|usually supports|will guide|helps to calm|can ease|should follow'),
  phrases(
    'the way you feel each day|safe use of the medicine|worry and trouble sleeping|the calming signal called GABA',
    'questions about your medicine|the next step in your care|changes in mood and energy|a plan that fits your life',
    'the risks of mixing drugs|honest talks about how it is going',
  ),
  phrases(
    'over several weeks|with medical care|at your own pace|in most cases|when you are ready|day by day|with support',
    'for a long time',
  ),
];
/** Real references on authoritative https domains (src/lib/authoritative.ts). */
const sourcePool = [
  [
    'FDA Requiring Boxed Warning Updated to Improve Safe Use of Benzodiazepine Drug Class',
    'U.S. Food and Drug Administration',
    'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  ],
  [
    'Prescription Medicines',
    'National Institute on Drug Abuse',
    'https://nida.nih.gov/research-topics/prescription-medicines',
  ],
  [
    'Joint Clinical Practice Guideline on Benzodiazepine Tapering',
    'American Society of Addiction Medicine',
    'https://www.asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering',
  ],
  ['DailyMed', 'U.S. National Library of Medicine', 'https://dailymed.nlm.nih.gov/dailymed/'],
  [
    'SAMHSA National Helpline',
    'Substance Abuse and Mental Health Services Administration',
    'https://www.samhsa.gov/find-help/national-helpline',
  ],
] as const;

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const sentence = (rand: () => number) => `${parts.map((list) => pick(rand, list)).join(' ')}.`;
function paragraph(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let count = 0; count < words; count += out.at(-1)!.split(' ').length) out.push(sentence(rand));
  return out.join(' ');
}

/** Entry number `index + 1`: its file name (without extension) and its text. */
function makeEntry(index: number): { slug: string; text: string } {
  const rand = random(index + 1);
  const number = index + 1;
  const topic = topics[index % topics.length]!;
  const title = `Benzodiazepine guide ${number}: ${topic}`;
  const description = `Guide ${number} explains ${topic} in plain words: what to expect, what is safe, and when to call a doctor or our team.`;
  if (title.length > 70 || description.length > 160) throw new Error(`entry ${number}: title or description too long.`);
  const sources = [sourcePool[index % sourcePool.length]!, sourcePool[(index + 2) % sourcePool.length]!];
  const steps = ['First call', 'Medical check', 'Planning care', 'Therapy sessions', 'Follow-up care'];
  const frontmatter = [
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `order: ${number}`,
    'updated: 2026-11-01',
    'sources:',
    ...sources.map(
      ([title, publisher, url]) =>
        `  - title: ${JSON.stringify(title)}\n    publisher: ${JSON.stringify(publisher)}\n    url: ${url}`,
    ),
    'withdrawalWarning: false',
  ];
  const body = [
    paragraph(rand, 60),
    `## What to know about ${topic}`,
    paragraph(rand, 75),
    paragraph(rand, 65),
    '## Things that can help',
    'These steps are common. Talk with your doctor about which ones fit you.',
    Array.from({ length: 6 }, () => `- ${sentence(rand)}`).join('\n'),
    '## What a plan can look like',
    'Every plan is different. This table shows one common order of steps.',
    [
      '| Step | What happens | How long it can take |',
      '| --- | --- | --- |',
      ...steps.map((step) => `| ${step} | ${sentence(rand).slice(0, -1)} | ${2 + Math.floor(rand() * 10)} weeks |`),
    ].join('\n'),
    '## When to get help',
    paragraph(rand, 75),
    paragraph(rand, 60),
    '## Questions to ask',
    paragraph(rand, 55),
  ];
  return {
    slug: `guide-${String(number).padStart(5, '0')}`,
    text: `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`,
  };
}

/**
 * Writes `count` synthetic entries, guide-00001.mdx and on, into `dir` in place of the previous size's; the files
 * already there stay (the site links to some of its real education pages, so they cannot go).
 */
export function writeEntries(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (const old of globSync('guide-*.mdx', { cwd: dir })) rmSync(join(dir, old));
  for (let i = 0; i < count; i++) {
    const { slug, text } = makeEntry(i);
    writeFileSync(join(dir, `${slug}.mdx`), text);
  }
}
