/**
 * Build benchmark: what each added education page costs to build in this project ("ours") and in a minimal plain
 * Astro project ("plain"), from cold builds of the same synthetic entries (scripts/lib/synthetic-entry.ts).
 *
 *   npm run bench -- [--sizes 100,1000] [--full] [--formats md,mdx] [--pipelines ours,plain] [--runs 1]
 *                    [--out bench-results/bench.json] [--keep]
 *
 * --full adds 10,000 entries to the sizes. --runs builds each cell that many times, the pipelines taking turns so a
 * busy spell hits both, and keeps the median wall and CPU time and the highest peak. --keep keeps the temporary
 * projects (their paths are printed).
 *
 * ours: a temporary copy of the project (scripts/lib/project-copy.ts) whose content/education holds only the
 * synthetic entries. plain: one glob collection with a loose schema, one [slug].astro page rendering the entry with
 * render() in a bare layout, and @astrojs/mdx. Both link the installed packages. Nothing is written into the
 * repository except into the --out folder (the report, and the full log of a failed build).
 *
 * Each pipeline first gets one untimed warm-up build. Every build is cold (dist/, .astro/ and the caches under
 * node_modules removed) and runs `astro build` in a child process that records its own process.resourceUsage() as it
 * exits: peak RSS (the build is one Node process; Vite's and rolldown's threads share it) and user + system CPU
 * time, which other work on the machine disturbs less than wall time. "ms/added page" is the slope between
 * consecutive sizes, (t(N2) - t(N1)) / (N2 - N1), so the fixed start-up cost cancels out; the headline is between
 * the two smallest sizes. "other load" is the CPU the rest of the machine used during a build (os.cpus() busy time
 * minus the build's own) as a share of all CPUs; above 15% the script warns that wall times are noisy.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBin, astroEnv, projectRoot } from './lib/astro.ts';
import { copyProject, linkPackages } from './lib/project-copy.ts';
import { contentFolder } from '../src/sections.ts';
import { writeEntries } from './lib/synthetic-entry.ts';
import { printTable } from './lib/table.ts';

const usage = `Usage: npm run bench -- [--sizes 100,1000] [--full] [--formats md,mdx] [--pipelines ours,plain] [--runs 1]
                        [--out bench-results/bench.json] [--keep]`;

const plainProject = {
  'package.json': '{ "name": "plain-astro-bench", "private": true, "type": "module" }\n',
  'tsconfig.json':
    '{ "extends": "astro/tsconfigs/base", "include": [".astro/types.d.ts", "**/*"], "exclude": ["dist"] }\n',
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  education: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/education' }),
    // Accepts the same frontmatter as the real schema, without checking it.
    schema: z.looseObject({ title: z.string(), description: z.string() }),
  }),
};
`,
  'src/layouts/Bare.astro': `---
interface Props { title: string; description: string }
const { title, description } = Astro.props;
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <meta name="description" content={description} />
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Bare from '../layouts/Bare.astro';

export async function getStaticPaths() {
  const entries = await getCollection('education');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Bare title={entry.data.title} description={entry.data.description}>
  <h1>{entry.data.title}</h1>
  <Content />
</Bare>
`,
};

/** Loaded into the build process: writes its resource usage (peak RSS, CPU time) where BENCH_USAGE says, on exit. */
const recordUsage = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.BENCH_USAGE,JSON.stringify(process.resourceUsage())));",
)}`;
/** CPU time (ms) all CPUs of the machine have spent busy so far. */
const machineBusyMs = () => os.cpus().reduce((sum, { times: t }) => sum + t.user + t.nice + t.sys + t.irq, 0);
const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 0) => +value.toFixed(digits);
const signed = (value: number | null) => (value === null ? 'n/a' : `${value >= 0 ? '+' : ''}${value}%`);

