// Whether the draft says the registrant is an asset-backed issuer omitting the item under General Instruction J.
import { defineFact } from '../fact.js';
import { allSentences } from '../text/prose.js';

const INSTRUCTION_J = /\bgeneral\s+instruction\s+J\b/i;
const ABS_OR_OMITTED = /\basset[\s-]+backed\b|\bomit(?:ted|s)?\b/i;

export const documentAssetBackedIssuer = defineFact<boolean>({
  id: 'document.assetBackedIssuer',
  description: 'Whether the draft states that Item 1C is omitted because the registrant is an asset-backed issuer (Form 10-K General Instruction J).',
  type: 'boolean',
  example: false,
  compute({ model }) {
    const hits = allSentences(model).filter((sentence) => INSTRUCTION_J.test(sentence.text) && ABS_OR_OMITTED.test(sentence.text));
    return { value: hits.length > 0, evidence: hits.map((sentence) => sentence.span) };
  },
});
