import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/astro';
import { checkInputs, copyProject } from '../../scripts/lib/project-copy';

/** The dependency check in `npm run lint` (knip, knip.json), run in a copy of the project. */
const copy = copyProject(checkInputs);
afterAll(() => copy.remove());

const knip = () => {
  const run = spawnSync(
    process.execPath,
    [`${projectRoot}/node_modules/knip/bin/knip.js`, '--no-progress', '--no-config-hints'],
    {
      cwd: copy.root,
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
};

describe('the dependency check', () => {
  it('passes on the project as it is', () => {
    const run = knip();
    expect(run.output.trim()).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails on an undeclared import, a declared package nothing imports and a source file nothing uses, naming each', () => {
    // picomatch is installed (other packages depend on it), so the import would work: only the check stops it.
    copy.write('scripts/phantom.ts', "import picomatch from 'picomatch';\nconsole.log(picomatch('*.md')('a.md'));\n");
    copy.edit('package.json', (text) =>
      text.replace('"dependencies": {', '"dependencies": {\n    "left-pad": "^1.3.0",'),
    );
    copy.write('src/lib/orphan.ts', 'export const orphan = true;\n');
    const run = knip();
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/Unlisted dependencies \(1\)\s+picomatch\s+scripts\/phantom\.ts:1/);
    expect(run.output).toMatch(/Unused dependencies \(1\)\s+left-pad/);
    expect(run.output).toMatch(/Unused files \(\d\)[\s\S]*src\/lib\/orphan\.ts/);
  });
});
