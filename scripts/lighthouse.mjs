#!/usr/bin/env node
/**
 * Lighthouse budget check, one page per template (`npm run lighthouse`).
 *
 *   node scripts/lighthouse.mjs [--skip-build] [--runs 3]
 *
 * 1. Builds the site (`astro build`) into dist/.
 * 2. Serves dist/ from a small static server (node:http) on a free port of
 *    localhost: /path/ serves /path/index.html, unknown URLs get dist/404.html
 *    with HTTP status 404, text is compressed (brotli or gzip) and /_astro/
 *    assets are cached as a host would.
 * 3. Runs Lighthouse (mobile defaults: emulated phone, simulated slow 4G and
 *    4x CPU slowdown) against each template: one warm-up run, then --runs runs
 *    (default 3); the median of each score and metric is compared with the
 *    budget below. Exits 1 naming the template and metric that miss it.
 *
 * Chrome: Playwright's Chromium when it is installed, else a system Chromium
 * (the same choice as the browser tests: tests/support/browser.ts).
 * The browser can only reach localhost: every other host name is made to fail
 * to resolve (--host-resolver-rules), so no run touches the network.
 *
 * The build uses a throwaway cache directory (Astro's cacheDir and Vite's
 * cacheDir in a temp folder) instead of node_modules/.astro and
 * node_modules/.vite: those may be shared with another checkout through a
 * symlinked node_modules, and tests read node_modules/.astro/data-store.json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { findChromium, systemChromiumArgs } from '../tests/support/browser.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(repo, 'dist');

/** The pages to audit: one of each template. */
const templates = [
  { name: 'home', path: '/' },
  { name: 'hub', path: '/benzodiazepine-addiction/' },
  { name: 'article', path: '/benzodiazepine-addiction/what-are-benzodiazepines/' },
  { name: 'treatment', path: '/treatment/partial-hospitalization/' },
  { name: 'bio', path: '/our-team/beth-dunlap/' },
  { name: 'admissions', path: '/admissions/' },
  { name: '404', path: '/this-page-does-not-exist/', status: 404 },
];

/** Every category must score 100; metrics must stay within these limits (medians). */
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metricBudget = {
  'largest-contentful-paint': { label: 'LCP', max: 1000, unit: 'ms' },
  'total-blocking-time': { label: 'TBT', max: 50, unit: 'ms' },
  'cumulative-layout-shift': { label: 'CLS', max: 0, unit: '' },
};
/** Reported for context, not budgeted. */
const extraMetrics = {
  'first-contentful-paint': { label: 'FCP', unit: 'ms' },
  'speed-index': { label: 'SI', unit: 'ms' },
};

/**
 * The 404 template is served with status 404, as it must be: a not-found page
 * answered with 200 is a "soft 404" that search engines may index. Two audits
 * fail for that status alone, whatever the page contains:
 *   - seo / http-status-code: "Page has unsuccessful HTTP status code" — fails
 *     on every 4xx/5xx document by definition;
 *   - best-practices / errors-in-console: Chrome logs "Failed to load resource:
 *     the server responded with a status of 404" for the document itself.
 * Each is excused only under that exact condition: http-status-code only when
 * the status is the expected 404, errors-in-console only when every logged
 * error is that network error for the page's own URL (any other console error
 * still fails). The category score is then recomputed without the excused
 * audit, with Lighthouse's own weights. Every other audit counts, including
 * SEO's is-crawlable, and the script checks that the status really is 404.
 */
const excuses = {
  404: [
    {
      category: 'seo',
      audit: 'http-status-code',
      reason: 'the not-found page must answer 404',
      applies: (audit) => audit.displayValue === '404',
    },
    {
      category: 'best-practices',
      audit: 'errors-in-console',
      reason: "Chrome's log line for the document's own 404 response",
      applies: (audit, pageUrl) =>
        (audit.details?.items ?? []).length > 0 &&
        audit.details.items.every(
          (item) =>
            item.source === 'network' &&
            /status of 404\b/.test(String(item.description)) &&
            item.sourceLocation?.url === pageUrl,
        ),
    },
  ],
};

const chromeFlags = [
  '--headless=new',
  ...systemChromiumArgs,
  // Only localhost resolves: nothing the page or Chrome asks for can leave the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
];

// ---------------------------------------------------------------- helpers

function fail(message) {
  console.error(`\nlighthouse: ${message}`);
  process.exitCode = 1;
  throw new Exit();
}
class Exit extends Error {}

