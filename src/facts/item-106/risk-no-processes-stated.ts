// Whether the draft says it has no processes for assessing, identifying and managing cybersecurity risks (Item 106(b)(1)).
import { defineFact } from '../fact.js';
import { itemSentences } from '../text/item-sentences.js';
import { statesNoProcesses } from '../text/no-process-statement.js';

export const riskNoProcessesStated = defineFact<boolean>({
  id: 'risk.noProcessesStated',
  description: 'Whether the draft says plainly that it has no cybersecurity processes ("As a blank check company, we have not adopted any cybersecurity risk management program or formal processes"): the "if any" of Item 106(b)(1) answered in the negative.',
  type: 'boolean',
  example: false,
  compute({ model, lexicons }) {
    const evidence = itemSentences(model).filter((item) => statesNoProcesses(item.text, lexicons));
    return { value: evidence.length > 0, evidence: evidence.slice(0, 3).map((item) => item.sentence.span) };
  },
});
