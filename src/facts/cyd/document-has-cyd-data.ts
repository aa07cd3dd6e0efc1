// Whether the input carries any cyd XBRL data (a flag or a text block): then the flags are expected to be complete.
import { defineFact } from '../fact.js';

export const documentHasCydData = defineFact<boolean>({
  id: 'document.hasCydData',
  description: 'Whether the input carries any cyd XBRL data: a flag (front matter, JSON `flags`, XBRL render) or a named text block (JSON `textBlocks`, XBRL render).',
  type: 'boolean',
  example: true,
  compute({ model }) {
    const first = Object.values(model.flags)[0] ?? Object.values(model.textBlocks)[0];
    return { value: first !== undefined, evidence: first ? [first.span] : [] };
  },
});
