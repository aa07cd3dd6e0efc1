// The tools for rule authors through the CLI: rules test, rules validate, facts, init, and the bundled example rules.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

const EXAMPLES = 'examples/custom-rules';

describe('rules test', () => {
  it('runs each example rule on its own fixtures', async () => {
    const run = await runCliCaptured(['rules', 'test', `${EXAMPLES}/rules`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ acme/ciso-named');
    expect(run.stdout).toContain('✔ acme/no-never-breached');
    expect(run.stdout).toContain('✔ acme/audit-committee-oversees');
    expect(run.stdout).toContain('3 rules: 3 behave');
  });

  it('reports a rule whose fixture does not behave, and exits 1', async () => {
    const repo = tempRepo();
    repo.copy(`${EXAMPLES}/rules/acme/ciso-named`, 'rules/acme/ciso-named');
    renameSync(join(repo.root, 'rules/acme/ciso-named/fail.md'), join(repo.root, 'rules/acme/ciso-named/pass-management.md'));
    const run = await runCliCaptured(['rules', 'test', 'rules'], { cwd: repo.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✖ acme/ciso-named');
    expect(run.stdout).toContain('no fail* fixture');
    expect(run.stdout).toMatch(/pass-management\.md: expected pass, got fail — The draft does not name ACME's Chief Information Security Officer/);
    expect(run.stdout).toContain('1 rule: 0 behave, 1 misbehave');
  });

  it('exits 2 on an invalid rule, with its place', async () => {
    const repo = tempRepo({ 'rules/acme/x/rule.json': '{ "id": "acme/x", "title": "X", "severity": "error", "expect": { "all": [] }, "mesage": "m" }' });
    const run = await runCliCaptured(['rules', 'test', 'rules'], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rules\/acme\/x\/rule\.json:1:1: Missing required key "message"/);
  });
});

describe('rules validate', () => {
  it('accepts valid rules and configuration files', async () => {
    const run = await runCliCaptured(['rules', 'validate', `${EXAMPLES}/rules`, `${EXAMPLES}/disclosure-lint.config.json`, 'rules']);
    expect(run.stdout).toMatch(/✔ \d+ files valid/);
    expect(run.code).toBe(0);
  });

  it('lists every invalid file with file:line:column and exits 2', async () => {
    const repo = tempRepo({
      'rules/acme/a/rule.json': '{\n  "id": "acme/a",\n  "title": "A",\n  "severity": "error",\n  "expect": { "all": [ { "fact": "sentence", "operator": "equal", "value": [] } ] },\n  "message": "m"\n}\n',
      'rules/acme/b/rule.json': '{\n  "id": "acme/b",\n  "title": "B",\n  "severity": "fatal",\n  "expect": { "all": [] },\n  "message": "m"\n}\n',
      'rules/acme/c/rule.json': '{ "id": "acme/c", "title": "C", "severity": "info", "expect": { "all": [] }, "message": "m" }',
      'disclosure-lint.config.json': '{\n  "rules": { "acme/nope": "off" }\n}\n',
    });
    const run = await runCliCaptured(['rules', 'validate', 'rules', 'disclosure-lint.config.json'], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rules/acme/a/rule.json:5:34: Unknown fact "sentence" (at /expect/all/0/fact). Use a fact listed in docs/facts.md. Did you mean "sentences"');
    expect(run.stderr).toContain('rules/acme/b/rule.json:4:15: "fatal" is not an allowed value (at /severity)');
    expect(run.stderr).toContain('disclosure-lint.config.json:2:14: Unknown rule "acme/nope" (at /rules/acme~1nope)');
    expect(run.stdout).toContain('✖ 3 of 4 files invalid');
  });
});

describe('facts', () => {
  it('prints every fact with its evidence as JSON', async () => {
    const run = await runCliCaptured(['facts', `${EXAMPLES}/drafts/acme-10-k-2025.md`, '--format', 'json']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { form: string; facts: Record<string, { value: unknown; evidence: Array<{ text: string; location: { start: { line: number } } }> }> };
    expect(printed.form).toBe('10-K');
    expect(printed.facts['document.itemHeading']).toEqual({ value: '1C', evidence: [expect.objectContaining({ text: 'Item 1C. Cybersecurity' })] });
    const sentences = printed.facts['sentences'];
    expect(sentences?.evidence.length).toBe((sentences?.value as string[]).length);
    expect(typeof printed.facts['text']?.value).toBe('string');
  });

  it('prints a readable table, with lexicon additions of the draft\'s configuration applied', async () => {
    const run = await runCliCaptured(['facts', `${EXAMPLES}/drafts/acme-10-k-2025.md`]);
    expect(run.stdout).toMatch(/^document\.itemHeading\s+"1C"$/m);
    expect(run.stdout).toMatch(/^\s+15:3 {2}“Item 1C\. Cybersecurity”$/m);
    expect(run.stdout).toMatch(/^text\.gluedWords\s+0$/m);
  });

  it('refuses a missing draft with exit code 2', async () => {
    const run = await runCliCaptured(['facts', 'no-such.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No such file');
  });
});

describe('init', () => {
  it('writes a starter configuration, an example rule and a workflow, and keeps existing files', async () => {
    const repo = tempRepo({ 'drafts/readme.txt': 'x' });
    const first = await runCliCaptured(['init'], { cwd: repo.root });
    expect(first.code).toBe(0);
    for (const path of ['disclosure-lint.config.json', 'disclosure-rules/acme/ciso-named/rule.json', 'disclosure-rules/acme/ciso-named/pass.md', 'disclosure-rules/acme/ciso-named/fail.md', '.github/workflows/disclosure-lint.yml']) {
      expect(existsSync(join(repo.root, path)), path).toBe(true);
      expect(first.stdout).toContain(`created  ${path}`);
    }
    expect(readFileSync(join(repo.root, 'disclosure-rules/acme/ciso-named/rule.json'), 'utf8')).toContain('"$schema": "../../../node_modules/disclosure-lint/schemas/rule.schema.json"');
    expect((await runCliCaptured(['rules', 'test', 'disclosure-rules'], { cwd: repo.root })).code).toBe(0);
    expect((await runCliCaptured(['rules', 'validate', 'disclosure-lint.config.json'], { cwd: repo.root })).code).toBe(0);

    repo.write('disclosure-lint.config.json', '{ "extends": "strict" }');
    const second = await runCliCaptured(['init'], { cwd: repo.root });
    expect(second.stdout).toContain('skipped  disclosure-lint.config.json (exists; --force overwrites)');
    expect(readFileSync(join(repo.root, 'disclosure-lint.config.json'), 'utf8')).toBe('{ "extends": "strict" }');
    await runCliCaptured(['init', '--force'], { cwd: repo.root });
    expect(readFileSync(join(repo.root, 'disclosure-lint.config.json'), 'utf8')).toContain('"customRules"');
  });
});

describe('the example custom rules, through the real CLI', () => {
  it('the 10-K passes every rule; the 20-F fails the banned phrase and warns on the committee (override)', async () => {
    const run = await runCliCaptured([`${EXAMPLES}/drafts/`, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; results: Array<{ ruleId: string; status: string; severity: string; location: { start: { line: number; column: number } } }> }> };
    expect(report.files.map((file) => file.path)).toEqual([`${EXAMPLES}/drafts/20-f/acme-europe-20-f-2025.md`, `${EXAMPLES}/drafts/acme-10-k-2025.md`]);
    const [europe, acme] = report.files;
    expect(acme?.results.filter((result) => result.status === 'fail')).toEqual([]);
    expect(acme?.results.map((result) => result.ruleId)).toEqual(expect.arrayContaining(['acme/ciso-named', 'acme/no-never-breached', 'acme/audit-committee-oversees', 'no-glued-words']));
    const failures = europe?.results.filter((result) => result.status === 'fail').map((result) => [result.ruleId, result.severity, result.location.start.line, result.location.start.column]);
    expect(failures).toEqual([['acme/no-never-breached', 'error', 11, 207], ['acme/audit-committee-oversees', 'warning', 19, 4]]);
    expect(run.code).toBe(1);
  });
});
