// One lexicon phrase as the matcher sees it: its lower-cased words and the key word a text must contain for it to match.
import { isAlnumAt } from './alnum-at.js';

export interface Phrase {
  words: string[];
  /** The longest run of letters and digits: the phrase can only match where this is a word of the text. */
  key: string;
  /** The letters and digits that open the first word ('' when it opens with another character): a match starts where this word does. */
  lead: string;
  /** Whether the lead is the whole first word ("board", not "ph.d" or "third-party"). */
  leadIsFirstWord: boolean;
  /** Whether the key is the lead: found where its lead is a word of the text, such a phrase has its key there too. */
  keyIsLead: boolean;
  /**
   * For a phrase of several words whose lead is its first word, the letters and digits that open its second word: the
   * word of the text right after the lead must be exactly this for the phrase to match there. '' for other phrases.
   */
  secondLead: string;
}

const ALNUM_RUN = /[\p{L}\p{N}]+/gu;

/** Lower case with curly apostrophes straightened: texts and phrases are compared in this form. */
export function foldForMatching(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

export function phraseOf(term: string): Phrase {
  const words = foldForMatching(term.trim()).split(/\s+/).filter((word) => word !== '');
  const key = (term.match(ALNUM_RUN) ?? ['']).reduce((longest, run) => (run.length > longest.length ? run : longest), '').toLowerCase();
  const lead = leadOf(words[0] ?? '');
  const leadIsFirstWord = lead !== '' && lead === words[0];
  const secondLead = leadIsFirstWord ? leadOf(words[1] ?? '') : '';
  return { words, key, lead, leadIsFirstWord, keyIsLead: key !== '' && key === lead, secondLead };
}

function leadOf(word: string): string {
  let end = 0;
  while (isAlnumAt(word, end)) end++;
  return word.slice(0, end);
}
