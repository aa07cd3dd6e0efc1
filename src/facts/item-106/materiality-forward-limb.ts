// How the draft answers the forward limb of Item 106(b)(2): are cyber risks reasonably likely to materially affect the company?
import { defineFact } from '../fact.js';
import { materialitySentences } from '../text/materiality-sentences.js';

export type ForwardLimb = 'reasonably-likely' | 'not-reasonably-likely' | 'hedged-only' | 'none';

export const materialityForwardLimb = defineFact<ForwardLimb>({
  id: 'materiality.forwardLimb',
  description: 'The draft\'s answer to whether risks from cybersecurity threats are reasonably likely to materially affect the company: `not-reasonably-likely` ("are not reasonably likely to", "we do not expect ... to materially affect"), `reasonably-likely`, `hedged-only` (only "may / could materially affect" or "there can be no assurance ..."), or `none`.',
  type: "'reasonably-likely' | 'not-reasonably-likely' | 'hedged-only' | 'none'",
  example: 'not-reasonably-likely',
  compute({ model, lexicons }) {
    const sentences = materialitySentences(model, lexicons);
    const withStance = (stance: string) => sentences.filter((entry) => entry.statements.some((s) => s.limb === 'forward' && s.stance === stance));
    const denied = withStance('denied');
    if (denied.length > 0) return { value: 'not-reasonably-likely', evidence: denied.map((entry) => entry.item.sentence.span) };
    const affirmed = withStance('affirmed');
    if (affirmed.length > 0) return { value: 'reasonably-likely', evidence: affirmed.map((entry) => entry.item.sentence.span) };
    const hedged = withStance('hedged');
    if (hedged.length > 0) return { value: 'hedged-only', evidence: hedged.map((entry) => entry.item.sentence.span) };
    return { value: 'none', evidence: [] };
  },
});
