// Whether the input is tagged cyd text blocks (JSON textBlocks, XBRL render) rather than a headed narrative.
import { defineFact } from '../fact.js';

export const documentHasTextBlocks = defineFact<boolean>({
  id: 'document.hasTextBlocks',
  description: 'Whether the input names cyd text blocks (JSON `textBlocks` or an XBRL viewer render) instead of a headed narrative.',
  type: 'boolean',
  example: false,
  compute({ model }) {
    const blocks = Object.values(model.textBlocks);
    return { value: blocks.length > 0, evidence: blocks.slice(0, 1).map((block) => block.span) };
  },
});
