// The action as a runner runs it (INPUT_* variables, GITHUB_* files, a pull_request event): annotations, summary, outputs, exit code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { actionWorkspace, annotationsIn, type ActionWorkspace } from '../helpers/action-workspace.js';

async function run(world: ActionWorkspace, env: Record<string, string> = {}): Promise<{ code: number; log: string }> {
  let log = '';
  const code = await runAction({ env: { ...world.env, ...env }, stdout: { write: (text: string) => (log += text) }, cwd: '/nonexistent' });
  return { code, log };
}

const HARBOR = 'drafts/harbor-biotech-10-k-2025.md';

describe('the action on a pull request', () => {
  it('annotates the finding on the changed line, summarises all findings, writes SARIF and JSON, sets outputs and fails on errors', async () => {
    const world = actionWorkspace({ files: 'drafts/', 'sarif-file': 'out/disclosure-lint.sarif', 'json-file': 'out/report.json' });
    const { code, log } = await run(world);
    expect(code).toBe(1);
    expect(annotationsIn(log)).toEqual([{ level: 'error', file: HARBOR, line: world.addedLine, message: expect.stringContaining('“[XX]”') }]);
    const summary = world.summary();
    expect(summary).toContain('## ✖ disclosure-lint: 2 errors, 0 warnings in 2 files');
    expect(summary).toContain(`- [ ] **error** \`no-placeholders\` line 20, column 265`);
    expect(summary).toContain(`- [ ] **error** \`no-placeholders\` line ${world.addedLine},`);
    expect(summary).toContain('1 finding is outside the lines this pull request changes');
    const outputs = world.outputs();
    expect(outputs).toMatchObject({ errors: '2', warnings: '0', 'sarif-file': 'out/disclosure-lint.sarif', 'report-file': 'out/report.json' });
    expect(Number(outputs.passed)).toBeGreaterThan(0);
    const sarif = JSON.parse(readFileSync(join(world.workspace, 'out/disclosure-lint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual([HARBOR, HARBOR]);
    expect(JSON.parse(readFileSync(join(world.workspace, 'out/report.json'), 'utf8'))).toMatchObject({ summary: { errors: 2 } });
  });

  it('names drafts given by absolute path relative to the workspace', async () => {
    const world = actionWorkspace({ annotations: 'all' });
    const { log } = await run(world, { INPUT_FILES: join(world.workspace, HARBOR) });
    expect(annotationsIn(log).map((annotation) => annotation.file)).toEqual([HARBOR, HARBOR]);
  });

  it('annotates every finding with annotations: all, changed lines first', async () => {
    const world = actionWorkspace({ files: 'drafts/', annotations: 'all' });
    const { log } = await run(world);
    expect(annotationsIn(log).map((annotation) => annotation.line)).toEqual([world.addedLine, 20]);
    expect(world.summary()).not.toContain('outside the lines');
  });

  it('prints no annotation with annotations: none, and still writes the summary', async () => {
    const world = actionWorkspace({ files: 'drafts/', annotations: 'none' });
    const { log } = await run(world);
    expect(annotationsIn(log)).toEqual([]);
    expect(world.summary()).toContain('2 errors');
  });

  it('annotates every finding, and says why, when the base commit is not in the checkout', async () => {
    const world = actionWorkspace({ files: 'drafts/' }, { history: false });
    const { log } = await run(world);
    expect(annotationsIn(log)).toHaveLength(2);
    expect(log).toContain('disclosure-lint: annotating every finding: git cannot diff against the base commit ffffffffffff');
    expect(log).toContain('check out with fetch-depth: 0');
  });

  it('lints every draft of the workspace when files is empty, and ignores a push event', async () => {
    const world = actionWorkspace({});
    writeFileSync(world.env.GITHUB_EVENT_PATH ?? '', JSON.stringify({ ref: 'refs/heads/main' }));
    const { code, log } = await run(world);
    expect(code).toBe(1);
    expect(annotationsIn(log)).toHaveLength(2);
    expect(world.outputs()).toMatchObject({ errors: '2', 'sarif-file': '', 'report-file': '' });
  });

  it('keeps draft text in the step log from acting as a workflow command', async () => {
    const world = actionWorkspace({ files: 'drafts/', annotations: 'all' });
    writeFileSync(join(world.workspace, 'drafts', '::warning::injected.md'), '# Item 1C. Cybersecurity\n\nWe have [TBD] processes.\n');
    const { log } = await run(world);
    const stop = /^::stop-commands::([0-9a-f-]{36})$/m.exec(log);
    expect(stop).not.toBeNull();
    const protectedPart = log.slice(log.indexOf(stop?.[0] ?? ''), log.indexOf(`::${stop?.[1]}::`));
    expect(protectedPart).toContain('::warning::injected.md');
    expect(annotationsIn(log).map((annotation) => annotation.file)).toContain('drafts/%3A%3Awarning%3A%3Ainjected.md');
    expect(annotationsIn(log).every((annotation) => annotation.level === 'error')).toBe(true);
  });
});

describe('fail-on and max-warnings', () => {
  it('fail-on never passes the step with errors, but not a files input that names nothing', async () => {
    expect((await run(actionWorkspace({ files: 'drafts/', 'fail-on': 'never' }))).code).toBe(0);
    const missing = await run(actionWorkspace({ files: 'nothing/**/*.md', 'fail-on': 'never' }));
    expect(missing.code).toBe(2);
    expect(missing.log).toContain('::error title=disclosure-lint::nothing/**/*.md: no files match this pattern');
  });

  it('fail-on warning fails on warnings; max-warnings fails on too many', async () => {
    const world = actionWorkspace({ files: 'drafts/' });
    writeFileSync(join(world.workspace, 'drafts', 'no-heading.txt'), readFileSync('test/fixtures/cli/no-heading.txt', 'utf8'));
    writeFileSync(join(world.workspace, 'drafts', 'harbor-biotech-10-k-2025.md'), readFileSync('examples/northwind-10-k-2025.md', 'utf8'));
    expect(world.outputs()).toEqual({});
    const lenient = await run(world);
    expect(world.outputs()).toMatchObject({ errors: '0', warnings: '1' });
    expect(lenient.code).toBe(0);
    expect((await run(world, { 'INPUT_FAIL-ON': 'warning' })).code).toBe(1);
    expect((await run(world, { 'INPUT_MAX-WARNINGS': '0' })).code).toBe(1);
    expect((await run(world, { 'INPUT_MAX-WARNINGS': '1' })).code).toBe(0);
  });

  it('a wrong input value is an error annotation and exit code 2', async () => {
    const { code, log } = await run(actionWorkspace({ files: 'drafts/', 'fail-on': 'sometimes' }));
    expect(code).toBe(2);
    expect(log).toBe('::error title=disclosure-lint::The fail-on input must be one of error, warning, never, not "sometimes".\n');
  });

  it('writes nothing outside the workspace it is given', async () => {
    const world = actionWorkspace({ files: 'drafts/', 'sarif-file': 'disclosure-lint.sarif' });
    await run(world);
    expect(existsSync(join(world.workspace, 'disclosure-lint.sarif'))).toBe(true);
  });
});