const projects = new Map<string, string>();
let keep = false;
let active: ChildProcess | undefined;
function cleanup() {
  for (const dir of projects.values()) {
    if (keep) console.error(`bench: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  projects.clear();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    try {
      if (active?.pid) process.kill(-active.pid, 'SIGTERM'); // the build runs in its own process group (detached)
    } catch {
      // The build had already ended: nothing left to stop.
    }
    cleanup();
    process.exit(130);
  });
}

function createProject(pipeline: string): string {
  if (pipeline === 'ours') return copyProject().root;
  const root = mkdtempSync(join(os.tmpdir(), 'nirc-bench-plain-'));
  for (const [file, text] of Object.entries(plainProject)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  linkPackages(root);
  return root;
}

interface Run {
  wallMs: number;
  cpuMs: number;
  peakMB: number;
  otherLoad: number;
  pages: number;
}
/** One pipeline, format and size: medians of its runs, and the slope from the previous size. */
interface Cell extends Omit<Run, 'otherLoad'> {
  pipeline: string;
  format: string;
  entries: number;
  runs: (Omit<Run, 'otherLoad' | 'pages'> & { otherLoadPercent: number })[];
  slopeFrom: number | null;
  msPerAddedPage: number | null;
  cpuMsPerAddedPage: number | null;
  peakMBPer1000AddedPages: number | null;
}

/** One cold `astro build` of the project in `dir`; a failed build throws, naming the full log saved as `failureLog`. */
async function coldBuild(dir: string, label: string, failureLog: string): Promise<Run> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(dir, cache), { recursive: true, force: true });
  const [logFile, usageFile] = [join(dir, 'build.log'), join(dir, 'usage.json')];
  rmSync(usageFile, { force: true });
  process.stdout.write(`bench: ${label} … `);
  const log = openSync(logFile, 'w');
  const [busyBefore, started] = [machineBusyMs(), performance.now()];
  active = spawn(process.execPath, [`--import=${recordUsage}`, astroBin, 'build'], {
    cwd: dir,
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so an interrupted benchmark can stop the whole build
    env: { ...astroEnv, BENCH_USAGE: usageFile },
  });
  const child = active;
  const code = await new Promise((done, failed) =>
    child.on('error', failed).on('exit', (status, signal) => done(signal ?? status)),
  );
  const wallMs = performance.now() - started;
  active = undefined;
  closeSync(log);
  if (code !== 0 || !existsSync(usageFile)) {
    console.log('FAILED');
    mkdirSync(dirname(failureLog), { recursive: true });
    copyFileSync(logFile, failureLog);
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
    const why = `exit ${code}${existsSync(usageFile) ? '' : ', no resource usage recorded'}`;
    throw new Error(
      `${tail}\n\nA build failed (${label.replace(/\s+/g, ' ')}; ${why}). Full log: ${relative(process.cwd(), failureLog)}`,
    );
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  const otherLoad = Math.max(0, (machineBusyMs() - busyBefore - cpuMs) / (wallMs * os.cpus().length));
  const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((file) =>
    String(file).endsWith('.html'),
  ).length;
  const run = { wallMs, cpuMs, peakMB: usage.maxRSS / 1024, otherLoad, pages };
  console.log(
    `${(wallMs / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s cpu, ${Math.round(run.peakMB)} MB, ${pages} pages, other load ${Math.round(otherLoad * 100)}%`,
  );
  return run;
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000' },
      full: { type: 'boolean', default: false },
      formats: { type: 'string', default: 'md,mdx' },
      pipelines: { type: 'string', default: 'ours,plain' },
      runs: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench-results/bench.json' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(usage);
  keep = values.keep;
  const list = (flag: 'formats' | 'pipelines', allowed: string[]) =>
    values[flag]
      .split(',')
      .map((item) =>
        allowed.includes(item.trim()) ? item.trim() : fail(`--${flag}: "${item}" is not ${allowed.join(' or ')}.`),
      );
  const count = (flag: string, text: string) =>
    Number.isInteger(+text) && +text >= 1 ? +text : fail(`${flag}: "${text}" is not a whole number of 1 or more.`);
  const sizes = [
    ...new Set([...values.sizes.split(',').map((size) => count('--sizes', size)), ...(values.full ? [10000] : [])]),
  ].sort((a, b) => a - b);
  const [formats, pipelines, runs] = [
    list('formats', ['md', 'mdx']),
    list('pipelines', ['ours', 'plain']),
    count('--runs', values.runs),
  ];
  if (sizes.length < 2) console.warn('bench: only one size given, so no ms per added page (slope) can be computed.');

  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    astro: (
      JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
    ).version,
    date: new Date().toISOString(),
  };
  console.log(
    `bench: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.totalMemoryMB} MB, Node ${machine.node}, Astro ${machine.astro}\n` +
      `bench: sizes ${sizes.join(', ')}; formats ${formats.join(', ')}; pipelines ${pipelines.join(', ')}; ${runs} cold build(s) per cell, pipelines interleaved`,
  );
  const outFile = resolve(projectRoot, values.out);
  const failureLog = (name: string) => join(dirname(outFile), `build-failure-${name}.log`);
  const results: Cell[] = [];
  let noisy = 0;
  const started = performance.now();
  try {
    for (const pipeline of pipelines) projects.set(pipeline, createProject(pipeline));
    // The first build after the copy pays for reading Astro, Vite and the integrations from disk; no later one does.
    for (const [pipeline, dir] of projects) {
      writeEntries(join(dir, contentFolder('education')), sizes[0]!, formats[0]!);
      await coldBuild(dir, `${pipeline.padEnd(5)} warm-up build (not measured)`, failureLog(`${pipeline}-warm-up`));
    }
    for (const format of formats) {
      for (const size of sizes) {
        for (const dir of projects.values()) writeEntries(join(dir, contentFolder('education')), size, format);
        const cell = new Map<string, Run[]>(pipelines.map((pipeline) => [pipeline, []]));
        for (let run = 1; run <= runs; run++) {
          for (const [pipeline, dir] of projects) {
            const label = `${pipeline.padEnd(5)} .${format.padEnd(3)} N=${String(size).padEnd(5)} run ${run}/${runs}`;
            const result = await coldBuild(dir, label, failureLog(`${pipeline}-${format}-${size}`));
            if (result.pages < size)
              throw new Error(
                `the ${pipeline} build of ${size} .${format} entries wrote only ${result.pages} HTML pages.`,
              );
            if (result.otherLoad > 0.15) noisy++;
            cell.get(pipeline)!.push(result);
          }
        }
        for (const [pipeline, list] of cell) {
          results.push({
            pipeline,
            format,
            entries: size,
            pages: list[0]!.pages,
            wallMs: round(median(list.map((run) => run.wallMs))),
            cpuMs: round(median(list.map((run) => run.cpuMs))),
            peakMB: round(Math.max(...list.map((run) => run.peakMB))),
            runs: list.map((run) => ({
              wallMs: round(run.wallMs),
              cpuMs: round(run.cpuMs),
              peakMB: round(run.peakMB),
              otherLoadPercent: round(run.otherLoad * 100),
            })),
            slopeFrom: null,
            msPerAddedPage: null,
            cpuMsPerAddedPage: null,
            peakMBPer1000AddedPages: null,
          });
        }
      }
    }
  } finally {
    cleanup();
  }
  const totalSeconds = round((performance.now() - started) / 1000);

  // Slopes between consecutive sizes, per pipeline and format.
  const find = (pipeline: string, format: string, entries: number) =>
    results.find((r) => r.pipeline === pipeline && r.format === format && r.entries === entries)!;
  for (const r of results) {
    const index = sizes.indexOf(r.entries);
    if (index === 0) continue;
    const previous = find(r.pipeline, r.format, sizes[index - 1]!);
    const added = r.entries - previous.entries;
    r.slopeFrom = previous.entries;
    r.msPerAddedPage = round((r.wallMs - previous.wallMs) / added, 2);
    r.cpuMsPerAddedPage = round((r.cpuMs - previous.cpuMs) / added, 2);
    r.peakMBPer1000AddedPages = round(((r.peakMB - previous.peakMB) / added) * 1000, 1);
  }
  const percent = (ours: number | null, plain: number | null) =>
    ours === null || plain === null || plain === 0 ? null : round(((ours - plain) / Math.abs(plain)) * 100, 1);
  const headline = (pipeline: string, format: string) => {
    const { msPerAddedPage, cpuMsPerAddedPage, peakMBPer1000AddedPages } = find(pipeline, format, sizes[1]!);
    return {
      msPerAddedPage,
      cpuMsPerAddedPage,
      peakMBPer1000AddedPages,
      peakMBAtLargest: find(pipeline, format, sizes.at(-1)!).peakMB,
    };
  };
  const summary = (sizes.length < 2 ? [] : formats).map((format) => {
    const [ours, plain] = ['ours', 'plain'].map((pipeline) =>
      pipelines.includes(pipeline) ? headline(pipeline, format) : null,
    );
    const vs = ours &&
      plain && {
        msPerAddedPage: percent(ours.msPerAddedPage, plain.msPerAddedPage),
        cpuMsPerAddedPage: percent(ours.cpuMsPerAddedPage, plain.cpuMsPerAddedPage),
        peakMBAtLargest: percent(ours.peakMBAtLargest, plain.peakMBAtLargest),
      };
    return { format, slopeBetween: sizes.slice(0, 2), ours, plain, oursVsPlainPercent: vs ?? null };
  });

  console.log('');
  printTable(
    ['pipeline', 'format', 'N', 'pages', 'wall s', 'cpu s', 'peak MB', 'ms/added page', 'cpu ms/added page'],
    results.map((r) => [
      r.pipeline,
      `.${r.format}`,
      r.entries,
      r.pages,
      (r.wallMs / 1000).toFixed(1),
      (r.cpuMs / 1000).toFixed(1),
      r.peakMB,
      r.msPerAddedPage?.toFixed(2) ?? '—',
      r.cpuMsPerAddedPage?.toFixed(2) ?? '—',
    ]),
    2,
  );
  console.log(
    '\nms/added page = (t(N) - t(previous N)) / (N - previous N), from the median of the runs; the headline is between the two smallest sizes.\n' +
      'cpu = user + system CPU time of the build process (less sensitive to other load on the machine than wall time).',
  );
  for (const { format, ours, plain, oursVsPlainPercent: vs } of summary) {
    if (!ours || !plain || !vs) continue;
    console.log(
      `.${format} (N ${sizes[0]}→${sizes[1]}): ours ${ours.msPerAddedPage} vs plain ${plain.msPerAddedPage} ms/added page (${signed(vs.msPerAddedPage)}); ` +
        `cpu ${ours.cpuMsPerAddedPage} vs ${plain.cpuMsPerAddedPage} ms (${signed(vs.cpuMsPerAddedPage)}); ` +
        `peak at N=${sizes.at(-1)}: ${ours.peakMBAtLargest} vs ${plain.peakMBAtLargest} MB (${signed(vs.peakMBAtLargest)})`,
    );
  }
  if (results.some((r) => r.msPerAddedPage !== null && r.msPerAddedPage <= 0))
    console.warn(
      'bench: warning: some ms/added page values are zero or negative: the sizes are too close together for the run-to-run noise; use sizes further apart (e.g. --sizes 100,1000) or more --runs.',
    );
  if (noisy)
    console.warn(
      `bench: warning: other processes used more than 15% of the machine's CPU during ${noisy} build(s) (see "other load"); wall times are noisy — compare the cpu columns, or rerun with --runs 3 on a quiet machine.`,
    );
  console.log(`bench: ${results.length * runs} builds in ${totalSeconds} s`);

  const method = {
    build:
      'node node_modules/astro/bin/astro.mjs build in the temporary project, cold: dist, .astro, node_modules/.astro and node_modules/.vite removed first; one untimed warm-up build per pipeline',
    pipelines: {
      ours: 'copy of this project (scripts/lib/project-copy.ts) with only the N generated entries in content/education',
      plain:
        'minimal Astro project: one glob collection with a loose schema, one [slug].astro page using render() in a bare HTML layout, @astrojs/mdx',
    },
    wallTime: 'performance.now() around the child process; median of the runs',
    cpuTime: "user + system CPU time from the build process's own process.resourceUsage() at exit; median of the runs",
    peakMemory:
      "maxRSS from the build process's own process.resourceUsage() at exit (one Node process; Vite/rolldown threads share it); highest of the runs",
    msPerAddedPage: '(t(N2) - t(N1)) / (N2 - N1) between consecutive sizes; headline = the two smallest sizes',
    otherLoad:
      "CPU time the rest of the machine used during a build (os.cpus() busy time minus the build's CPU time), as a share of all CPUs",
    noisyBuilds: noisy,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ machine, options: { sizes, formats, pipelines, runs }, method, totalSeconds, results, summary }, null, 2)}\n`,
  );
  console.log(`bench: wrote ${relative(process.cwd(), outFile)}`);
}

function fail(message: string): never {
  throw new Error(message);
}

main().catch((error: Error & { code?: string }) => {
  console.error(`\nbench: ${error.message}${error.code?.startsWith('ERR_PARSE_ARGS') ? `\n${usage}` : ''}`);
  process.exitCode = 1;
});
