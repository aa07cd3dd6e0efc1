// Whether the draft describes processes for assessing, identifying and managing material cyber risks (Item 106(b)(1)), or says it has none.
import { testFolded } from '../text/case-folded-pattern.js';
import type { Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { containsTerm, lexiconMatches } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';

// "Policies, procedures and controls" is not a description: only concrete mechanisms count (the lexicon leaves the generic
// words out), and there must be three of them, or two stated in different sentences.
const MIN_MECHANISMS = 3;
const MIN_SPREAD_MECHANISMS = 2;
const MIN_SENTENCES = 2;
// "We do not have any formal cybersecurity processes": the negated phrase must govern a process noun directly.
const PROCESS_OBJECT = /^\s+(?:(?:any|a|an|formal|established|documented|written|specific|dedicated|separate|cybersecurity|cyber|information|security|risk|management)\s+){0,4}(?:process(?:es)?|programs?|policies|procedures)(?![\p{L}])/iu;

export const riskProcessesDescribed = defineFact<boolean>({
  id: 'risk.processesDescribed',
  description: 'Whether the draft describes concrete processes for assessing, identifying and managing material cybersecurity risks (at least three distinct concrete mechanisms such as risk assessments, penetration testing, monitoring, training or an incident response plan, or two in different sentences; "policies, procedures and controls" alone do not count), or states plainly that it has no such processes.',
  type: 'boolean',
  example: true,
  compute({ model, lexicons }) {
    const mechanisms = new Set<string>();
    const evidence: ItemSentence[] = [];
    const lists = [lexiconOf(lexicons, 'risk-process-mechanisms'), lexiconOf(lexicons, 'frameworks')];
    for (const item of itemSentences(model)) {
      if (statesNoProcesses(item.text, lexicons)) return { value: true, evidence: [item.sentence.span] };
      const found = lists.flatMap((terms) => lexiconMatches(item.text, terms).map((match) => match.text.toLowerCase()));
      if (found.length === 0) continue;
      found.forEach((term) => mechanisms.add(term));
      evidence.push(item);
    }
    const value = mechanisms.size >= MIN_MECHANISMS || (mechanisms.size >= MIN_SPREAD_MECHANISMS && evidence.length >= MIN_SENTENCES);
    return { value, evidence: value ? preferRiskSection(evidence) : [] };
  },
});

function statesNoProcesses(text: string, lexicons: Lexicons): boolean {
  if (!containsTerm(text, lexiconOf(lexicons, 'cyber-terms'))) return false;
  return lexiconMatches(text, lexiconOf(lexicons, 'no-process-statements')).some((match) => testFolded(PROCESS_OBJECT, text.slice(match.end)));
}

function preferRiskSection(evidence: ItemSentence[]): Span[] {
  const inSection = evidence.filter((item) => item.kind === 'risk-management');
  return (inSection.length > 0 ? inSection : evidence).slice(0, 5).map((item) => item.sentence.span);
}
