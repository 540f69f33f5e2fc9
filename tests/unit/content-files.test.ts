import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFile, parseContentFile } from '../../src/lib/content-files';

const root = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const text = '---\ntitle: A page\nupdated: 2026-11-28\n---\n\nText.\n';

describe('a content file', () => {
  it('is split into its frontmatter, parsed as Astro parses it, and its body', () => {
    const file = parseContentFile('content/x.md', text);
    expect(file.frontmatter).toEqual({ title: 'A page', updated: new Date('2026-11-28T00:00:00Z') });
    expect(file.body).toBe('\n\nText.\n');
  });

  it('without frontmatter stops with its name', () => {
    expect(() => parseContentFile('content/x.md', 'Text.\n')).toThrow(
      'content/x.md: no frontmatter block between --- lines',
    );
  });

  it('is read from disk once and named from the project root', () => {
    mkdirSync(join(root, 'content/pages'), { recursive: true });
    writeFileSync(join(root, 'content/pages/real.md'), text);
    expect(contentFile(join(root, 'content/pages/real.md'), root).file).toBe('content/pages/real.md');
  });

  it('may not be a symbolic link, nor sit in a linked folder: it could publish a file from outside the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'secret.md'), text);
    symlinkSync(join(outside, 'secret.md'), join(root, 'content/pages/linked.md'));
    symlinkSync(outside, join(root, 'content/linked-folder'));
    expect(() => contentFile(join(root, 'content/pages/linked.md'), root)).toThrow(
      'content/pages/linked.md is, or sits in a folder that is, a symbolic link: content must be real files in content/',
    );
    expect(() => contentFile(join(root, 'content/linked-folder/secret.md'), root)).toThrow('a symbolic link');
    rmSync(outside, { recursive: true, force: true });
  });
});
