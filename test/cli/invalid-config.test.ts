// Invalid configurations and custom rules stop the run with exit code 2 and say file:line:column and what to change.
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { draft, tempRepo } from '../helpers/temp-repo.js';

const CONFIG = 'disclosure-lint.config.json';

function rule(expect: string, extra = ''): string {
  return `{
  "id": "acme/test-rule",
  "title": "A test rule",
  "severity": "error",${extra}
  "expect": { "all": [
    ${expect}
  ] },
  "message": "The draft fails the test rule."
}
`;
}

async function lintWith(files: Record<string, string>): Promise<{ code: number; stderr: string; root: string }> {
  const repo = tempRepo({ 'drafts/d.md': draft('Our CISO leads the program.'), ...files });
  const run = await runCliCaptured(['drafts'], { cwd: repo.root });
  return { code: run.code, stderr: run.stderr, root: repo.root };
}

describe('invalid configuration files', () => {
  it.each([
    ['bad JSON', '{\n  "extends": "recommended",\n}\n', '2:27', /Invalid JSON: trailing comma after the last property\. Remove the comma/],
    ['an unknown key', '{\n  "extends": "recommended",\n  "rule": { "no-placeholders": "off" }\n}\n', '3:3', /Unknown key "rule" \(at \/rule\)\. Remove it or check the spelling \(did you mean "rules"\?\)/],
    ['a wrong severity', '{\n  "rules": { "no-placeholders": "warn" }\n}\n', '2:33', /"warn" is not an allowed value.*did you mean "warning"/],
    ['a wrong value type', '{\n  "customRules": "policy"\n}\n', '2:18', /Expected an array, found the string "policy"/],
    ['an unknown rule', '{\n  "rules": {\n    "no-placeholder": "off"\n  }\n}\n', '3:5', /Unknown rule "no-placeholder".*Did you mean "no-placeholders"/],
    ['an unknown lexicon', '{\n  "lexicons": { "managment-titles": ["Chief Trust Officer"] }\n}\n', '2:17', /Unknown lexicon "managment-titles".*domain-words/],
    ['a missing extends target', '{\n  "extends": ["recommended", "../base.json"]\n}\n', '2:30', /"\.\.\/base\.json" is neither a preset nor an existing file.*"recommended"/],
    ['a missing custom rules folder', '{\n  "customRules": ["policy"]\n}\n', '2:19', /No such folder "policy"/],
  ])('%s', async (_name, config, place, problem) => {
    const { code, stderr, root } = await lintWith({ [CONFIG]: config });
    expect(code).toBe(2);
    expect(stderr).toContain(`${root}/${CONFIG}:${place}: `);
    expect(stderr).toMatch(problem);
  });

  it('a cycle of extends', async () => {
    const { code, stderr } = await lintWith({ [CONFIG]: '{ "extends": "./base.json" }', 'base.json': '{ "extends": "./disclosure-lint.config.json" }' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/base\.json:1:14: ".\/disclosure-lint.config.json" extends a configuration that extends this one/);
  });
});

describe('invalid custom rules', () => {
  const config = { [CONFIG]: '{ "customRules": ["policy"] }' };
  it.each([
    ['an unknown fact', rule('{ "fact": "board.overseen", "operator": "equal", "value": true }'), '6:15', /Unknown fact "board.overseen" \(at \/expect\/all\/0\/fact\)\. Use a fact listed in docs\/facts.md/],
    ['an unknown operator', rule('{ "fact": "sentences", "operator": "matches", "value": "CISO" }'), '6:40', /Unknown operator "matches" \(at \/expect\/all\/0\/operator\)\. Use an operator listed in docs\/facts\.md/],
    ['a wrong value type', rule('{ "fact": "sentences", "operator": "countAtLeast", "value": "three" }'), '6:65', /Expected an integer, found the string "three"/],
    ['a catastrophic regex', rule('{ "fact": "sentences", "operator": "someSentenceMatches", "value": "(\\\\w+\\\\s?)*officer" }'), '6:72', /backtrack catastrophically.*Remove nested or overlapping repetition/],
    ['an unknown key', rule('{ "fact": "sentences", "operator": "countAtLeast", "value": 1 }', '\n  "severty": "warning",'), '5:3', /Unknown key "severty" \(at \/severty\)\. Remove it or check the spelling \(did you mean "severity"\?\)/],
    ['no namespace', rule('{ "fact": "sentences", "operator": "countAtLeast", "value": 1 }').replace('acme/test-rule', 'test-rule'), '2:9', /Custom rule id "test-rule" has no namespace.*"acme\/ciso-named"/],
    ['bad JSON', '{ "id": "acme/x", }', '1:17', /Invalid JSON: trailing comma/],
  ])('%s', async (_name, ruleJson, place, problem) => {
    const { code, stderr, root } = await lintWith({ ...config, 'policy/acme/test-rule/rule.json': ruleJson });
    expect(code).toBe(2);
    expect(stderr).toContain(`${root}/policy/acme/test-rule/rule.json:${place}: `);
    expect(stderr).toMatch(problem);
  });

  it('a custom rule that reuses a built-in id', async () => {
    const { code, stderr } = await lintWith({ ...config, 'policy/a/rule.json': rule('{ "fact": "sentences", "operator": "countAtLeast", "value": 1 }').replace('acme/test-rule', 'acme/x'), 'policy/b/rule.json': rule('{ "fact": "sentences", "operator": "countAtLeast", "value": 1 }').replace('acme/test-rule', 'acme/x') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/policy\/b\/rule\.json:2:9: Rule id "acme\/x" is already used by .*policy\/a\/rule\.json/);
  });
});