function parseArgs(argv) {
  const options = { build: true, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--skip-build') options.build = false;
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      options.runs = Number(arg.includes('=') ? arg.split('=')[1] : argv[++i]);
      if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs needs a whole number of 1 or more.');
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node scripts/lighthouse.mjs [--skip-build] [--runs 3]');
      process.exit(0);
    } else fail(`Unknown option "${arg}". Usage: node scripts/lighthouse.mjs [--skip-build] [--runs 3]`);
  }
  return options;
}

const median = (values) => {
  const sorted = values.filter((value) => value != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------- build

async function build(tempDir) {
  const astroBin = path.join(repo, 'node_modules/astro/bin/astro.mjs');
  if (!fs.existsSync(astroBin)) fail('node_modules/astro is missing: run npm install first.');
  // The project's own config, with the caches moved to a throwaway folder (see the top of this file).
  const wrapper = path.join(tempDir, 'astro.config.mjs');
  const cacheDir = path.join(tempDir, 'cache');
  fs.writeFileSync(
    wrapper,
    [
      `import config from ${JSON.stringify(pathToFileURL(path.join(repo, 'astro.config.mjs')).href)};`,
      'export default {',
      '  ...config,',
      `  cacheDir: ${JSON.stringify(path.join(cacheDir, 'astro'))},`,
      `  vite: { ...config.vite, cacheDir: ${JSON.stringify(path.join(cacheDir, 'vite'))} },`,
      '};',
      '',
    ].join('\n'),
  );
  console.log('lighthouse: building the site (astro build) …');
  // Astro joins --config onto the root, so it must be relative to it.
  const code = await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fs.realpathSync(astroBin), 'build', '--root', repo, '--config', path.relative(repo, wrapper)],
      {
        cwd: repo,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve(signal ? `signal ${signal}` : exitCode));
  });
  if (code !== 0) fail(`astro build failed (exit ${code}); see the output above.`);
}

