// The sentences that carry Item 106(b)(2) statements, read once per model (quoted risk-factor titles in cross-references ignored).
import { perDocument } from './per-document.js';
import type { Disclosure, Span } from '../../model/disclosure.js';
import type { Lexicons } from './lexicons.js';
import { isCrossReference } from './is-cross-reference.js';
import { itemSentences, type ItemSentence } from './item-sentences.js';
import { lexiconOf } from './lexicon-of.js';
import { maskQuotations } from './mask-quotations.js';
import { materialityStatements, type MaterialityStatement } from './materiality-statements.js';

export interface MaterialitySentence {
  item: ItemSentence;
  statements: MaterialityStatement[];
  crossReference: boolean;
}

const POINTS_TO_HOW = /(?:information|discussion|description|details|disclosure)\s+(?:on|about|regarding|of|concerning)\s+how(?![\p{L}])/iu;

export const materialitySentences = perDocument(read);

function read(model: Disclosure, lexicons: Lexicons): MaterialitySentence[] {
  const targets = lexiconOf(lexicons, 'cross-reference-targets');
  const pointers = lexiconOf(lexicons, 'cross-reference-pointers');
  const out: MaterialitySentence[] = [];
  for (const item of itemSentences(model)) {
    const crossReference = isCrossReference(item.text, targets, pointers);
    // A quoted risk-factor title ("... could materially affect ...") is the title of another section, not this item's answer.
    const text = crossReference ? maskQuotations(item.text) : item.text;
    // "For information on how risks ... have materially affected or are reasonably likely to materially affect us, see Item 1A"
    // points to the answer in the standard's own words; it gives none.
    const statements = crossReference && POINTS_TO_HOW.test(text) ? [] : materialityStatements(text, lexicons);
    if (statements.length > 0 || crossReference) out.push({ item, statements, crossReference });
  }
  return out;
}

/**
 * A limb's answer: the value of the first stance (in the order given) that some sentence takes on that limb, with
 * those sentences as evidence; `none` when no sentence answers the limb.
 */
export function limbAnswer<V extends string>(sentences: MaterialitySentence[], limb: MaterialityStatement['limb'], order: ReadonlyArray<readonly [MaterialityStatement['stance'], V]>): { value: V | 'none'; evidence: Span[] } {
  for (const [stance, value] of order) {
    const taking = sentences.filter((entry) => entry.statements.some((statement) => statement.limb === limb && statement.stance === stance));
    if (taking.length > 0) return { value, evidence: taking.map((entry) => entry.item.sentence.span) };
  }
  return { value: 'none', evidence: [] };
}
