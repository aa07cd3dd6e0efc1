// Which cyd text blocks hold content that is not about what their element means (the (c)(2) block holding a governance chart, say).
import type { Disclosure, Span, TextBlockName } from '../../model/disclosure.js';
import { TEXT_BLOCK_NAMES } from '../../model/disclosure.js';
import { CYD_TEXT_BLOCKS, cydElementByLabel } from '../../model/cyd-elements.js';
import { defineFact } from '../fact.js';
import { TEXT_BLOCK_TOPICS } from './text-block-topics.js';

export const textBlocksMismatched = defineFact<string[]>({
  id: 'textBlocks.mismatched',
  description: 'The cyd text blocks (by viewer label) whose content does not appear to be about what their element means, each judged by the Item 106 facts read on that block alone: the expertise block describes expertise, the committee block names a committee, the materiality block states whether risks have materially affected or are reasonably likely to, and so on. Evidence: each such block, from its label.',
  type: 'string[]',
  example: ['Cybersecurity Risk Management Expertise of Management Responsible [Text Block]'],
  compute(context) {
    const mismatched: string[] = [];
    const evidence: Span[] = [];
    for (const name of TEXT_BLOCK_NAMES) {
      const block = blockAlone(context.model, name);
      if (!block || TEXT_BLOCK_TOPICS[name].matches(context.within(block))) continue;
      mismatched.push(CYD_TEXT_BLOCKS[name].label);
      evidence.push(blockSpan(context.model, name));
    }
    return { value: mismatched, evidence };
  },
});

/** The model cut down to one block's paragraphs, so facts read nothing else; undefined when the block has no prose. */
function blockAlone(model: Disclosure, name: TextBlockName): Disclosure | undefined {
  const block = model.textBlocks[name];
  const paragraphs = model.paragraphs.filter((paragraph) => paragraph.textBlock === name);
  if (!block || paragraphs.length === 0) return undefined;
  return { ...model, flags: {}, textBlocks: { [name]: block }, paragraphs };
}

// From the element's label (the render row, the JSON key) to the end of its content, so the quote names the element.
function blockSpan(model: Disclosure, name: TextBlockName): Span {
  const block = model.textBlocks[name] as { span: Span };
  const label = model.sections.find((section) => {
    const element = cydElementByLabel(section.title);
    return element?.kind === 'textBlock' && element.name === name;
  });
  return label && label.span.start.offset <= block.span.start.offset ? { start: label.span.start, end: block.span.end } : block.span;
}
