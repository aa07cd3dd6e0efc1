// Configuration through the real CLI: nearest config wins, extends recommended, overrides per folder, custom rules, lexicon additions, ignores.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { draft, tempRepo } from '../helpers/temp-repo.js';

interface JsonReport {
  files: Array<{ path: string; results: Array<{ ruleId: string; status: string; severity: string; location: { start: { line: number } } }> }>;
}

const CISO = 'Our Chief Information Security Officer leads the program and reports to the Audit Committee, which oversees cybersecurity risk.';
const NO_CISO = 'Management leads the program and reports to the Audit Committee, which oversees cybersecurity risk.';
const PLATFORM = 'Our SecureGuardian platform watches every plant.';

function repo() {
  const built = tempRepo({
    'disclosure-lint.config.json': JSON.stringify({
      extends: 'recommended',
      customRules: ['policy'],
      lexicons: { 'domain-words': ['SecureGuardian'] },
      ignores: ['archive/**'],
      overrides: [{ files: ['legacy/**'], rules: { 'no-glued-words': 'off' } }],
    }, null, 2),
    'drafts/acme-10-k.md': draft(CISO, PLATFORM),
    'legacy/old-10-k.md': draft(NO_CISO, 'The Company hasadopted a program.'),
    'archive/2023-10-k.md': draft(NO_CISO),
    'subsidiary/disclosure-lint.config.json': JSON.stringify({ extends: 'strict', rules: { 'no-glued-words': 'off' } }),
    'subsidiary/sub-10-k.md': draft(NO_CISO),
  });
  built.copy('examples/custom-rules/rules/acme/ciso-named', 'policy/acme/ciso-named');
  return built;
}

function statuses(report: JsonReport, path: string): Record<string, string> {
  const file = report.files.find((candidate) => candidate.path === path);
  return Object.fromEntries((file?.results ?? []).map((result) => [result.ruleId, `${result.status}:${result.severity}`]));
}

describe('a repository with configuration', () => {
  it('lints each draft under its nearest configuration', async () => {
    const { root } = repo();
    const run = await runCliCaptured(['.', '--format', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.map((file) => file.path).sort()).toEqual(['drafts/acme-10-k.md', 'legacy/old-10-k.md', 'subsidiary/sub-10-k.md']);

    const acme = statuses(report, 'drafts/acme-10-k.md');
    expect(acme['acme/ciso-named']).toBe('pass:error');
    // The lexicon addition keeps the platform name from reading as two glued words.
    expect(acme['no-glued-words']).toBe('pass:warning');
    expect(acme['item-heading-present']).toBe('pass:warning');

    const legacy = statuses(report, 'legacy/old-10-k.md');
    expect(legacy['acme/ciso-named']).toBe('fail:error');
    expect(legacy['no-glued-words']).toBeUndefined();

    // The nearest configuration wins: the subsidiary's does not load the custom rule, and strict raises warnings.
    const subsidiary = statuses(report, 'subsidiary/sub-10-k.md');
    expect(subsidiary['acme/ciso-named']).toBeUndefined();
    expect(subsidiary['no-glued-words']).toBeUndefined();
    expect(subsidiary['item-heading-present']).toBe('pass:error');
    expect(run.code).toBe(1);
  });

  it('without the lexicon addition the platform name is reported as glued words', async () => {
    const { root, write } = repo();
    write('plain.config.json', JSON.stringify({ extends: 'recommended' }));
    const run = await runCliCaptured(['drafts/acme-10-k.md', '--config', 'plain.config.json', '--format', 'json'], { cwd: root });
    expect(statuses(JSON.parse(run.stdout) as JsonReport, 'drafts/acme-10-k.md')['no-glued-words']).toBe('fail:warning');
  });

  it('--config replaces the nearest configuration for every draft', async () => {
    const { root, write } = repo();
    write('ci.config.json', JSON.stringify({ extends: 'strict', customRules: ['policy'] }));
    const run = await runCliCaptured(['legacy', 'subsidiary', '--config', 'ci.config.json', '--format', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(statuses(report, 'subsidiary/sub-10-k.md')['acme/ciso-named']).toBe('fail:error');
    expect(statuses(report, 'legacy/old-10-k.md')['no-glued-words']).toBe('fail:error');
  });

  it('--print-config shows the files applied, every severity and whether overrides apply', async () => {
    const { root } = repo();
    const run = await runCliCaptured(['--print-config', 'legacy/old-10-k.md'], { cwd: root });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { configFiles: string[]; rules: Record<string, string>; overrides: Array<{ applies: boolean }>; lexicons: unknown; ignored: boolean };
    expect(printed.configFiles.at(-1)).toBe('disclosure-lint.config.json');
    expect(printed.configFiles[0]).toMatch(/rules[\\/]presets[\\/]recommended\.json$/);
    expect(printed.rules).toMatchObject({ 'no-glued-words': 'off', 'acme/ciso-named': 'error', 'unused-suppression': 'warning' });
    expect(printed.overrides[0]?.applies).toBe(true);
    expect(printed.lexicons).toEqual({ 'domain-words': ['SecureGuardian'] });
    const archived = JSON.parse((await runCliCaptured(['--print-config', join('archive', '2023-10-k.md')], { cwd: root })).stdout) as { ignored: boolean };
    expect(archived.ignored).toBe(true);
  });

  it('extends a configuration file by path, its own settings winning', async () => {
    const { root, write } = repo();
    write('shared/base.config.json', JSON.stringify({ extends: 'strict', rules: { 'no-placeholders': 'warning', 'item-heading-present': 'info' } }));
    write('team/disclosure-lint.config.json', JSON.stringify({ extends: ['../shared/base.config.json'], rules: { 'item-heading-present': 'off' } }));
    write('team/team-10-k.md', draft(NO_CISO, 'We have [XX] analysts.'));
    const run = await runCliCaptured(['team', '--format', 'json'], { cwd: root });
    const team = statuses(JSON.parse(run.stdout) as JsonReport, 'team/team-10-k.md');
    expect(team).toMatchObject({ 'no-placeholders': 'fail:warning', 'no-glued-words': 'pass:error' });
    expect(team['item-heading-present']).toBeUndefined();
    // strict, inherited through the shared file, still raises the content rules' warnings to errors.
    expect(team['erm-integration-addressed']).toBe('fail:error');
    expect(run.code).toBe(1);
  });

  it('--rule accepts a custom rule id from the configuration', async () => {
    const { root } = repo();
    const run = await runCliCaptured(['legacy', '--rule', 'acme/ciso-named', '--format', 'json'], { cwd: root });
    expect(Object.keys(statuses(JSON.parse(run.stdout) as JsonReport, 'legacy/old-10-k.md'))).toEqual(['acme/ciso-named']);
  });
});
