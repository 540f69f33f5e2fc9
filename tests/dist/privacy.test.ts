import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/checks/dist';
import { all, attribute, parseHtml } from '../support/checks/html-tree';

/** What every built page says about scripts and styles, read from its file (the browser side is tests/e2e/privacy.spec.ts). */
describe('every built page', () => {
  const pages = builtPages().map(({ path, file }) => ({ path, tree: parseHtml(readFileSync(file, 'utf8')) }));

  it('carries a Content-Security-Policy that allows no script at all, first in its head', () => {
    for (const { path, tree } of pages) {
      const [meta] = all(tree, 'head > meta[http-equiv]');
      const policy = meta && attribute(meta, 'content');
      expect(policy, `${path}: a CSP <meta>`).toBeDefined();
      expect(policy, path).toContain("default-src 'none'");
      expect(policy, path).toContain("script-src 'none'");
      expect(policy, path).not.toContain('unsafe-inline');
    }
  });

  it('has no script but its JSON-LD, no inline style attribute and no event handler attribute', () => {
    for (const { path, tree } of pages) {
      const scripts = all(tree, 'script').filter((script) => attribute(script, 'type') !== 'application/ld+json');
      expect(scripts.length, `${path}: scripts`).toBe(0);
      const styled = all(tree, '[style]');
      expect(styled.length, `${path}: style attributes`).toBe(0);
      const handlers = all(tree, '*').filter((element) =>
        Object.keys(element.properties).some((name) => /^on[A-Z]/.test(name)),
      );
      expect(handlers.length, `${path}: event handler attributes`).toBe(0);
    }
  });
});
