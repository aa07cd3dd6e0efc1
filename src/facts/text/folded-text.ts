// A text prepared for phrase search: folded once, and cut into its words (runs of letters and digits) with their offsets.
import { isAlnumAt } from './alnum-at.js';
import { foldForMatching } from './lexicon-phrase.js';

export interface FoldedText {
  folded: string;
  /** The distinct words, built when first needed (see distinctWords). */
  words?: Set<string>;
  /** Every word in order with the offset it starts at: the only places a phrase opening with a letter or digit can start. */
  runWords: string[];
  runStarts: number[];
  /**
   * Whether the runs list every such place: not when the text holds surrogate pairs, where a letter outside the BMP joins
   * a word (as the key filter reads it) but does not bound one (as the boundary check reads it).
   */
  runsAreExact: boolean;
}

const ALNUM_RUN = /[\p{L}\p{N}]+/gu;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The folded text, or undefined when lower-casing changes the length (rare Unicode cases), which would shift offsets. */
export function foldText(text: string): FoldedText | undefined {
  const folded = foldForMatching(text);
  if (folded.length !== text.length) return undefined;
  const runs: FoldedText = { folded, runWords: [], runStarts: [], runsAreExact: !SURROGATE.test(folded) };
  if (runs.runsAreExact) addRunsByCodeUnit(runs);
  else for (const match of folded.matchAll(ALNUM_RUN)) addRun(runs, match[0], match.index);
  return runs;
}

/** The distinct words of the text: a phrase whose key word is not among them cannot match. */
export function distinctWords(text: FoldedText): Set<string> {
  text.words ??= new Set(text.runWords);
  return text.words;
}

function addRun(text: FoldedText, word: string, start: number): void {
  text.runWords.push(word);
  text.runStarts.push(start);
}

// Without surrogates, runs of code units that are letters or digits are exactly the runs the Unicode pattern finds.
function addRunsByCodeUnit(text: FoldedText): void {
  const { folded } = text;
  let start = -1;
  for (let at = 0; at <= folded.length; at++) {
    const alnum = isAlnumAt(folded, at);
    if (alnum && start < 0) start = at;
    else if (!alnum && start >= 0) {
      addRun(text, folded.slice(start, at), start);
      start = -1;
    }
  }
}
