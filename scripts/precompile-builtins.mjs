// Writes dist/builtins.json: the built-in rules (validated) and lexicons in one file, read at start-up instead of
// dozens of files and the rule schema. Runs after tsc in `npm run build` (and so in `npm ci`, via prepare).
import { loadBuiltinRuleFiles } from '../dist/engine/load-rules.js';
import { readLexicons } from '../dist/facts/text/lexicons.js';
import { writeSnapshot } from '../dist/engine/builtin-snapshot.js';
import { builtinRulesDir } from '../dist/engine/paths.js';
import { join } from 'node:path';

const rules = loadBuiltinRuleFiles();
writeSnapshot(rules, readLexicons(join(builtinRulesDir(), 'lexicons')));
console.log(`dist/builtins.json: ${rules.length} rules`);
