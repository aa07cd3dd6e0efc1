// Drafting placeholders left in the text ([TBD], [●], XX, TODO, [Company], [insert ...]), each with its own location.
import type { Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { allSentences } from '../text/prose.js';
import { spanOfMatch } from '../text/span-of-match.js';

const PLACEHOLDER = new RegExp(
  [
    String.raw`\[\s*(?:●|•|\*|_+|\.{3}|…|x+|tbd|tbc|tba|todo|ntd|n/?a|\?+|date|name|company|registrant|title|number|amount|percentage|year|committee|officer|position|role|vendor|provider|firm|framework|insert[^\]]{0,200}|describe[^\]]{0,200}|add[^\]]{0,200}|confirm[^\]]{0,200}|update[^\]]{0,200}|note to draft[^\]]{0,200}|name of[^\]]{0,80}|[^\]]{0,40}\bto come|[^\]]{0,120}\bto be (?:provided|added|confirmed|drafted|updated|inserted|completed|determined|finali[sz]ed|agreed)\b[^\]]{0,120})\s*\]`,
    String.raw`\{\{[^}]{0,80}\}\}`,
    String.raw`<<[^>]{0,80}>>`,
    String.raw`\b(?:TBD|TBC|TODO|FIXME|NTD)\b`,
    String.raw`\b(?:20|19)XX\b`,
    String.raw`(?<![\p{L}\p{N}])\$?X{2,}(?:,X{3})*(?![\p{L}\p{N}])`,
    String.raw`_{4,}`,
    String.raw`\bnote to draft\b`,
  ].join('|'),
  'giu',
);

const PLACEHOLDER_ANYWHERE = new RegExp(PLACEHOLDER.source, 'iu');
// Almost no sentence holds a placeholder: a cheap test for the characters one needs spares the full pattern.
const MAY_HOLD_PLACEHOLDER = /[[{<_]|XX|TB[DCA]|TODO|FIXME|NTD|note to draft/i;

export const textPlaceholders = defineFact<number>({
  id: 'text.placeholders',
  description: 'How many drafting placeholders the prose still holds: `[TBD]`, `[●]`, `XX`, `20XX`, `TODO`, `[Company]`, `[insert ...]`, `[... to be provided ...]`, `{{...}}`, `____`. Evidence: one span per placeholder.',
  type: 'number',
  example: 0,
  compute({ model }) {
    const evidence: Span[] = [];
    for (const sentence of allSentences(model)) {
      if (!MAY_HOLD_PLACEHOLDER.test(sentence.text)) continue;
      for (const match of sentence.text.matchAll(PLACEHOLDER)) {
        evidence.push(spanOfMatch(model, sentence, match[0], match.index ?? 0));
      }
    }
    for (const section of model.sections) {
      const source = model.source.text.slice(section.span.start.offset, section.span.end.offset);
      if (PLACEHOLDER_ANYWHERE.test(section.title) && source === section.title) evidence.push(section.span);
    }
    return { value: evidence.length, evidence };
  },
});
