// The synchronous evaluator against json-rules-engine itself: every rule over realistic drafts, outcome for outcome.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/compute-facts.js';
import { extendLexicons, loadBuiltinLexicons } from '../../src/facts/text/lexicons.js';
import { createJsonRulesEngine, engineRuleName } from '../../src/engine/json-rules-engine.js';
import { findRuleFiles, loadBuiltinRules, loadRuleFile } from '../../src/engine/load-rules.js';
import { RuleEngine } from '../../src/engine/rule-engine.js';
import type { LoadedRule } from '../../src/engine/rule.js';
import { parseSource } from '../../src/parse/parse-source.js';

const DRAFT_FOLDERS = ['rules', 'examples', 'test/fixtures'];
const CUSTOM_RULES = 'examples/custom-rules/rules';

// Conditions no shipped rule has yet, in the shapes json-rules-engine treats specially (lists of one, empty lists, nested not).
const SHAPES: LoadedRule[] = [
  { all: [] },
  { any: [] },
  { any: [{ fact: 'text.placeholders', operator: 'greaterThan', value: 0 }] },
  { not: { fact: 'document.form', operator: 'in', value: ['20-F', '20-F/A'] } },
  { not: { any: [{ fact: 'board.committees', operator: 'contains', value: 'Audit Committee' }, { fact: 'text.placeholders', operator: 'equal', value: 0 }] } },
  { any: [{ all: [{ fact: 'document.applicable', operator: 'equal', value: true }] }, { not: { all: [] } }, { fact: 'sentences', operator: 'countAtMost', value: 3 }] },
  { all: [{ fact: 'sentences', operator: 'someSentenceMatches', value: 'audit committee' }, { not: { fact: 'text.placeholders', operator: 'lessThan', value: 1 } }] },
].map((expect, i) => ({ id: `test/shape-${i}`, title: 'Shape', severity: 'error', expect, ...(i % 2 ? { when: { all: [{ fact: 'document.applicable', operator: 'equal', value: true }] } } : {}), message: 'm', family: 'test', file: '/virtual/rule.json' }) as LoadedRule);

function drafts(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|txt|json)$/.test(entry.name) && entry.name !== 'README.md' && !entry.name.endsWith('.config.json') && entry.name !== 'rule.json')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** What Engine.run reports for the same rules, read the way disclosure-lint read it before evaluating synchronously. */
async function engineOutcomes(rules: readonly LoadedRule[], engine: ReturnType<typeof createJsonRulesEngine>, values: Record<string, unknown>): Promise<unknown[]> {
  const result = await engine.run(values);
  const byName = new Map<string, { passed: boolean; conditions: unknown }>();
  for (const ruleResult of result.results) byName.set(ruleResult.name as string, { passed: true, conditions: ruleResult.conditions });
  for (const ruleResult of result.failureResults) byName.set(ruleResult.name as string, { passed: false, conditions: ruleResult.conditions });
  return rules.map((rule) => {
    const when = byName.get(engineRuleName(rule, 'when'));
    const expect = byName.get(engineRuleName(rule, 'expect'));
    return { rule, applies: when?.passed ?? true, passed: expect?.passed ?? false, whenConditions: when?.conditions, expectConditions: expect?.conditions };
  });
}

describe('synchronous evaluation', () => {
  const lexicons = extendLexicons(loadBuiltinLexicons(), { 'domain-words': ['SecureGuardian'] });
  const rules = [...loadBuiltinRules(), ...findRuleFiles(CUSTOM_RULES).map((file) => loadRuleFile(file, { requireNamespace: true })), ...SHAPES];
  const files = DRAFT_FOLDERS.flatMap(drafts);

  it('reads enough drafts and rules to mean something', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(rules.length).toBeGreaterThan(30);
  });

  it('gives the outcomes and evaluated conditions json-rules-engine gives, for every rule and draft', async () => {
    const ruleEngine = new RuleEngine(rules, { lexicons });
    const engine = createJsonRulesEngine(rules, { lexicons });
    let compared = 0;
    for (const file of files) {
      let values: Record<string, unknown>;
      try {
        const facts = computeFacts(parseSource(file, readFileSync(file, 'utf8')), lexicons);
        values = Object.fromEntries(Object.entries(facts).map(([id, fact]) => [id, fact.value]));
      } catch {
        continue; // drafts that are meant not to parse
      }
      expect(ruleEngine.evaluate(values), file).toEqual(await engineOutcomes(rules, engine, values));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('fails as json-rules-engine fails on a fact the run lacks', async () => {
    const [rule] = rules;
    const engine = createJsonRulesEngine([rule as LoadedRule], { lexicons });
    const message = await engine.run({}).then(() => 'no error', (error: Error) => error.message);
    expect(() => new RuleEngine([rule as LoadedRule], { lexicons }).evaluate({})).toThrow(message);
  });
});
