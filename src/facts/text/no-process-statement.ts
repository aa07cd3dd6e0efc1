// A sentence that says the company has no cybersecurity processes, the "if any" of Item 106(b)(1) answered in the negative.
import { testFolded } from './case-folded-pattern.js';
import { containsTerm, lexiconMatches } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import type { Lexicons } from './lexicons.js';

// "We do not have any formal cybersecurity processes": the negated phrase must govern a process noun directly.
const PROCESS_OBJECT = /^\s+(?:(?:any|a|an|formal|established|documented|written|specific|dedicated|separate|cybersecurity|cyber|information|security|risk|management)\s+){0,4}(?:process(?:es)?|programs?|policies|procedures)(?![\p{L}])/iu;

export function statesNoProcesses(text: string, lexicons: Lexicons): boolean {
  if (!containsTerm(text, lexiconOf(lexicons, 'cyber-terms'))) return false;
  return lexiconMatches(text, lexiconOf(lexicons, 'no-process-statements')).some((match) => testFolded(PROCESS_OBJECT, text.slice(match.end)));
}
