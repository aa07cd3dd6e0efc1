// Whether, having said cyber risks materially affected the company, the draft describes how (the "if so, how" of Item 106(b)(2)).
import { defineFact } from '../fact.js';
import { followingInParagraph } from '../text/item-sentences.js';
import { lexiconOf } from '../text/lexicon-of.js';
import { materialitySentences } from '../text/materiality-sentences.js';
import { containsTerm } from '../text/lexicon-matches.js';

// The description of the effect sits in the affirming sentence or the next few sentences of its paragraph.
const FOLLOWING = 3;

export const materialityHowDescribed = defineFact<boolean>({
  id: 'materiality.howDescribed',
  description: 'Whether the draft, where it says cybersecurity risks or incidents have materially affected the company, describes how (costs, lost revenue, outages, remediation, effects on strategy, results or financial condition). False when no effect is affirmed.',
  type: 'boolean',
  example: true,
  compute({ model, lexicons }) {
    const terms = lexiconOf(lexicons, 'material-effect-descriptions');
    for (const entry of materialitySentences(model, lexicons)) {
      if (!entry.statements.some((s) => s.limb === 'past' && s.stance === 'affirmed')) continue;
      const described = [entry.item, ...followingInParagraph(model, entry.item, FOLLOWING)].filter((item) => containsTerm(item.text, terms));
      if (described.length > 0) return { value: true, evidence: described.map((item) => item.sentence.span) };
    }
    return { value: false, evidence: [] };
  },
});
