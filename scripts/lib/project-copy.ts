import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './astro.ts';

/** What a build needs from the project; everything else stays behind. */
const buildInputs = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts'];
/** What the dependency check (knip) reads besides: its settings, the tests and the tools' configs. */
export const checkInputs = [
  'knip.json',
  '.prettierrc.json',
  'tests',
  'vitest.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
];

/** Caches Astro and Vite keep under node_modules: the copy must not share them with the real project. */
const caches = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  root: string;
  /** Rewrites a file of the copy, given its path relative to the project root. */
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
  delete(file: string): void;
  remove(): void;
}

/**
 * A throwaway copy of the project in the system temp folder. Packages are
 * linked one by one, so the copy gets caches of its own and a broken build
 * can never touch the real project's data store.
 */
export function copyProject(extraInputs: string[] = []): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'nirc-site-'));
  for (const input of [...buildInputs, ...extraInputs]) {
    cpSync(join(projectRoot, input), join(root, input), { recursive: true });
  }
  linkPackages(root);
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    write(file, text) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    },
    delete(file) {
      rmSync(join(root, file));
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Gives `root` a node_modules of its own whose packages link to the project's installed ones. */
export function linkPackages(root: string): void {
  const packages = join(projectRoot, 'node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(packages)) {
    if (!caches.has(name)) symlinkSync(join(packages, name), join(root, 'node_modules', name));
  }
}
