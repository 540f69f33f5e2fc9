import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledgerFile, type ReviewablePage, type Signer } from './ledger.ts';

/**
 * What the build tells the review commands: every medical page with the digest of what it shows, and
 * every person who may sign. The commands never compute a digest themselves (only the build can render
 * a page), so they read this file. It is written by every build into node_modules/.cache, never into
 * dist/, and stamped with a fingerprint of the files that shape what a page shows: when one of them has
 * changed since, the commands build again before they trust it.
 */
export const manifestFile = 'node_modules/.cache/nirc-review/manifest.json';

export interface ManifestPage extends ReviewablePage {
  section: string;
  title: string;
  /** The physician the page is assigned to, if any. */
  assignedReviewer?: string;
  /** For a translation: the digest of its original it was last recorded as matching. */
  translatedFrom?: string;
  /** The text the digest covers, as the reader sees it, for `review diff`. */
  shown: string;
}

export interface Manifest {
  fingerprint: string;
  pages: ManifestPage[];
  /** Everyone who may sign records, with their keys. */
  signers: Signer[];
}

/**
 * The files whose change can change what a page shows: the code, the content and the installed packages.
 * The ledger is not among them: signing changes no page.
 */
const inputs = ['src/**/*', 'content/**/*', 'astro.config.mjs', 'package-lock.json'];
const notInputs = new Set([ledgerFile]);

/** A fingerprint of the inputs: their paths and contents, in a fixed order. */
export function inputsFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = inputs
    .flatMap((pattern) => globSync(pattern, { cwd: root }))
    .filter((file) => !notInputs.has(file))
    .sort();
  for (const file of files) {
    const path = join(root, file);
    let text: Buffer;
    try {
      text = readFileSync(path);
    } catch {
      continue; // a folder
    }
    hash.update(`${file}\0${text.length}\0`).update(text);
  }
  return hash.digest('hex');
}

/**
 * Earlier builds' manifests, by fingerprint, so `review diff` finds what a page showed at the commit of a
 * sign-off without building that commit again when this checkout has built it before. The newest few are kept.
 */
const historyFolder = 'node_modules/.cache/nirc-review/history';
const historyKept = 20;

export function writeManifest(root: string, manifest: Manifest): void {
  const text = `${JSON.stringify(manifest, null, 1)}\n`;
  const history = join(root, historyFolder);
  mkdirSync(history, { recursive: true });
  writeFileSync(join(root, manifestFile), text);
  writeFileSync(join(history, `${manifest.fingerprint}.json`), text);
  const byAge = globSync('*.json', { cwd: history })
    .map((file) => ({ file, age: statSync(join(history, file)).mtimeMs }))
    .sort((a, b) => b.age - a.age || a.file.localeCompare(b.file));
  for (const { file } of byAge.slice(historyKept)) rmSync(join(history, file));
}

const readManifest = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

/** The manifest of the last build, if it was built from the inputs as they are now. */
export function freshManifest(root: string): Manifest | undefined {
  const path = join(root, manifestFile);
  if (!existsSync(path)) return undefined;
  const manifest = readManifest(path);
  return manifest.fingerprint === inputsFingerprint(root) ? manifest : undefined;
}

/** The manifest of an earlier build in `root` of exactly the inputs `fingerprint` stands for, if it is kept. */
export function keptManifest(root: string, fingerprint: string): Manifest | undefined {
  const path = join(root, historyFolder, `${fingerprint}.json`);
  return existsSync(path) ? readManifest(path) : undefined;
}
