// The sentences that carry Item 106(b)(2) statements, read once per model (quoted risk-factor titles in cross-references ignored).
import type { Disclosure } from '../../model/disclosure.js';
import type { Lexicons } from './lexicons.js';
import { isCrossReference } from './is-cross-reference.js';
import { itemSentences, type ItemSentence } from './item-sentences.js';
import { lexiconOf } from './lexicon-of.js';
import { maskQuotations } from './mask-quotations.js';
import { materialityStatements, type MaterialityStatement } from './materiality-statements.js';

export interface MaterialitySentence {
  item: ItemSentence;
  statements: MaterialityStatement[];
  crossReference: boolean;
}

const cache = new WeakMap<Disclosure, WeakMap<Lexicons, MaterialitySentence[]>>();

export function materialitySentences(model: Disclosure, lexicons: Lexicons): MaterialitySentence[] {
  let byLexicons = cache.get(model);
  if (!byLexicons) cache.set(model, (byLexicons = new WeakMap()));
  let sentences = byLexicons.get(lexicons);
  if (!sentences) {
    sentences = read(model, lexicons);
    byLexicons.set(lexicons, sentences);
  }
  return sentences;
}

function read(model: Disclosure, lexicons: Lexicons): MaterialitySentence[] {
  const targets = lexiconOf(lexicons, 'cross-reference-targets');
  const pointers = lexiconOf(lexicons, 'cross-reference-pointers');
  const out: MaterialitySentence[] = [];
  for (const item of itemSentences(model)) {
    const crossReference = isCrossReference(item.text, targets, pointers);
    // A quoted risk-factor title ("... could materially affect ...") is the title of another section, not this item's answer.
    const text = crossReference ? maskQuotations(item.text) : item.text;
    const statements = materialityStatements(text, lexicons);
    if (statements.length > 0 || crossReference) out.push({ item, statements, crossReference });
  }
  return out;
}