// ---------------------------------------------------------------- static server

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Serves dist/ like a static host: directory index, real 404 status, compression, long cache for hashed assets. */
function serve(root) {
  const compressed = new Map();
  const isFile = (file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let file = path.join(root, pathname);
    let status = 200;
    if (!file.startsWith(root + path.sep) && file !== root) {
      file = path.join(root, '404.html');
      status = 404;
    } else if (pathname.endsWith('/')) {
      file = path.join(file, 'index.html');
    } else if (!isFile(file) && isFile(path.join(file, 'index.html'))) {
      // trailingSlash: 'always' — send /admissions to /admissions/, as the host does.
      res.writeHead(301, { Location: `${pathname}/${url.search}` });
      res.end();
      return;
    }
    if (!isFile(file)) {
      file = path.join(root, '404.html');
      status = 404;
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Cache-Control': pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
      'X-Content-Type-Options': 'nosniff',
    };
    let body = fs.readFileSync(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (compressible.test(type)) {
      headers.Vary = 'Accept-Encoding';
      const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      if (encoding) {
        const key = `${encoding}:${file}`;
        if (!compressed.has(key)) {
          compressed.set(
            key,
            encoding === 'br'
              ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
              : zlib.gzipSync(body, { level: 9 }),
          );
        }
        body = compressed.get(key);
        headers['Content-Encoding'] = encoding;
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------- lighthouse

/** The audits that cost a category points: weight > 0 and score below 1. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      displayValue: audit.displayValue ?? '',
      items: auditItems(audit),
    }));
}

/** What an audit flagged, in a line each: the element (selector and HTML) or the resource. */
function auditItems(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 8).map((item) => {
    const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
    if (node) {
      const why = (node.explanation ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(0, 3)
        .join(' ');
      return `${node.selector ?? ''} ${node.snippet ?? ''}${why ? ` — ${why}` : ''}`.trim();
    }
    return item.url ?? item.source?.url ?? item.description ?? JSON.stringify(item).slice(0, 200);
  });
}

/** A category score (0–100) recomputed without some audits, with Lighthouse's own weights. */
function scoreWithout(lhr, category, excluded) {
  let total = 0;
  let weights = 0;
  for (const ref of lhr.categories[category].auditRefs) {
    const audit = lhr.audits[ref.id];
    if (excluded.includes(ref.id) || ref.weight === 0 || audit.score === null) continue;
    if (
      audit.scoreDisplayMode === 'notApplicable' ||
      audit.scoreDisplayMode === 'manual' ||
      audit.scoreDisplayMode === 'informative'
    )
      continue;
    total += audit.score * ref.weight;
    weights += ref.weight;
  }
  return weights ? Math.round((total / weights) * 100) : null;
}

function summarize(lhr, template, pageUrl) {
  // Audits excused for this template (see `excuses` above), by category.
  const excused = {};
  for (const excuse of excuses[template.name] ?? []) {
    const audit = lhr.audits[excuse.audit];
    if (audit && audit.score !== null && audit.score < 1 && excuse.applies(audit, pageUrl)) {
      (excused[excuse.category] ??= []).push(excuse.audit);
    }
  }
  const scores = {};
  for (const category of categories) {
    scores[category] = excused[category]
      ? scoreWithout(lhr, category, excused[category])
      : lhr.categories[category].score === null
        ? null
        : Math.round(lhr.categories[category].score * 100);
  }
  const metrics = {};
  for (const id of [...Object.keys(metricBudget), ...Object.keys(extraMetrics)])
    metrics[id] = lhr.audits[id]?.numericValue ?? null;
  const failing = {};
  for (const category of categories) {
    const list = failingAudits(lhr, category).filter((audit) => !(excused[category] ?? []).includes(audit.id));
    if (list.length) failing[category] = list;
  }
  const statusAudit = lhr.audits['http-status-code'];
  return {
    scores,
    metrics,
    failing,
    excused,
    status: statusAudit?.score === 0 ? Number(statusAudit.displayValue) : 200,
    finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl,
    warnings: lhr.runWarnings ?? [],
  };
}

// ---------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12))
    fail(`Node ${process.versions.node} is too old for Astro 7; use Node 22.12 or later.`);
  let chrome;
  try {
    chrome = findChromium();
  } catch (error) {
    fail(error.message);
  }
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nirc-lighthouse-'));
  let server;
  let launched;
  const stopChrome = () => {
    try {
      launched?.kill();
    } catch {}
  };
  process.once('SIGINT', () => {
    stopChrome();
    server?.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
    process.exit(130);
  });

  try {
    if (options.build) await build(tempDir);
    if (!fs.existsSync(path.join(dist, 'index.html')))
      fail('dist/index.html is missing: the build did not produce the site (run without --skip-build).');
    if (!fs.existsSync(path.join(dist, '404.html'))) fail('dist/404.html is missing: the 404 template was not built.');

    server = await serve(dist);
    const origin = `http://localhost:${server.address().port}`;
    console.log(`lighthouse: serving dist/ at ${origin}`);

    const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
      import('lighthouse'),
      import('chrome-launcher'),
    ]);
    const profile = path.join(tempDir, 'profile');
    fs.mkdirSync(profile);
    launched = await chromeLauncher.launch({
      chromePath: chrome.executablePath,
      chromeFlags,
      userDataDir: profile,
      logLevel: 'error',
      handleSIGINT: false,
    });
    console.log(
      `lighthouse: ${chrome.source}, Lighthouse mobile defaults, 1 warm-up + ${options.runs} runs per template\n`,
    );

    const report = [];
    const problems = [];
    for (const template of templates) {
      const url = `${origin}${template.path}`;
      const runs = [];
      for (let run = 0; run <= options.runs; run++) {
        process.stdout.write(
          `lighthouse: ${template.name} ${template.path} ${run === 0 ? 'warm-up' : `run ${run}/${options.runs}`} … `,
        );
        const result = await lighthouse(url, {
          port: launched.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
          // Lighthouse refuses to audit a page served with an error status unless told the status is intended.
          ignoreStatusCode: template.status !== undefined && template.status >= 400,
        });
        const lhr = result?.lhr;
        if (!lhr) fail(`Lighthouse returned no result for ${template.name} (${url}).`);
        if (lhr.runtimeError)
          fail(
            `Lighthouse could not audit ${template.name} (${url}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          );
        const summary = summarize(lhr, template, url);
        console.log(categories.map((category) => summary.scores[category]).join('/'));
        if (run > 0) runs.push(summary);
      }

      // Medians of each score and metric.
      const scores = Object.fromEntries(
        categories.map((category) => [category, median(runs.map((run) => run.scores[category]))]),
      );
      const metrics = Object.fromEntries(
        [...Object.keys(metricBudget), ...Object.keys(extraMetrics)].map((id) => [
          id,
          median(runs.map((run) => run.metrics[id])),
        ]),
      );
      const failures = [];
      const expectedStatus = template.status ?? 200;
      const statuses = [...new Set(runs.map((run) => run.status))];
      if (statuses.length !== 1 || statuses[0] !== expectedStatus) {
        failures.push(`HTTP status ${statuses.join('/')} (expected ${expectedStatus})`);
      }
      for (const category of categories) {
        if (scores[category] === null || scores[category] < 100)
          failures.push(`${category} ${scores[category] ?? 'n/a'} < 100`);
      }
      for (const [id, budget] of Object.entries(metricBudget)) {
        if (metrics[id] === null || metrics[id] > budget.max) {
          failures.push(
            `${budget.label} ${formatMetric(metrics[id], budget.unit)} > ${formatMetric(budget.max, budget.unit)}`,
          );
        }
      }

      // Table for this template.
      console.log(`\n${template.name}  ${template.path}${failures.length ? '  FAIL' : '  pass'}`);
      const rows = [
        ...categories.map((category) => [
          category,
          ...runs.map((run) => run.scores[category] ?? 'n/a'),
          scores[category] ?? 'n/a',
          '100',
        ]),
        ...Object.entries(metricBudget).map(([id, budget]) => [
          budget.label,
          ...runs.map((run) => formatMetric(run.metrics[id], budget.unit)),
          formatMetric(metrics[id], budget.unit),
          `≤ ${formatMetric(budget.max, budget.unit)}`,
        ]),
        ...Object.entries(extraMetrics).map(([id, metric]) => [
          metric.label,
          ...runs.map((run) => formatMetric(run.metrics[id], metric.unit)),
          formatMetric(metrics[id], metric.unit),
          '',
        ]),
      ];
      printTable(['', ...runs.map((_, i) => `run ${i + 1}`), 'median', 'budget'], rows);
      for (const excuse of excuses[template.name] ?? []) {
        const count = runs.filter((run) => run.excused[excuse.category]?.includes(excuse.audit)).length;
        if (count)
          console.log(
            `  excused in ${count}/${runs.length} runs — ${excuse.category}: ${excuse.audit} (${excuse.reason}; status ${statuses.join('/')})`,
          );
      }
      // Which audits cost points, in how many runs.
      const seen = new Map();
      for (const run of runs) {
        for (const [category, list] of Object.entries(run.failing)) {
          for (const audit of list) {
            const key = `${category}: ${audit.id}`;
            const entry = seen.get(key) ?? { ...audit, category, runs: 0 };
            entry.runs++;
            seen.set(key, entry);
          }
        }
      }
      for (const audit of seen.values()) {
        console.log(
          `  audit below 1 in ${audit.runs}/${runs.length} runs — ${audit.category}: ${audit.id} "${audit.title}" ${audit.displayValue}`.trimEnd(),
        );
        for (const item of audit.items) console.log(`      ${item}`);
      }
      // With ignoreStatusCode Lighthouse warns about the 404 it was told to expect; only other warnings are news.
      const expectedWarning = template.status >= 400 ? `(Status code: ${template.status})` : null;
      const warnings = [...new Set(runs.flatMap((run) => run.warnings))].filter(
        (warning) => !expectedWarning || !warning.includes(expectedWarning),
      );
      for (const warning of warnings) console.log(`  Lighthouse warning: ${warning}`);
      console.log('');
      for (const failure of failures) problems.push(`${template.name} (${template.path}): ${failure}`);
      report.push({ template: template.name, path: template.path, scores, metrics, failures, runs });
    }

    const out = path.join(repo, 'bench-results/lighthouse.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), chrome: chrome.executablePath, lighthouse: lighthouseVersion(), runs: options.runs, report }, null, 2)}\n`,
    );
    console.log(`lighthouse: wrote ${path.relative(process.cwd(), out)}`);
    if (problems.length) fail(`${problems.length} budget failure(s):\n  - ${problems.join('\n  - ')}`);
    console.log('lighthouse: every template meets the budget.');
  } finally {
    stopChrome();
    server?.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

function lighthouseVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function formatMetric(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  return unit === 'ms' ? `${Math.round(value)} ms` : String(Math.round(value * 1000) / 1000);
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    `  ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ')}`;
  console.log(line(header));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

main().catch((error) => {
  if (!(error instanceof Exit)) {
    console.error(`lighthouse: ${error.stack ?? error}`);
    process.exitCode = 1;
  }
});
