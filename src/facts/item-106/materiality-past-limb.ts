// How the draft answers the past limb of Item 106(b)(2): have cyber risks (incl. previous incidents) materially affected the company?
import { defineFact } from '../fact.js';
import { limbAnswer, materialitySentences } from '../text/materiality-sentences.js';

export type PastLimb = 'affected' | 'not-affected' | 'none';

export const materialityPastLimb = defineFact<PastLimb>({
  id: 'materiality.pastLimb',
  description: 'The draft\'s answer to whether risks from cybersecurity threats, including previous incidents, have materially affected the company: `affected`, `not-affected` (e.g. "have not materially affected", "we have not experienced any material cybersecurity incidents"), or `none` (no answer; a pointer to Risk Factors or a "whether and how ... see Item 1A" sentence is not an answer).',
  type: "'affected' | 'not-affected' | 'none'",
  example: 'not-affected',
  compute({ model, lexicons }) {
    return limbAnswer(materialitySentences(model, lexicons), 'past', [['affirmed', 'affected'], ['denied', 'not-affected']]);
  },
});
