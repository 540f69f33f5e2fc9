/**
 * Build benchmark: what each added education page costs to build here ("ours") and in plain Astro ("plain").
 * Method and latest figures: README, "Performance".   npm run bench -- [--sizes 100,1000] [--runs 3] [--keep]
 *
 * ours: a temporary copy of the project (scripts/lib/project-copy.ts) with the N synthetic MDX entries of
 * scripts/lib/synthetic-entry.ts added to content/education (every real page stays); plain: the same entries in a
 * minimal Astro project. After one untimed warm-up each, every build is cold (dist/, .astro/, Vite's caches removed)
 * and runs in a child process that records its own process.resourceUsage() on exit (CPU = user + system; peak RSS);
 * the two take turns, run by run. Figures: median of the runs (min–max); cpu ms/added page = (cpu(N2) - cpu(N1)) /
 * (N2 - N1) from the previous size, so start-up cost cancels out; load = the share of the CPUs other processes used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBin, astroEnv } from './lib/astro.ts';
import { copyProject, linkPackages } from './lib/project-copy.ts';
import { writeEntries } from './lib/synthetic-entry.ts';
import { printTable } from './lib/table.ts';

const plainProject = {
  'package.json': '{ "name": "plain-astro-bench", "private": true, "type": "module" }\n',
  'tsconfig.json': '{ "extends": "astro/tsconfigs/base", "include": [".astro/types.d.ts", "**/*"] }\n',
  'astro.config.mjs': "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const education = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/education' }),
  schema: z.looseObject({ title: z.string(), description: z.string() }),
});
export const collections = { education };\n`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
export const getStaticPaths = async () =>
  (await getCollection('education')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.description} /></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
};
const pipelines = ['ours', 'plain'] as const;
type Pipeline = (typeof pipelines)[number];
type Run = Record<'wallS' | 'cpuS' | 'peakMB' | 'loadPercent', number>;

/** Loaded into each build: writes the build's own resource usage where BENCH_USAGE says, on exit. */
const recordUsage = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.BENCH_USAGE,JSON.stringify(process.resourceUsage())));",
)}`;
const machineBusyMs = () => os.cpus().reduce((sum, { times: t }) => sum + t.user + t.nice + t.sys + t.irq, 0);

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** A figure over the runs: each run's value, their range, and the median (or the middle value given). */
function figure(runs: number[], mid = median(runs)) {
  return { median: mid, min: Math.min(...runs), max: Math.max(...runs), runs };
}
type Figure = ReturnType<typeof figure>;
const show = ({ median, min, max }: Figure, digits = 0) =>
  min === max ? median.toFixed(digits) : `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
const percent = (ours: number, plain: number) => Math.round((ours / plain - 1) * 100);
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value}%`;

