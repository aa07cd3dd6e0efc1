// Test helper: computes the facts of a short draft (plain text, or Markdown when named so) and reads back each fact's evidence as sentences.
import { computeFacts, type FactResults } from '../../../src/facts/compute-facts.js';
import { loadBuiltinLexicons } from '../../../src/facts/text/lexicons.js';
import { parseSource } from '../../../src/parse/parse-source.js';

const lexicons = loadBuiltinLexicons();

export interface ReadFacts {
  value<T>(id: string): T;
  /** The source text of each evidence span of the fact. */
  evidence(id: string): string[];
}

export function readFacts(text: string, path = 'draft.txt'): ReadFacts {
  const model = parseSource(path, text);
  const facts: FactResults = computeFacts(model, lexicons);
  const result = (id: string) => {
    const found = facts[id];
    if (!found) throw new Error(`no fact ${id}`);
    return found;
  };
  return {
    value: <T>(id: string) => result(id).value as T,
    evidence: (id: string) => result(id).evidence.map((span) => text.slice(span.start.offset, span.end.offset)),
  };
}

/** A short draft: the item heading, then the given paragraphs. */
export function draft(...paragraphs: string[]): string {
  return ['Item 1C. Cybersecurity', '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n');
}
