// Memoises a reading of a document under a set of lexicons, so facts that share it compute it once per document.
import type { Disclosure } from '../../model/disclosure.js';
import type { Lexicons } from './lexicons.js';

export function perDocument<T>(read: (model: Disclosure, lexicons: Lexicons) => T): (model: Disclosure, lexicons: Lexicons) => T {
  const cache = new WeakMap<Disclosure, WeakMap<Lexicons, { value: T }>>();
  return (model, lexicons) => {
    let byLexicons = cache.get(model);
    if (!byLexicons) cache.set(model, (byLexicons = new WeakMap()));
    let entry = byLexicons.get(lexicons);
    if (!entry) {
      entry = { value: read(model, lexicons) };
      byLexicons.set(lexicons, entry);
    }
    return entry.value;
  };
}
