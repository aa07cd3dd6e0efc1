// disclosure-lint's operators: values checked at load time (schema, regex safety), evaluation, and the evidence they give.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFile } from '../../src/engine/load-rules.js';
import { compileSafePattern, MAX_MATCH_INPUT, testPattern } from '../../src/engine/operators/safe-pattern.js';
import { OperatorValueError } from '../../src/engine/operators/operator-definition.js';
import { containsAnyTerm } from '../../src/engine/operators/contains-any-term.js';
import { countAtLeast } from '../../src/engine/operators/count-at-least.js';
import { countAtMost } from '../../src/engine/operators/count-at-most.js';
import { wordCountBetween } from '../../src/engine/operators/word-count-between.js';
import { matchesPattern } from '../../src/engine/operators/matches-pattern.js';
import { someSentenceMatches } from '../../src/engine/operators/some-sentence-matches.js';
import type { LoadedRule } from '../../src/engine/rule.js';
import { InputError } from '../../src/model/input-error.js';
import { Linter } from '../../src/lint.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const context = { lexicons: { 'management-titles': ['Chief Information Security Officer', 'CISO'] } };

const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain a cybersecurity program aligned with the NIST Cybersecurity Framework. We have never experienced a cybersecurity incident.

## Governance

Our Chief Information Security Officer reports to the Audit Committee quarterly. To date, we have never experienced a material cybersecurity incident.
`;

function rule(overrides: Partial<LoadedRule>): LoadedRule {
  return { id: 'acme/test', title: 'Test', severity: 'error', expect: { all: [] }, message: 'Failed.', family: 'acme', file: '/virtual/rule.json', ...overrides };
}

describe('pattern values', () => {
  it('compiles a string or { pattern, flags } once', () => {
    const first = compileSafePattern({ pattern: 'audit\\s+committee', flags: 'i' });
    expect(first.test('The AUDIT Committee')).toBe(true);
    expect(compileSafePattern({ pattern: 'audit\\s+committee', flags: 'i' })).toBe(first);
    expect(compileSafePattern('CISO').flags).toBe('');
  });

  it.each([
    ['(a+)+$', 'exponential'],
    ['^(\\w+\\s?)*$', 'exponential'],
    ['(?:[a-z]+\\s)+officer', ''],
    ['.*a.*a.*a', 'polynomial'],
  ])('rejects %s, which can backtrack catastrophically', (pattern, kind) => {
    expect(() => compileSafePattern(pattern)).toThrow(OperatorValueError);
    expect(() => compileSafePattern(pattern)).toThrow(new RegExp(`backtrack catastrophically.*${kind}`));
  });

  it('rejects invalid syntax with what to change', () => {
    expect(() => compileSafePattern({ pattern: 'officer(' })).toThrow(/Invalid regular expression: .*Unterminated group/);
  });

  it('searches at most MAX_MATCH_INPUT characters', () => {
    const regexp = compileSafePattern('needle');
    expect(testPattern(regexp, `${'x'.repeat(MAX_MATCH_INPUT)}needle`)).toBe(false);
    expect(testPattern(regexp, `${'x'.repeat(MAX_MATCH_INPUT - 6)}needle`)).toBe(true);
  });
});

describe('evaluation', () => {
  it('matchesPattern reads a string fact', () => {
    const regexp = matchesPattern.compile({ pattern: 'nist', flags: 'i' });
    expect(matchesPattern.evaluate('aligned with NIST CSF', regexp, context)).toBe(true);
    expect(matchesPattern.evaluate(['NIST'], regexp, context)).toBe(false);
    expect(matchesPattern.describeActual?.('aligned with NIST CSF', regexp, context)).toBe('NIST');
  });

  it('someSentenceMatches finds a sentence and quotes only the matches', () => {
    const regexp = someSentenceMatches.compile('Committee');
    expect(someSentenceMatches.evaluate(['One.', 'The Audit Committee meets.'], regexp, context)).toBe(true);
    expect(someSentenceMatches.evaluate(['One.'], regexp, context)).toBe(false);
    expect(someSentenceMatches.describeActual?.(['One.', 'The Audit Committee meets.'], regexp, context)).toEqual(['The Audit Committee meets.']);
  });

  it('containsAnyTerm reads a lexicon (with configured additions) or a list', () => {
    const lexicon = { lexicon: 'management-titles' };
    expect(containsAnyTerm.evaluate('Our CISO leads it.', lexicon, context)).toBe(true);
    expect(containsAnyTerm.evaluate(['Our Chief Trust Officer leads it.'], lexicon, context)).toBe(false);
    expect(containsAnyTerm.evaluate(['Our Chief Trust Officer leads it.'], lexicon, { lexicons: { 'management-titles': ['Chief Trust Officer'] } })).toBe(true);
    const list = containsAnyTerm.compile(['Mandiant', 'CrowdStrike']);
    expect(containsAnyTerm.evaluate(['We retain Mandiant.'], list, context)).toBe(true);
    expect(containsAnyTerm.evaluate(['We retain Mandiantx.'], list, context)).toBe(false);
  });

  it('containsAnyTerm refuses a lexicon that does not exist', () => {
    expect(() => containsAnyTerm.compile('managment-titles')).toThrow(/Unknown lexicon "managment-titles"/);
  });

  it('countAtLeast and countAtMost count lists and numbers', () => {
    expect(countAtLeast.evaluate(['a', 'b'], 2, context)).toBe(true);
    expect(countAtLeast.evaluate(1, 2, context)).toBe(false);
    expect(countAtMost.evaluate(0, 0, context)).toBe(true);
    expect(countAtMost.evaluate(['a'], 0, context)).toBe(false);
  });

  it('wordCountBetween bounds the words of a string or list', () => {
    const bounds = wordCountBetween.compile({ min: 3, max: 5 });
    expect(wordCountBetween.evaluate('one two three', bounds, context)).toBe(true);
    expect(wordCountBetween.evaluate(['one two', 'three four five six'], bounds, context)).toBe(false);
    expect(() => wordCountBetween.compile({ min: 5, max: 3 })).toThrow(/larger than "max"/);
  });
});

describe('evidence', () => {
  const requiredPattern = { fact: 'sentences', operator: 'someSentenceMatches', value: { pattern: 'audit\\s+committee', flags: 'i' } };
  const bannedPattern = { fact: 'sentences', operator: 'someSentenceMatches', value: { pattern: 'never\\s+experienced\\s+(?:a|any)\\s+(?:material\\s+)?cybersecurity\\s+incident', flags: 'i' } };

  it('a pass quotes the matching sentences, not every sentence', async () => {
    const [result] = (await new Linter({ rules: [rule({ expect: { all: [requiredPattern] } })] }).lintText('d.md', DRAFT)).results;
    expect(result?.status).toBe('pass');
    expect(result?.evidence.map((item) => item.text)).toEqual(['Our Chief Information Security Officer reports to the Audit Committee quarterly.']);
    expect(result?.location.start.line).toBe(9);
  });

  it('a banned phrase under `not` fails once per offending sentence, explained by the matches', async () => {
    const banned = rule({ expect: { not: bannedPattern }, locate: 'each:sentences' });
    const results = (await new Linter({ rules: [banned] }).lintText('d.md', DRAFT)).results;
    expect(results.map((result) => [result.status, result.location.start.line, result.location.start.column])).toEqual([['fail', 5, 84], ['fail', 9, 82]]);
    expect(results[0]?.evidence[0]?.text).toBe('We have never experienced a cybersecurity incident.');
    expect(results[0]?.explanation).toEqual([{
      fact: 'sentences', operator: 'not someSentenceMatches', expected: bannedPattern.value, result: false,
      actual: ['We have never experienced a cybersecurity incident.', 'To date, we have never experienced a material cybersecurity incident.'],
    }]);
  });

  it('the banned phrase passes when no sentence has it', async () => {
    const banned = rule({ expect: { not: bannedPattern }, locate: 'each:sentences' });
    const results = (await new Linter({ rules: [banned] }).lintText('d.md', DRAFT.replace(/never experienced/g, 'not experienced'))).results;
    expect(results.map((result) => result.status)).toEqual(['pass']);
  });
});

describe('loading rules that use operators', () => {
  const dir = makeTempDir('disclosure-lint-operators-');
  const load = (name: string, condition: string): InputError => {
    mkdirSync(join(dir, name), { recursive: true });
    const file = join(dir, name, 'rule.json');
    writeFileSync(file, `{\n  "id": "acme/x",\n  "title": "X",\n  "severity": "error",\n  "expect": { "all": [\n    ${condition}\n  ] },\n  "message": "m"\n}\n`);
    try {
      loadRuleFile(file, { requireNamespace: true });
    } catch (error) {
      return error as InputError;
    }
    throw new Error('expected an error');
  };

  it('rejects a catastrophic pattern at its place in the file', () => {
    const error = load('redos', '{ "fact": "sentences", "operator": "someSentenceMatches", "value": { "pattern": "(\\\\w+\\\\s?)*$", "flags": "i" } }');
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/rule\.json:6:85: The pattern can backtrack catastrophically .* \(at \/expect\/all\/0\/value\/pattern\)\. Remove nested/);
  });

  it('rejects a value of the wrong type for the operator', () => {
    expect(load('type', '{ "fact": "sentences", "operator": "countAtLeast", "value": "three" }').message).toMatch(/:6:65: Expected an integer, found the string "three" \(at \/expect\/all\/0\/value\)/);
    expect(load('flags', '{ "fact": "text", "operator": "matchesPattern", "value": { "pattern": "x", "flags": "g" } }').message).toMatch(/\(at \/expect\/all\/0\/value\/flags\)\. Any of i, m, s, u/);
  });

  it('rejects an operator on a fact it cannot read', () => {
    expect(load('kind', '{ "fact": "document.applicable", "operator": "someSentenceMatches", "value": "x" }').message).toContain('Operator "someSentenceMatches" cannot read fact "document.applicable", which is boolean');
  });

  it('rejects a literal the fact never takes, with the allowed values', () => {
    expect(load('literal', '{ "fact": "document.applicable", "operator": "equal", "value": "true" }').message).toContain('Fact "document.applicable" is boolean, so it never equals "true"');
    expect(load('enum', '{ "fact": "document.itemHeading", "operator": "equal", "value": "1c" }').message).toContain('"1c" is not a value of fact "document.itemHeading" (at /expect/all/0/value). Use one of "1C", "16K", "none".');
  });

  it('rejects a reference to another fact', () => {
    expect(load('reference', '{ "fact": "text", "operator": "equal", "value": { "fact": "sentences" } }').message).toContain('A condition value may not refer to another fact');
  });
});

describe('someSentenceMatches with a list of patterns', () => {
  it('needs every pattern in the same sentence', () => {
    const patterns = someSentenceMatches.compile(['\\baudit\\s+committee\\b', { pattern: '\\bovers(?:ee|ees|eeing|ight)\\b', flags: 'i' }]);
    expect(someSentenceMatches.evaluate(['The Board oversees risk.', 'The audit committee meets.'], patterns, context)).toBe(false);
    expect(someSentenceMatches.evaluate(['Oversight rests with the audit committee.'], patterns, context)).toBe(true);
  });

  it('locates a bad pattern inside the list', () => {
    expect(() => someSentenceMatches.compile(['ok', '(a+)+$'])).toThrow(expect.objectContaining({ pointer: '/1' }));
  });
});
