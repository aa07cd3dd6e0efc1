// Short names a disclosure defines for its titles ("Chief Cybersecurity Officer (CCO)", "(“VP, CIS”)"), so later mentions count as titles.
import type { ItemSentence } from './item-sentences.js';
import type { Lexicons } from './lexicons.js';
import { managementTitles } from './management-titles.js';
import { forDocumentLetters } from './document-letters.js';

const DEFINITION = /^\s*\(\s*(?:the\s+|our\s+|a\s+)?[“"]?([\p{Lu}][\p{L}/&,.\s]{0,12}?)[”"]?\s*\)/u;

export function titleAliases(sentences: readonly ItemSentence[], lexicons: Lexicons): string[] {
  const aliases: string[] = [];
  for (const item of sentences) {
    for (const title of managementTitles(item.text, lexicons)) {
      const alias = forDocumentLetters(DEFINITION).exec(item.text.slice(title.end))?.[1]?.trim();
      if (alias && alias.length >= 2 && !aliases.includes(alias)) aliases.push(alias);
    }
  }
  return aliases;
}
