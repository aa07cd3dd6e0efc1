// The committed action: dist-action/index.js is what src/ builds to, runs from a checkout without node_modules, and
// action.yml declares exactly the inputs and outputs the code reads and writes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { ACTION_BUNDLE, actionDataFiles, buildActionBundle } from '../../scripts/build-action.mjs';
import { actionWorkspace, annotationsIn } from '../helpers/action-workspace.js';
import { makeTempDir } from '../helpers/temp-dir.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

const actionYml = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

describe('the committed action bundle', () => {
  it('is up to date with src/ (run npm run build:action and commit dist-action/ when this fails)', async () => {
    const fresh = (await buildActionBundle()) as string;
    expect(fresh === readFileSync(ACTION_BUNDLE, 'utf8'), 'dist-action/index.js is stale: run npm run build:action and commit it').toBe(true);
    for (const { source, target } of actionDataFiles as Array<{ source: string; target: string }>) {
      expect(existsSync(target) && readFileSync(source).equals(readFileSync(target)), `${target} is stale: run npm run build:action and commit it`).toBe(true);
    }
  }, 60_000);

  it('runs the way a runner runs it: node on the entry of a checked-out action, without npm install', () => {
    // What actions/checkout of the action repository leaves in _actions/<owner>/disclosure-lint/<ref>/ (node_modules is not committed).
    const action = join(makeTempDir('dl-actions-'), 'disclosure-lint');
    for (const entry of ['action.yml', 'package.json', 'rules', 'schemas', 'dist-action']) cpSync(entry, join(action, entry), { recursive: true });
    const world = actionWorkspace({ files: 'drafts/*.md', 'sarif-file': 'disclosure-lint.sarif', 'fail-on': 'error' });
    const result = spawnSync(process.execPath, [join(action, actionYml.runs.main)], { cwd: world.workspace, env: world.env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(annotationsIn(result.stdout)).toEqual([{ level: 'error', file: 'drafts/harbor-biotech-10-k-2025.md', line: world.addedLine, message: expect.stringMatching(/^A drafting placeholder is still in the text/) }]);
    expect(world.summary()).toMatch(/^## ✖ disclosure-lint: 2 errors, 0 warnings in 2 files\n/);
    expect(world.summary()).toContain('https://github.com/disclosure-lint/disclosure-lint/blob/main/rules/drafting/no-placeholders/README.md');
    expect(world.outputs()).toMatchObject({ errors: '2', warnings: '0', 'sarif-file': 'disclosure-lint.sarif', 'report-file': '' });
    expect(JSON.parse(readFileSync(join(world.workspace, 'disclosure-lint.sarif'), 'utf8'))).toMatchObject({ runs: [{ tool: { driver: { version: expect.any(String) } } }] });
  }, 60_000);
});

describe('action.yml', () => {
  it('is a node24 JavaScript action whose entry is the committed bundle', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist-action/index.js' });
    expect(existsSync(actionYml.runs.main)).toBe(true);
  });

  it('declares the inputs the action reads and the outputs it writes', () => {
    const source = readFileSync('src/action/action-inputs.ts', 'utf8');
    const read = [...source.matchAll(/input\(env, '([a-z-]+)'\)|oneOf\(env, '([a-z-]+)'/g)].map((match) => match[1] ?? match[2]);
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...new Set(read)].sort());
    expect(Object.keys(actionYml.outputs).sort()).toEqual(['errors', 'passed', 'report-file', 'sarif-file', 'warnings']);
    expect(actionYml.inputs['fail-on']?.default).toBe('error');
    expect(actionYml.inputs.annotations?.default).toBe('changed-lines');
  });
});
