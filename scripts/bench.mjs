#!/usr/bin/env node
/**
 * Build benchmark: how much does each added education page cost to build, in
 * this project ("ours") compared with a minimal plain Astro project ("plain")?
 *
 *   node scripts/bench.mjs [--full] [--sizes 100,1000] [--out bench-results/bench.json]
 *                          [--formats md,mdx] [--pipelines ours,plain] [--runs 1] [--keep]
 *
 *   --full       also build 10,000 entries (adds 10000 to the sizes)
 *   --sizes      comma-separated entry counts; default 100,1000
 *   --out        where to write the JSON report; default bench-results/bench.json
 *   --formats    md, mdx or both; default both
 *   --pipelines  ours, plain or both; default both
 *   --runs       cold builds per cell; the median wall and CPU time and the highest peak are kept; default 1
 *   --keep       keep the temporary projects (their paths are printed) for inspection
 *
 * Nothing is written into the repository except into the --out folder (the
 * JSON report, and the full log of a build that fails). The script creates
 * two temporary projects under os.tmpdir() and removes them at the end:
 *   ours:  a copy of src/, public/, content/staff, content/treatments,
 *          astro.config.mjs, tsconfig.json and package.json, with N generated
 *          entries in content/education (the real education entries are left out);
 *   plain: a minimal Astro project: one glob collection with a loose schema,
 *          one [slug].astro page rendering the entry with render() inside a
 *          bare HTML layout, and the @astrojs/mdx integration.
 * Both get the same N entries (about 600 words each, valid per
 * src/schemas/education.ts) and use the same installed astro via node_modules.
 *
 * node_modules: the temporary project gets a REAL node_modules directory whose
 * entries are symlinks to the repository's installed packages. Symlinking the
 * whole directory would make Astro and Vite write their caches
 * (node_modules/.astro, node_modules/.vite) into the shared install — which
 * may belong to another checkout — and a cold build would have to delete them
 * there. This way each temporary project has caches of its own.
 *
 * Every build is cold: dist/, .astro/, node_modules/.astro and
 * node_modules/.vite of the temporary project are removed first. The build is
 * `node <repo>/node_modules/astro/bin/astro.mjs build` (resolved to its real
 * path), run as a child process with ASTRO_TELEMETRY_DISABLED=1.
 *
 * Measurements:
 *   wall time  — measured here around the child process, from spawn to exit.
 *   peak MB    — peak resident memory. With GNU time available the build runs
 *                under `/usr/bin/time -f %M`, which reports the maximum RSS of
 *                the astro process (a build runs in one Node process; Vite and
 *                rolldown use threads, which share that RSS). Without it the
 *                script polls /proc every 50 ms and sums the RSS of the whole
 *                process tree, keeping the maximum. The JSON names the method.
 *   cpu s      — user + system CPU time of the build (GNU time %U + %S).
 *                Less sensitive than wall time to other work on the machine.
 *   ms/added page — the SLOPE between the two smallest sizes,
 *                (t(N2) - t(N1)) / (N2 - N1): the fixed cost of starting Astro,
 *                Vite, Tailwind and the static pages cancels out.
 *   other load — CPU the rest of the machine used during a build (/proc/stat
 *                busy time minus the build's own), as a share of all CPUs.
 *                Above 15% the script warns that wall times are noisy.
 * With --runs > 1 the runs alternate between the pipelines, so a busy spell
 * hits both, and the median is reported.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = {
    sizes: [100, 1000],
    full: false,
    out: 'bench-results/bench.json',
    formats: ['md', 'mdx'],
    pipelines: ['ours', 'plain'],
    runs: 1,
    keep: false,
  };
  const list = (value, flag) => {
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value, e.g. ${flag} 100,1000`);
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const next = () => inline ?? argv[++i];
    switch (flag) {
      case '--full':
        options.full = true;
        break;
      case '--sizes':
        options.sizes = list(next(), flag).map((size) => {
          const n = Number(size);
          if (!Number.isInteger(n) || n < 1) fail(`--sizes: "${size}" is not a whole number of entries (1 or more).`);
          return n;
        });
        break;
      case '--out':
        options.out = next();
        if (!options.out) fail('--out needs a file path, e.g. --out bench-results/bench.json');
        break;
      case '--formats':
        options.formats = list(next(), flag);
        for (const format of options.formats)
          if (!['md', 'mdx'].includes(format)) fail(`--formats: "${format}" is not md or mdx.`);
        break;
      case '--pipelines':
        options.pipelines = list(next(), flag);
        for (const name of options.pipelines)
          if (!['ours', 'plain'].includes(name)) fail(`--pipelines: "${name}" is not ours or plain.`);
        break;
      case '--runs':
        options.runs = Number(next());
        if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs needs a whole number of 1 or more.');
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--help':
      case '-h':
        console.log(
          fs
            .readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .slice(2, 15)
            .join('\n')
            .replace(/^ \* ?/gm, ''),
        );
        process.exit(0);
      default:
        fail(
          `Unknown option "${arg}". Usage: node scripts/bench.mjs [--full] [--sizes 100,1000] [--out bench-results/bench.json]`,
        );
    }
  }
  if (options.full && !options.sizes.includes(10000)) options.sizes.push(10000);
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}

function fail(message) {
  console.error(`bench: ${message}`);
  cleanup();
  process.exit(1);
}

// ---------------------------------------------------------------- temp dirs

const tempDirs = new Set();
let keepTemp = false;

function makeTemp(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nirc-bench-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

function removeTemp(dir) {
  if (keepTemp) return;
  fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

function cleanup() {
  if (keepTemp) {
    for (const dir of tempDirs) console.error(`bench: kept ${dir}`);
    return;
  }
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

let activeChild;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (activeChild?.pid) {
      try {
        process.kill(-activeChild.pid, 'SIGTERM'); // the build runs in its own process group
      } catch {}
    }
    cleanup();
    process.exit(130);
  });
}

// ---------------------------------------------------------------- synthetic entries

/** A small seeded random generator, so every run writes the same entries. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  'tapering questions',
  'sleep and anxiety',
  'withdrawal safety',
  'talking to your doctor',
  'family support',
  'panic and benzodiazepines',
  'mixing with alcohol',
  'signs of dependence',
  'planning a slow taper',
  'overdose warning signs',
];
const subjects = [
  'A slow taper',
  'Your doctor',
  'A steady routine',
  'The brain',
  'Many people',
  'A clear plan',
  'Good sleep',
  'Family support',
  'A pharmacist',
  'Therapy',
  'The body',
  'Each dose',
];
const verbs = [
  'can help',
  'often needs',
  'may change',
  'usually supports',
  'will guide',
  'helps to calm',
  'can ease',
  'should follow',
];
const objects = [
  'the way you feel each day',
  'a safe reduction of the dose',
  'worry and trouble sleeping',
  'the calming signal called GABA',
  'questions about your medicine',
  'the next step in your care',
  'changes in mood and energy',
  'a plan that fits your life',
  'the risks of stopping too fast',
  'honest talks about how it is going',
];
const tails = [
  'over several weeks',
  'with medical care',
  'at your own pace',
  'in most cases',
  'when you are ready',
  'day by day',
  'with support',
  'for a long time',
];

function sentence(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  return `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(tails)}.`;
}

function paragraph(rand, words) {
  const out = [];
  let count = 0;
  while (count < words) {
    const s = sentence(rand);
    out.push(s);
    count += s.split(' ').length;
  }
  return out.join(' ');
}

const sourcePool = [
  {
    title: 'Prescription CNS Depressants DrugFacts',
    publisher: 'National Institute on Drug Abuse (NIDA)',
    url: 'https://nida.nih.gov/research-topics/prescription-medicines',
  },
  {
    title: 'Joint Clinical Practice Guideline on Benzodiazepine Tapering',
    publisher: 'American Society of Addiction Medicine',
    url: 'https://www.asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering',
  },
  {
    title: 'DailyMed drug labels',
    publisher: 'U.S. National Library of Medicine',
    url: 'https://dailymed.nlm.nih.gov/dailymed/',
  },
  {
    title: 'Drug Scheduling',
    publisher: 'U.S. Drug Enforcement Administration (DEA)',
    url: 'https://www.dea.gov/drug-information/drug-scheduling',
  },
  {
    title: 'SAMHSA National Helpline',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    url: 'https://www.samhsa.gov/find-help/national-helpline',
  },
];

/** One education entry, about 600 words, valid per src/schemas/education.ts. */
export function makeEntry(index) {
  const rand = random(index + 1);
  const number = index + 1;
  const topic = topics[index % topics.length];
  const title = `Benzodiazepine guide ${number}: ${topic}`;
  const description = `Guide ${number} explains ${topic} in plain words: what to expect, what is safe, and when to call a doctor or our team.`;
  if (title.length < 10 || title.length > 70)
    throw new Error(`generated title has ${title.length} characters: ${title}`);
  if (description.length < 50 || description.length > 160)
    throw new Error(`generated description has ${description.length} characters: ${description}`);
  const sources = [sourcePool[index % sourcePool.length], sourcePool[(index + 2) % sourcePool.length]];
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `order: ${number}`,
    'reviewedBy: beth-dunlap',
    'lastReviewed: 2025-06-02',
    'sources:',
    ...sources.flatMap((source) => [
      `  - title: ${JSON.stringify(source.title)}`,
      `    publisher: ${JSON.stringify(source.publisher)}`,
      `    url: ${source.url}`,
    ]),
    `withdrawalWarning: ${index % 3 === 0}`,
    '---',
  ];
  const list = Array.from({ length: 6 }, () => `- ${sentence(rand)}`);
  const table = [
    '| Step | What happens | How long it can take |',
    '| --- | --- | --- |',
    ...['First call', 'Medical check', 'Planning the taper', 'Lowering the dose', 'Follow-up care'].map(
      (step) => `| ${step} | ${sentence(rand).slice(0, -1)} | ${2 + Math.floor(rand() * 10)} weeks |`,
    ),
  ];
  const body = [
    paragraph(rand, 60),
    `## What to know about ${topic}`,
    paragraph(rand, 75),
    paragraph(rand, 65),
    '## Things that can help',
    'These steps are common. Talk with your doctor about which ones fit you.',
    list.join('\n'),
    '## What a plan can look like',
    'Every plan is different. This table shows one common order of steps.',
    table.join('\n'),
    '## When to get help',
    paragraph(rand, 75),
    paragraph(rand, 60),
    '## Questions to ask',
    paragraph(rand, 55),
  ];
  return {
    slug: `guide-${String(number).padStart(5, '0')}`,
    text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`,
  };
}

function writeEntries(dir, count, format) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { slug, text } = makeEntry(i);
    fs.writeFileSync(path.join(dir, `${slug}.${format}`), text);
  }
}

// ---------------------------------------------------------------- projects

/** A real node_modules directory of symlinks, so the caches Astro and Vite write stay in the temp project. */
function linkNodeModules(projectDir) {
  const source = fs.realpathSync(path.join(repo, 'node_modules'));
  const target = path.join(projectDir, 'node_modules');
  fs.mkdirSync(target);
  for (const name of fs.readdirSync(source)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    fs.symlinkSync(path.join(source, name), path.join(target, name));
  }
}

function createOurs() {
  const dir = makeTemp('ours');
  for (const item of ['src', 'public', 'content/staff', 'content/treatments']) {
    const from = path.join(repo, item);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, item), { recursive: true });
  }
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json', '.gitignore']) {
    const from = path.join(repo, file);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dir, file));
  }
  linkNodeModules(dir);
  return dir;
}

function createPlain() {
  const dir = makeTemp('plain');
  const files = {
    'package.json': JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }, null, 2),
    'tsconfig.json': JSON.stringify(
      { extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] },
      null,
      2,
    ),
    'astro.config.mjs': [
      "import mdx from '@astrojs/mdx';",
      "import { defineConfig } from 'astro/config';",
      '',
      'export default defineConfig({ integrations: [mdx()] });',
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      '',
      'export const collections = {',
      '  education: defineCollection({',
      "    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/education' }),",
      '    // Accepts the same frontmatter as the real schema, without checking it.',
      '    schema: z.looseObject({ title: z.string(), description: z.string() }),',
      '  }),',
      '};',
      '',
    ].join('\n'),
    'src/layouts/Bare.astro': [
      '---',
      'interface Props { title: string; description: string }',
      'const { title, description } = Astro.props;',
      '---',
      '',
      '<!doctype html>',
      '<html lang="en">',
      '  <head>',
      '    <meta charset="utf-8" />',
      '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
      '    <title>{title}</title>',
      '    <meta name="description" content={description} />',
      '  </head>',
      '  <body>',
      '    <main><slot /></main>',
      '  </body>',
      '</html>',
      '',
    ].join('\n'),
    'src/pages/[slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Bare from '../layouts/Bare.astro';",
      '',
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('education');",
      '  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      '}',
      '',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '',
      '<Bare title={entry.data.title} description={entry.data.description}>',
      '  <h1>{entry.data.title}</h1>',
      '  <Content />',
      '</Bare>',
      '',
    ].join('\n'),
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  linkNodeModules(dir);
  return dir;
}

// ---------------------------------------------------------------- measuring

/** The real path of the installed astro CLI (set in main, once node_modules is known to exist). */
let astroBin;
const GNU_TIME = '/usr/bin/time';
/** GNU time output: peak RSS in KB, user CPU s, system CPU s. */
const TIME_FORMAT = '%M %U %S';

function detectMemoryMethod() {
  if (fs.existsSync(GNU_TIME)) {
    const probe = path.join(os.tmpdir(), `nirc-bench-time-${process.pid}.txt`);
    const result = spawnSync(GNU_TIME, ['-f', TIME_FORMAT, '-o', probe, process.execPath, '-e', ''], {
      stdio: 'ignore',
    });
    const ok =
      result.status === 0 && fs.existsSync(probe) && /^\d+ [\d.]+ [\d.]+\s*$/.test(fs.readFileSync(probe, 'utf8'));
    fs.rmSync(probe, { force: true });
    if (ok) return 'gnu-time';
  }
  if (fs.existsSync('/proc/self/statm')) {
    console.warn(
      "bench: GNU time (/usr/bin/time -f %M) is not available; falling back to polling /proc every 50 ms for the RSS of the build's whole process tree.\n" +
        '       For exact peaks install it: apt-get install -y time',
    );
    return 'proc-poll';
  }
  console.warn(
    'bench: neither GNU time (/usr/bin/time) nor /proc is available; peak memory will not be measured. Install GNU time: apt-get install -y time',
  );
  return 'none';
}

const pageSize = (() => {
  const result = spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' });
  return Number(result.stdout) || 4096;
})();
const clockTicks = (() => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(result.stdout) || 100;
})();

/** RSS (bytes) and CPU time (ms) of a process and all its descendants, from /proc. */
function treeUsage(rootPid) {
  const parents = new Map();
  const stats = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      stats.set(Number(name), fields);
    } catch {}
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let rss = 0;
  let ticks = 0;
  for (const pid of tree) {
    const fields = stats.get(pid);
    if (!fields) continue;
    rss += Number(fields[21]) * pageSize; // rss, in pages
    ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
  }
  return { rss, cpuMs: (ticks / clockTicks) * 1000 };
}

/** CPU time (ms) the whole machine spent busy so far, from /proc/stat; null where there is no /proc. */
function machineBusyMs() {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return ((user + nice + system + irq + softirq + (steal ?? 0)) / clockTicks) * 1000;
  } catch {
    return null;
  }
}

function cleanCaches(projectDir) {
  for (const item of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    fs.rmSync(path.join(projectDir, item), { recursive: true, force: true });
  }
}

/** One cold `astro build`; resolves to { code, wallMs, cpuMs, peakBytes, otherLoad, logFile }. */
async function coldBuild(projectDir, memoryMethod) {
  cleanCaches(projectDir);
  const logFile = path.join(projectDir, 'build.log');
  const timeFile = path.join(projectDir, 'time.txt');
  fs.rmSync(timeFile, { force: true });
  const log = fs.openSync(logFile, 'w');
  const astroArgs = [astroBin, 'build'];
  const [command, args] =
    memoryMethod === 'gnu-time'
      ? [GNU_TIME, ['-f', TIME_FORMAT, '-o', timeFile, process.execPath, ...astroArgs]]
      : [process.execPath, astroArgs];
  const busyBefore = machineBusyMs();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: projectDir,
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so an interrupted benchmark can stop the whole build
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  activeChild = child;
  let polled = { rss: 0, cpuMs: 0 };
  const poller =
    memoryMethod === 'proc-poll'
      ? setInterval(() => {
          const usage = treeUsage(child.pid);
          polled = { rss: Math.max(polled.rss, usage.rss), cpuMs: Math.max(polled.cpuMs, usage.cpuMs) };
        }, 50)
      : undefined;
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve(signal ? `signal ${signal}` : exitCode));
  });
  const wallMs = performance.now() - started;
  activeChild = undefined;
  if (poller) clearInterval(poller);
  fs.closeSync(log);
  let peakBytes = null;
  let cpuMs = null;
  if (memoryMethod === 'gnu-time' && fs.existsSync(timeFile)) {
    // When the command fails GNU time first writes "Command exited with non-zero status N".
    const [kb, user, system] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    peakBytes = kb * 1024;
    cpuMs = (user + system) * 1000;
  } else if (memoryMethod === 'proc-poll') {
    peakBytes = polled.rss;
    cpuMs = polled.cpuMs; // last sample before exit: slightly low
  }
  // Other work on the machine while the build ran, as a share of all its CPUs:
  // everything the machine was busy with, minus the build's own CPU time.
  const busyAfter = machineBusyMs();
  const otherLoad =
    busyBefore == null || busyAfter == null || cpuMs == null
      ? null
      : Math.max(0, (busyAfter - busyBefore - cpuMs) / (wallMs * os.cpus().length));
  return { code, wallMs, cpuMs, peakBytes, otherLoad, logFile };
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no build output)';
  }
}

function countPages(distDir) {
  let pages = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name.endsWith('.html')) pages++;
    }
  };
  if (fs.existsSync(distDir)) walk(distDir);
  return pages;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 0) => (value == null ? null : +value.toFixed(digits));
const signed = (value) => `${value >= 0 ? '+' : ''}${value}`;

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  keepTemp = options.keep;
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12))
    fail(`Node ${process.versions.node} is too old for Astro 7; use Node 22.12 or later.`);
  const bin = path.join(repo, 'node_modules/astro/bin/astro.mjs');
  if (!fs.existsSync(bin)) fail('node_modules/astro is missing: run npm install first.');
  astroBin = fs.realpathSync(bin);
  if (options.sizes.length < 2)
    console.warn('bench: only one size given, so no ms per added page (slope) can be computed.');

  const memoryMethod = detectMemoryMethod();
  const astroVersion = JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/astro/package.json'), 'utf8')).version;
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    astro: astroVersion,
    date: new Date().toISOString(),
  };
  console.log(
    `bench: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.totalMemoryMB} MB, Node ${machine.node}, Astro ${machine.astro}\n` +
      `bench: sizes ${options.sizes.join(', ')}; formats ${options.formats.join(', ')}; pipelines ${options.pipelines.join(', ')}; ` +
      `${options.runs} cold build(s) per cell, pipelines interleaved; peak memory via ${memoryMethod}`,
  );

  const projects = {};
  const results = [];
  let busy = 0;
  const started = performance.now();
  try {
    for (const pipeline of options.pipelines) projects[pipeline] = pipeline === 'ours' ? createOurs() : createPlain();
    // One untimed build per pipeline first: the first build after the copy pays
    // for reading Astro, Vite and the integrations from disk, which no later build does.
    for (const pipeline of options.pipelines) {
      const dir = projects[pipeline];
      writeEntries(path.join(dir, 'content/education'), options.sizes[0], options.formats[0]);
      process.stdout.write(`bench: ${pipeline.padEnd(5)} warm-up build (not measured) … `);
      const warmUp = await coldBuild(dir, memoryMethod);
      if (warmUp.code !== 0) {
        console.log('FAILED');
        console.error(`\n${tail(warmUp.logFile)}\n`);
        fail(`the ${pipeline} warm-up build failed (exit ${warmUp.code}); see the output above.`);
      }
      console.log(`${(warmUp.wallMs / 1000).toFixed(1)} s`);
    }
    for (const format of options.formats) {
      for (const size of options.sizes) {
        const runs = Object.fromEntries(options.pipelines.map((pipeline) => [pipeline, []]));
        for (const pipeline of options.pipelines)
          writeEntries(path.join(projects[pipeline], 'content/education'), size, format);
        // Runs alternate between the pipelines, so a slow spell on the machine hits both.
        for (let run = 0; run < options.runs; run++) {
          for (const pipeline of options.pipelines) {
            const dir = projects[pipeline];
            process.stdout.write(
              `bench: ${pipeline.padEnd(5)} .${format.padEnd(3)} N=${String(size).padEnd(5)} run ${run + 1}/${options.runs} … `,
            );
            const result = await coldBuild(dir, memoryMethod);
            if (result.code !== 0) {
              console.log('FAILED');
              const saved = path.resolve(
                repo,
                path.dirname(options.out),
                `build-failure-${pipeline}-${format}-${size}.log`,
              );
              fs.mkdirSync(path.dirname(saved), { recursive: true });
              fs.copyFileSync(result.logFile, saved);
              console.error(`\n${tail(result.logFile)}\n`);
              fail(
                `the ${pipeline} build of ${size} .${format} entries failed (exit ${result.code}). Full log: ${path.relative(process.cwd(), saved)}`,
              );
            }
            const pages = countPages(path.join(dir, 'dist'));
            if (pages < size)
              fail(
                `the ${pipeline} build of ${size} .${format} entries wrote only ${pages} HTML pages; expected at least ${size}.`,
              );
            if (result.otherLoad > 0.15) busy++;
            runs[pipeline].push({ ...result, pages });
            console.log(
              `${(result.wallMs / 1000).toFixed(1)} s wall, ${result.cpuMs == null ? 'cpu n/a' : `${(result.cpuMs / 1000).toFixed(1)} s cpu`}, ` +
                `${result.peakBytes ? `${Math.round(result.peakBytes / 2 ** 20)} MB` : 'peak n/a'}, ${pages} pages` +
                (result.otherLoad == null ? '' : `, other load ${Math.round(result.otherLoad * 100)}%`),
            );
          }
        }
        for (const pipeline of options.pipelines) {
          const list = runs[pipeline];
          results.push({
            pipeline,
            format,
            entries: size,
            pages: list[0].pages,
            wallMs: round(median(list.map((run) => run.wallMs))),
            cpuMs: list.every((run) => run.cpuMs != null) ? round(median(list.map((run) => run.cpuMs))) : null,
            peakMB: list.every((run) => run.peakBytes)
              ? round(Math.max(...list.map((run) => run.peakBytes)) / 2 ** 20)
              : null,
            runs: list.map((run) => ({
              wallMs: round(run.wallMs),
              cpuMs: round(run.cpuMs),
              peakMB: run.peakBytes ? round(run.peakBytes / 2 ** 20) : null,
              otherLoadPercent: run.otherLoad == null ? null : round(run.otherLoad * 100),
            })),
          });
        }
      }
    }
  } finally {
    for (const dir of Object.values(projects)) removeTemp(dir);
  }
  const totalSeconds = round((performance.now() - started) / 1000);

  // Slopes, per pipeline and format, between consecutive sizes. The headline
  // "ms per added page" is the first segment: the two smallest sizes.
  const find = (pipeline, format, entries) =>
    results.find((r) => r.pipeline === pipeline && r.format === format && r.entries === entries);
  for (const result of results) {
    const index = options.sizes.indexOf(result.entries);
    if (index === 0) continue;
    const previous = find(result.pipeline, result.format, options.sizes[index - 1]);
    const added = result.entries - previous.entries;
    result.slopeFrom = previous.entries;
    result.msPerAddedPage = round((result.wallMs - previous.wallMs) / added, 2);
    if (result.cpuMs != null && previous.cpuMs != null)
      result.cpuMsPerAddedPage = round((result.cpuMs - previous.cpuMs) / added, 2);
    if (result.peakMB != null && previous.peakMB != null)
      result.peakMBPer1000AddedPages = round(((result.peakMB - previous.peakMB) / added) * 1000, 1);
  }
  const summary = [];
  if (options.sizes.length >= 2) {
    const [n1, n2] = options.sizes;
    const largest = options.sizes.at(-1);
    for (const format of options.formats) {
      const row = { format, slopeBetween: [n1, n2] };
      for (const pipeline of options.pipelines) {
        const at = find(pipeline, format, n2);
        row[pipeline] = {
          msPerAddedPage: at.msPerAddedPage,
          cpuMsPerAddedPage: at.cpuMsPerAddedPage ?? null,
          peakMBPer1000AddedPages: at.peakMBPer1000AddedPages ?? null,
          peakMBAtLargest: find(pipeline, format, largest).peakMB,
        };
      }
      if (row.ours && row.plain) {
        const percent = (ours, plain) =>
          ours == null || plain == null || plain === 0 ? null : round(((ours - plain) / Math.abs(plain)) * 100, 1);
        row.oursVsPlainPercent = {
          msPerAddedPage: percent(row.ours.msPerAddedPage, row.plain.msPerAddedPage),
          cpuMsPerAddedPage: percent(row.ours.cpuMsPerAddedPage, row.plain.cpuMsPerAddedPage),
          peakMBAtLargest: percent(row.ours.peakMBAtLargest, row.plain.peakMBAtLargest),
        };
      }
      summary.push(row);
    }
  }

  console.log('');
  printTable(
    ['pipeline', 'format', 'N', 'pages', 'wall s', 'cpu s', 'peak MB', 'ms/added page', 'cpu ms/added page'],
    results.map((r) => [
      r.pipeline,
      `.${r.format}`,
      r.entries,
      r.pages,
      (r.wallMs / 1000).toFixed(1),
      r.cpuMs == null ? 'n/a' : (r.cpuMs / 1000).toFixed(1),
      r.peakMB ?? 'n/a',
      r.msPerAddedPage == null ? '—' : r.msPerAddedPage.toFixed(2),
      r.cpuMsPerAddedPage == null ? '—' : r.cpuMsPerAddedPage.toFixed(2),
    ]),
  );
  console.log(
    '\nms/added page = (t(N) - t(previous N)) / (N - previous N), from the median of the runs; the headline is between the two smallest sizes.\n' +
      'cpu = user + system CPU time of the build process (less sensitive to other load on the machine than wall time).',
  );
  for (const row of summary) {
    if (!row.oursVsPlainPercent) continue;
    const o = row.oursVsPlainPercent;
    console.log(
      `.${row.format} (N ${row.slopeBetween.join('→')}): ours ${row.ours.msPerAddedPage} vs plain ${row.plain.msPerAddedPage} ms/added page ` +
        `(${o.msPerAddedPage == null ? 'n/a' : `${signed(o.msPerAddedPage)}%`})` +
        (o.cpuMsPerAddedPage == null
          ? ''
          : `; cpu ${row.ours.cpuMsPerAddedPage} vs ${row.plain.cpuMsPerAddedPage} ms (${signed(o.cpuMsPerAddedPage)}%)`) +
        (o.peakMBAtLargest == null
          ? ''
          : `; peak at N=${options.sizes.at(-1)}: ${row.ours.peakMBAtLargest} vs ${row.plain.peakMBAtLargest} MB (${signed(o.peakMBAtLargest)}%)`),
    );
  }
  if (results.some((r) => r.msPerAddedPage != null && r.msPerAddedPage <= 0)) {
    console.warn(
      'bench: warning: some ms/added page values are zero or negative: the sizes are too close together for the run-to-run noise; ' +
        'use sizes further apart (e.g. --sizes 100,1000) or more --runs.',
    );
  }
  if (busy > 0) {
    console.warn(
      `bench: warning: other processes used more than 15% of the machine's CPU during ${busy} build(s) (see "other load"); ` +
        'wall times are noisy — compare the cpu columns, or rerun with --runs 3 on a quiet machine.',
    );
  }
  console.log(`bench: ${results.length * options.runs} builds in ${totalSeconds} s`);

  const outFile = path.resolve(repo, options.out);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const report = {
    machine,
    options: { sizes: options.sizes, formats: options.formats, pipelines: options.pipelines, runs: options.runs },
    method: {
      build:
        'node node_modules/astro/bin/astro.mjs build (real path), cold: dist, .astro, node_modules/.astro and node_modules/.vite removed first',
      pipelines: {
        ours: 'copy of this project (src, public, content/staff, content/treatments, config) with N generated entries in content/education',
        plain:
          'minimal Astro project: one glob collection with a loose schema, one [slug].astro page using render() in a bare HTML layout, @astrojs/mdx',
      },
      wallTime: 'performance.now() around the child process; median of the runs',
      cpuTime:
        memoryMethod === 'gnu-time'
          ? 'user + system CPU seconds of the build (GNU time %U + %S); median of the runs'
          : memoryMethod === 'proc-poll'
            ? 'utime + stime of the process tree, last /proc sample before exit (slightly low)'
            : 'not measured',
      peakMemory:
        memoryMethod === 'gnu-time'
          ? '/usr/bin/time -f %M: maximum RSS of the astro build process (one Node process; Vite/rolldown threads share it); highest of the runs'
          : memoryMethod === 'proc-poll'
            ? 'sum of the RSS of the build process tree, polled from /proc every 50 ms; highest sample'
            : 'not measured',
      msPerAddedPage: '(t(N2) - t(N1)) / (N2 - N1) between consecutive sizes; headline = the two smallest sizes',
      otherLoad:
        "CPU time the rest of the machine used during a build (/proc/stat busy time minus the build's CPU time), as a share of all CPUs",
      noisyBuilds: busy,
    },
    totalSeconds,
    results,
    summary,
  };
  fs.writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`bench: wrote ${path.relative(process.cwd(), outFile) || outFile}`);
}

// Run only as a script, so makeEntry() can be imported elsewhere without starting a benchmark.
if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  main()
    .catch((error) => {
      console.error(`bench: ${error.stack ?? error}`);
      process.exitCode = 1;
    })
    .finally(cleanup);
}
