// The rule wrapper: when/expect give skip, pass or fail; failures explain themselves; bad rule files are located.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFile } from '../../src/engine/load-rules.js';
import type { LoadedRule } from '../../src/engine/rule.js';
import { InputError } from '../../src/model/input-error.js';
import { Linter } from '../../src/lint.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const DRAFT = `# Item 1C. Cybersecurity

## Governance

Our CISO has [XX] years of experience and reports to the Audit Committee.
`;

function rule(overrides: Partial<LoadedRule>): LoadedRule {
  return {
    id: 'test/no-placeholders',
    title: 'No placeholders',
    severity: 'error',
    expect: { all: [{ fact: 'text.placeholders', operator: 'equal', value: 0 }] },
    message: '{{text.placeholders}} placeholder(s) left in Form {{document.form}}.',
    family: 'test',
    file: '/virtual/rule.json',
    ...overrides,
  };
}

describe('evaluation', () => {
  it('fails with the failing condition, the actual value and a rendered message', async () => {
    const report = await new Linter({ rules: [rule({ locate: 'evidence:text.placeholders' })] }).lintText('d.md', DRAFT);
    const [result] = report.results;
    expect(result).toMatchObject({ status: 'fail', message: '1 placeholder(s) left in Form 10-K.' });
    expect(result?.explanation).toEqual([{ fact: 'text.placeholders', operator: 'equal', expected: 0, actual: 1, result: false }]);
    expect(result?.location.start).toMatchObject({ line: 5, column: 14 });
  });

  it('passes with the evidence of the facts that satisfied it', async () => {
    const passing = rule({ expect: { all: [{ fact: 'document.itemHeadingPresent', operator: 'equal', value: true }] } });
    const [result] = (await new Linter({ rules: [passing] }).lintText('d.md', DRAFT)).results;
    expect(result?.status).toBe('pass');
    expect(result?.evidence).toEqual([{ text: 'Item 1C. Cybersecurity', location: expect.objectContaining({ start: { line: 1, column: 3, offset: 2 } }) }]);
  });

  it('skips when `when` does not hold, saying why', async () => {
    const guarded = rule({ when: { all: [{ fact: 'document.form', operator: 'in', value: ['20-F', '20-F/A'] }] } });
    const [result] = (await new Linter({ rules: [guarded] }).lintText('d.md', DRAFT)).results;
    expect(result).toMatchObject({ status: 'skip', message: 'Skipped: document.form is "10-K", not in ["20-F","20-F/A"].' });
  });

  it('skips rules whose forms exclude the draft', async () => {
    const [result] = (await new Linter({ rules: [rule({ forms: ['20-F'] })] }).lintText('d.md', DRAFT)).results;
    expect(result).toMatchObject({ status: 'skip', message: 'Not applicable to Form 10-K.' });
  });

  it('gives identical results when many documents are linted concurrently on one engine', async () => {
    const linter = new Linter({ rules: [rule({}), rule({ id: 'test/heading', expect: { all: [{ fact: 'document.itemHeadingPresent', operator: 'equal', value: true }] } })] });
    const drafts = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? DRAFT : DRAFT.replace('[XX]', '12')));
    const sequential = [];
    for (const [i, draft] of drafts.entries()) sequential.push(await linter.lintText(`d${i}.md`, draft));
    const concurrent = await Promise.all(drafts.map((draft, i) => linter.lintText(`d${i}.md`, draft)));
    expect(concurrent).toEqual(sequential);
  });
});

describe('loading rule files', () => {
  const dir = makeTempDir('disclosure-lint-rules-');
  const write = (name: string, content: string): string => {
    mkdirSync(join(dir, name), { recursive: true });
    const file = join(dir, name, 'rule.json');
    writeFileSync(file, content);
    return file;
  };
  const errorOf = (file: string): InputError => {
    try {
      loadRuleFile(file);
    } catch (error) {
      return error as InputError;
    }
    throw new Error('expected an error');
  };

  it('locates an unknown fact with line, column and JSON pointer', () => {
    const file = write('unknown-fact', '{\n  "id": "acme/x",\n  "title": "X",\n  "severity": "error",\n  "expect": { "all": [ { "fact": "board.overseen", "operator": "equal", "value": true } ] },\n  "message": "m"\n}\n');
    const error = errorOf(file);
    expect(error.message).toContain(`${file}:5:34: Unknown fact "board.overseen" (at /expect/all/0/fact)`);
  });

  it('rejects JSONPath and unknown keys at their place', () => {
    const file = write('path', '{\n  "id": "acme/x",\n  "title": "X",\n  "severity": "error",\n  "expect": { "all": [ { "fact": "text", "operator": "equal", "value": "", "path": "$.a" } ] },\n  "message": "m"\n}\n');
    expect(errorOf(file).message).toMatch(/:5:\d+: .*path.* \(at \/expect\/all\/0\/path\)/);
  });

  it('rejects an unknown operator and a bad severity', () => {
    const operator = write('operator', '{"id":"acme/x","title":"X","severity":"error","expect":{"all":[{"fact":"text","operator":"matches","value":"a"}]},"message":"m"}');
    expect(errorOf(operator).message).toContain('Unknown operator "matches" (at /expect/all/0/operator)');
    const severity = write('severity', '{"id":"acme/x","title":"X","severity":"fatal","expect":{"all":[]},"message":"m"}');
    expect(errorOf(severity).message).toContain('(at /severity)');
  });

  it('rejects malformed JSON with the line and column', () => {
    const file = write('syntax', '{\n  "id": "acme/x",\n  "title": "X"\n  "severity": "error"\n}\n');
    expect(errorOf(file).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4:3: `));
  });
});