const projects = new Map<Pipeline, string>();
let keep = false;
let active: ChildProcess | undefined;
/** Removes the temporary projects (unless kept); on a signal, stops the build first and exits. */
function cleanup(signal?: NodeJS.Signals) {
  active?.kill();
  for (const dir of projects.values())
    if (keep) console.error(`bench: kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  projects.clear();
  if (signal) process.exit(130);
}
process.on('SIGINT', cleanup).on('SIGTERM', cleanup);

function createProject(pipeline: Pipeline): string {
  if (pipeline === 'ours') return copyProject().root;
  const root = fs.mkdtempSync(join(os.tmpdir(), 'nirc-bench-plain-'));
  fs.mkdirSync(join(root, 'src/pages'), { recursive: true });
  for (const [file, text] of Object.entries(plainProject)) fs.writeFileSync(join(root, file), text);
  linkPackages(root);
  return root;
}

/** One cold `astro build` in `dir`, at least `pages` HTML pages; a failed build throws and keeps the projects. */
async function coldBuild(dir: string, pages: number, label: string): Promise<Run> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    fs.rmSync(join(dir, cache), { recursive: true, force: true });
  const [logFile, usageFile] = [join(dir, 'build.log'), join(dir, 'usage.json')];
  fs.rmSync(usageFile, { force: true });
  process.stdout.write(`bench: ${label} … `);
  const log = fs.openSync(logFile, 'w');
  const [busyBefore, started] = [machineBusyMs(), performance.now()];
  const child = spawn(process.execPath, [`--import=${recordUsage}`, astroBin, 'build'], {
    cwd: dir,
    env: { ...astroEnv, BENCH_USAGE: usageFile },
    stdio: ['ignore', log, log],
  });
  active = child;
  const code = await new Promise((done, failed) => child.on('error', failed).on('exit', (c, s) => done(s ?? c)));
  const wallMs = performance.now() - started;
  fs.closeSync(log);
  const html = fs.globSync('dist/**/*.html', { cwd: dir }).length;
  if (code !== 0 || !fs.existsSync(usageFile) || html < pages) {
    keep = true;
    const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`${tail}\n\nThe build failed (exit ${code}, ${html} of ${pages} pages); full log: ${logFile}`);
  }
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  const load = Math.max(0, Math.round((100 * (machineBusyMs() - busyBefore - cpuMs)) / (wallMs * os.cpus().length)));
  const run = { wallS: wallMs / 1000, cpuS: cpuMs / 1000, peakMB: usage.maxRSS / 1024, loadPercent: load };
  console.log(`${run.wallS.toFixed(1)} s, cpu ${run.cpuS.toFixed(1)} s, ${run.peakMB.toFixed(0)} MB, load ${load}%`);
  return run;
}

async function main() {
  const options = { sizes: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '1' } } as const;
  const { values } = parseArgs({ options: { ...options, keep: { type: 'boolean', default: false } } });
  keep = values.keep;
  const whole = (text: string) => (/^[1-9]\d*$/.test(text) ? +text : fail(`"${text}" is not a whole number ≥ 1.`));
  const sizes = [...new Set(values.sizes.split(',').map(whole))].sort((a, b) => a - b);
  const runs = whole(values.runs);
  if (sizes.length < 2) fail('--sizes needs two sizes or more: the cost per added page is measured between them.');
  const { version } = JSON.parse(fs.readFileSync(join(astroBin, '../../package.json'), 'utf8')) as { version: string };
  const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 20)} MB`;
  console.log(`bench: ${machine}, Node ${process.version}, Astro ${version}; ${runs} run(s) per cell`);

  const results: Record<Pipeline, Record<number, Run[]>> = { ours: {}, plain: {} };
  try {
    for (const pipeline of pipelines) projects.set(pipeline, createProject(pipeline));
    for (const size of sizes) {
      for (const dir of projects.values()) writeEntries(join(dir, 'content/education'), size);
      // Run 0, at the first size only, is the warm-up: the first build after the copy reads everything from disk.
      for (let run = size === sizes[0] ? 0 : 1; run <= runs; run++)
        for (const [pipeline, dir] of projects) {
          const label = `${pipeline.padEnd(5)} N=${String(size).padEnd(5)} ${run ? `run ${run}/${runs}` : 'warm-up'}`;
          const result = await coldBuild(dir, size, label);
          if (run > 0) (results[pipeline][size] ??= []).push(result);
        }
    }
  } finally {
    cleanup();
  }

  const of = (pipeline: Pipeline, size: number, key: keyof Run) => figure(results[pipeline][size]!.map((r) => r[key]));
  /** CPU ms per page added between two sizes: the slope of the medians, and each run's own slope. */
  const slope = (pipeline: Pipeline, from: number, to: number) => {
    const [before, after] = [of(pipeline, from, 'cpuS'), of(pipeline, to, 'cpuS')];
    const perPage = (a: number, b: number) => ((b - a) * 1000) / (to - from);
    const perRun = after.runs.map((value, i) => perPage(before.runs[i]!, value));
    return figure(perRun, perPage(before.median, after.median));
  };
  console.log(`\nMedian of ${runs} cold build(s) (min–max); cpu ms/added page: from the previous N.`);
  printTable(
    ['pipeline', 'N', 'wall s', 'cpu s', 'peak MB', 'cpu ms/added page'],
    pipelines.flatMap((pipeline) =>
      sizes.map((size, i) => [
        pipeline,
        size,
        show(of(pipeline, size, 'wallS'), 1),
        show(of(pipeline, size, 'cpuS'), 1),
        show(of(pipeline, size, 'peakMB')),
        i > 0 ? show(slope(pipeline, sizes[i - 1]!, size), 2) : '—',
      ]),
    ),
  );

  // Ours against plain, from the medians and run by run (they take turns, so run i of each met the same machine).
  const versus = (what: string, ours: Figure, plain: Figure, digits: number) => {
    const perRun = figure(ours.runs.map((value, i) => percent(value, plain.runs[i]!)));
    const [a, b] = [ours.median.toFixed(digits), plain.median.toFixed(digits)];
    const range = `run by run ${signed(perRun.min)} to ${signed(perRun.max)}`;
    console.log(`bench: ${what}: ours ${a}, plain ${b}: ${signed(percent(ours.median, plain.median))} (${range})`);
  };
  const [low, next, high] = [sizes[0]!, sizes[1]!, sizes.at(-1)!];
  versus(`cpu ms/added page, N ${low}→${next}`, slope('ours', low, next), slope('plain', low, next), 2);
  versus(`peak MB at N=${high}`, of('ours', high, 'peakMB'), of('plain', high, 'peakMB'), 0);
  const noisy = pipelines.flatMap((p) => Object.values(results[p]).flat()).filter((run) => run.loadPercent > 15);
  if (noisy.length > 0) console.warn(`bench: other load above 15% in ${noisy.length} build(s): wall times are noisy.`);
}

function fail(message: string): never {
  throw new Error(message);
}

main().catch((error: Error) => {
  console.error(`\nbench: ${error.message}\nUsage: npm run bench -- [--sizes 100,1000] [--runs 3] [--keep]`);
  process.exitCode = 1;
});
