// Configuration may add terms only to lexicons that exist, so a misspelt name cannot silently add to nothing.
import { builtinLexiconNames } from '../facts/text/lexicons.js';
import { InputError } from '../model/input-error.js';
import { toJsonPointer, type JsonSource } from '../parse/json-source.js';

export function checkLexiconNames(lexicons: Record<string, string[]> | undefined, source: JsonSource): void {
  for (const name of Object.keys(lexicons ?? {})) {
    if (builtinLexiconNames().includes(name)) continue;
    const pointer = toJsonPointer(['lexicons', name]);
    const known = builtinLexiconNames();
    throw new InputError(source.file, `Unknown lexicon "${name}"`, known.length > 0 ? `Add terms to one of the built-in lexicons (rules/lexicons/): ${known.join(', ')}. For a vocabulary of your own, list the terms in the rule's containsAnyTerm value.` : 'There are no built-in lexicons to add to; list the terms in the rule\'s containsAnyTerm value.', source.locateKey(pointer)?.start, pointer);
  }
}
