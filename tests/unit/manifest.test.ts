import { globSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  freshManifest,
  inputsFingerprint,
  keptManifest,
  writeManifest,
  type Manifest,
} from '../../src/review/manifest';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project folder with one content file, as the fingerprint sees it. */
function project(text: string) {
  root = mkdtempSync(join(tmpdir(), 'manifest-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/page.mdx'), text);
}
const manifestOf = (fingerprint: string): Manifest => ({ fingerprint, pages: [], signers: [] });
const history = () => join(root, 'node_modules/.cache/nirc-review/history');

describe('the review manifest', () => {
  it('is fresh while the inputs are as built, and not after a content edit; the ledger is not an input', () => {
    project('Text.\n');
    writeManifest(root, manifestOf(inputsFingerprint(root)));
    writeFileSync(join(root, 'content/medical-reviews.yaml'), '- kind: sign-off\n');
    expect(freshManifest(root)).toBeDefined();
    writeFileSync(join(root, 'content/page.mdx'), 'Text, edited.\n');
    expect(freshManifest(root)).toBeUndefined();
  });

  it('keeps earlier builds by fingerprint, so the text of an earlier version is found without a build', () => {
    project('Text as signed.\n');
    const signed = inputsFingerprint(root);
    writeManifest(root, manifestOf(signed));
    writeFileSync(join(root, 'content/page.mdx'), 'Text, edited.\n');
    writeManifest(root, manifestOf(inputsFingerprint(root)));
    expect(keptManifest(root, signed)?.fingerprint).toBe(signed);
    expect(keptManifest(root, 'f'.repeat(64))).toBeUndefined();
  });

  it('keeps the newest 20 and removes older ones', () => {
    project('Text.\n');
    const start = Date.UTC(2000, 0, 1) / 1000;
    for (let build = 0; build < 23; build += 1) {
      const fingerprint = build.toString(16).padStart(64, '0');
      writeManifest(root, manifestOf(fingerprint));
      // Each build a minute after the one before, whatever the speed of the machine.
      utimesSync(join(history(), `${fingerprint}.json`), start + build * 60, start + build * 60);
    }
    const kept = globSync('*.json', { cwd: history() }).sort();
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe(`${(3).toString(16).padStart(64, '0')}.json`);
  });
});
