// Sentences that introduce a list (end with ":") but are followed by no list: the list was lost in drafting or pasting.
import type { Disclosure, Paragraph, Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { wordCount } from '../text/prose.js';

// A pasted list often loses its bullets: short lines ending in ";", "," or "and"/"or", or without a full stop, still read as items.
const LIST_ENTRY_WORDS = 30;
const INTRODUCTION = /:["”’)]?$/;

export const textDanglingListIntros = defineFact<number>({
  id: 'text.danglingListIntros',
  description: 'How many paragraphs end with a list introduction (a sentence ending in ":") that no list follows: the next block is a heading, a new paragraph of prose, another list introduction, another text block, or nothing. Evidence: the introducing sentences.',
  type: 'number',
  example: 0,
  compute({ model }) {
    const evidence: Span[] = [];
    model.paragraphs.forEach((paragraph, index) => {
      const last = paragraph.sentences[paragraph.sentences.length - 1];
      if (!last || !INTRODUCTION.test(last.text.trim())) return;
      if (!followedByList(model, paragraph, model.paragraphs[index + 1])) evidence.push(last.span);
    });
    return { value: evidence.length, evidence };
  },
});

function followedByList(model: Disclosure, intro: Paragraph, next: Paragraph | undefined): boolean {
  if (!next || next.section !== intro.section || next.textBlock !== intro.textBlock) return false;
  // Anything between the two blocks other than blank lines and comments (a heading, say) breaks the list.
  if (hasHeadingBetween(model, intro, next)) return false;
  if (next.kind === 'list-item' || next.kind === 'table-row') return true;
  const text = next.text.trim();
  // Another introduction ("... include:" then "We have also adopted the following measures:") is not the first one's list.
  if (INTRODUCTION.test(text)) return false;
  if (looksLikeEntries(text.split(/\n/))) return true;
  return wordCount(text) <= LIST_ENTRY_WORDS && (looksLikeEntry(text) || !/[.!?]["”’)]?$/.test(text));
}

// Markdown joins bullet-less lines into one paragraph; lines that end like list entries are still a list.
function looksLikeEntries(lines: string[]): boolean {
  return lines.length > 1 && lines.slice(0, -1).every((line) => looksLikeEntry(line.trim()));
}

function looksLikeEntry(text: string): boolean {
  return /[;,]$|\b(?:and|or)$/.test(text);
}

function hasHeadingBetween(model: Disclosure, intro: Paragraph, next: Paragraph): boolean {
  return model.sections.some((section) => section.span.start.offset >= intro.span.end.offset && section.span.start.offset < next.span.start.offset);
}
