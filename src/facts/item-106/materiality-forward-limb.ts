// How the draft answers the forward limb of Item 106(b)(2): are cyber risks reasonably likely to materially affect the company?
import { defineFact } from '../fact.js';
import { limbAnswer, materialitySentences } from '../text/materiality-sentences.js';

export type ForwardLimb = 'reasonably-likely' | 'not-reasonably-likely' | 'hedged-only' | 'none';

export const materialityForwardLimb = defineFact<ForwardLimb>({
  id: 'materiality.forwardLimb',
  description: 'The draft\'s answer to whether risks from cybersecurity threats are reasonably likely to materially affect the company: `not-reasonably-likely` ("are not reasonably likely to", "we do not expect ... to materially affect"), `reasonably-likely`, `hedged-only` (only "may / could materially affect" or "there can be no assurance ..."), or `none`.',
  type: "'reasonably-likely' | 'not-reasonably-likely' | 'hedged-only' | 'none'",
  example: 'not-reasonably-likely',
  compute({ model, lexicons }) {
    return limbAnswer(materialitySentences(model, lexicons), 'forward', [['denied', 'not-reasonably-likely'], ['affirmed', 'reasonably-likely'], ['hedged', 'hedged-only']]);
  },
});
