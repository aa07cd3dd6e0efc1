// Computes every registered fact for one document, each once, in dependency order via a memoising context.
import type { Disclosure } from '../model/disclosure.js';
import type { Fact, FactContext, FactResult, FactValue } from './fact.js';
import type { Lexicons } from './text/lexicons.js';
import { FACTS_BY_ID } from './registry.js';
import { startDocumentMemos } from './text/document-memo.js';
import { readDocumentLetters } from './text/document-letters.js';
import { indexLexiconsTogether } from './text/shared-lexicon-index.js';

export type FactResults = Record<string, FactResult>;

export function computeFacts(model: Disclosure, lexicons: Lexicons, facts: readonly Fact[] = [...FACTS_BY_ID.values()]): FactResults {
  const results: FactResults = {};
  startDocumentMemos();
  indexLexiconsTogether(lexicons);
  const restoreLetters = readDocumentLetters(model);
  try {
    const context = factContext(model, lexicons, results);
    for (const fact of facts) context.get(fact.id);
  } finally {
    restoreLetters();
  }
  return results;
}

// Each context memoises into its own results, so facts read on a part of the model never mix with the whole's.
function factContext(model: Disclosure, lexicons: Lexicons, results: FactResults): FactContext {
  const inProgress = new Set<string>();
  const context: FactContext = {
    model,
    lexicons,
    get<T extends FactValue>(id: string): FactResult<T> {
      const done = results[id];
      if (done) return done as FactResult<T>;
      const fact = FACTS_BY_ID.get(id);
      if (!fact) throw new Error(`Unknown fact "${id}" requested by another fact`);
      if (inProgress.has(id)) throw new Error(`Fact "${id}" depends on itself`);
      inProgress.add(id);
      const result = fact.compute(context);
      inProgress.delete(id);
      results[id] = result;
      return result as FactResult<T>;
    },
    within(part: Disclosure): FactContext {
      return factContext(part, lexicons, {});
    },
  };
  return context;
}
