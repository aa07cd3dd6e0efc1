// Whether the Item 106 content rules apply: the item is present, not omitted, and not an asset-backed issuer's.
import { defineFact } from '../fact.js';

export const documentApplicable = defineFact<boolean>({
  id: 'document.applicable',
  description: 'Whether the Item 106 content rules apply: the item holds a disclosure (not "Not applicable", "Omitted" or a bare cross-reference) and the registrant is not an asset-backed issuer under General Instruction J.',
  type: 'boolean',
  example: true,
  compute(context) {
    const omitted = context.get<boolean>('document.omitted');
    const assetBacked = context.get<boolean>('document.assetBackedIssuer');
    return { value: !omitted.value && !assetBacked.value, evidence: [...omitted.evidence, ...assetBacked.evidence] };
  },
});
