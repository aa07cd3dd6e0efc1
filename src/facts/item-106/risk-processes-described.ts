// Whether the draft describes processes for assessing, identifying and managing material cyber risks (Item 106(b)(1)).
import type { Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { lexiconMatches } from '../text/lexicon-matches.js';
import { statesNoProcesses } from '../text/no-process-statement.js';
import { lexiconOf } from '../text/lexicon-of.js';

// "Policies, procedures and controls" is not a description: only concrete mechanisms count (the lexicon leaves the generic
// words out), and there must be three of them, or two stated in different sentences.
const MIN_MECHANISMS = 3;
const MIN_SPREAD_MECHANISMS = 2;
const MIN_SENTENCES = 2;

// A statement that there are no processes answers the "if any" of Item 106(b)(1) but describes nothing, and a reviewer reading
// for a description finds none: it does not count here (risk.noProcessesStated tells such a draft apart).
export const riskProcessesDescribed = defineFact<boolean>({
  id: 'risk.processesDescribed',
  description: 'Whether the draft describes concrete processes for assessing, identifying and managing material cybersecurity risks: at least three distinct concrete mechanisms such as risk assessments, penetration testing, monitoring, training or an incident response plan, or two in different sentences. "Policies, procedures and controls" alone do not count, nor does a statement that there are no such processes (see `risk.noProcessesStated`).',
  type: 'boolean',
  example: true,
  compute({ model, lexicons }) {
    const mechanisms = new Set<string>();
    const evidence: ItemSentence[] = [];
    const lists = [lexiconOf(lexicons, 'risk-process-mechanisms'), lexiconOf(lexicons, 'frameworks')];
    for (const item of itemSentences(model)) {
      if (statesNoProcesses(item.text, lexicons)) continue;
      const found = lists.flatMap((terms) => lexiconMatches(item.text, terms).map((match) => match.text.toLowerCase()));
      if (found.length === 0) continue;
      found.forEach((term) => mechanisms.add(term));
      evidence.push(item);
    }
    const value = mechanisms.size >= MIN_MECHANISMS || (mechanisms.size >= MIN_SPREAD_MECHANISMS && evidence.length >= MIN_SENTENCES);
    return { value, evidence: value ? preferRiskSection(evidence) : [] };
  },
});

function preferRiskSection(evidence: ItemSentence[]): Span[] {
  const inSection = evidence.filter((item) => item.kind === 'risk-management');
  return (inSection.length > 0 ? inSection : evidence).slice(0, 5).map((item) => item.sentence.span);
}
