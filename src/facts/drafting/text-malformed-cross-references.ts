// Cross-references that cannot resolve: "Item IA", "page XX", an item that does not exist, Risk Factors under the wrong item.
import type { Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { allSentences } from '../text/prose.js';
import { spanOfMatch } from '../text/span-of-match.js';

// Items of Form 10-K (Parts I-IV) and Form 20-F (Items 1-19, with lettered sub-items such as 16K, 3.D).
const TEN_K_ITEMS = new Set(['1', '1A', '1B', '1C', '2', '3', '4', '5', '6', '7', '7A', '8', '9', '9A', '9B', '9C', '10', '11', '12', '13', '14', '15', '16']);
const TWENTY_F_ITEMS = /^(?:1[0-9]|[1-9])(?:\.?[A-H])?$|^16[A-K]$/;

const ITEM_REFERENCE = /\bItems?\s+((?:[0-9]{1,2}[A-Za-z]?(?:\.[A-Z])?)|[IVXl]{1,4}[A-C]?)\b/g;
const PAGE_PLACEHOLDER = /\bpages?\s+(?:XX+|\[[^\]]{0,20}\]|_+|#|\?+)/gi;
// The item nearest before \"Risk Factors\": the run may not cross another \"Item\".
const RISK_FACTORS_ITEM = /\bItem\s+([0-9]{1,2}[A-Za-z]?)(?:(?!\bItems?\b)[^;]){0,120}?\bRisk\s+Factors\b/gi;

export const textMalformedCrossReferences = defineFact<number>({
  id: 'text.malformedCrossReferences',
  description: 'How many cross-references cannot resolve: a Roman or misspelt item number ("Item IA"), an item the form does not have, a page placeholder ("page XX"), or "Risk Factors" cited under another item than 1A (10-K) or 3.D (20-F). Evidence: one span each.',
  type: 'number',
  example: 0,
  compute({ model }) {
    const twentyF = (model.meta.form ?? '10-K').startsWith('20-F');
    const found: string[] = [];
    const evidence: Span[] = [];
    for (const sentence of allSentences(model)) {
      const add = (text: string, index: number): void => {
        found.push(text);
        evidence.push(spanOfMatch(model, sentence, text, index));
      };
      for (const match of sentence.text.matchAll(ITEM_REFERENCE)) {
        if (!itemExists(match[1] ?? '', twentyF)) add(match[0], match.index ?? 0);
      }
      for (const match of sentence.text.matchAll(PAGE_PLACEHOLDER)) add(match[0], match.index ?? 0);
      for (const match of sentence.text.matchAll(RISK_FACTORS_ITEM)) {
        const item = (match[1] ?? '').toUpperCase();
        if (itemExists(item, twentyF) && item !== (twentyF ? '3' : '1A')) add(match[0], match.index ?? 0);
      }
    }
    return { value: found.length, evidence };
  },
});

function itemExists(item: string, twentyF: boolean): boolean {
  const normalized = item.toUpperCase();
  return twentyF ? TWENTY_F_ITEMS.test(normalized) : TEN_K_ITEMS.has(normalized);
}
