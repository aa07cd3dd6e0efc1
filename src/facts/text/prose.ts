// Ways to walk a disclosure's prose: every sentence in order, with the section kind it falls under.
import type { Disclosure, Paragraph, SectionKind, Sentence } from '../../model/disclosure.js';

export function allSentences(model: Disclosure): Sentence[] {
  return model.paragraphs.flatMap((paragraph) => paragraph.sentences);
}

/** The nearest section kind other than 'other' above the paragraph ('other' when none is known). */
export function sectionKindOf(model: Disclosure, paragraph: Paragraph): SectionKind {
  let index = paragraph.section;
  while (index !== undefined) {
    const section = model.sections[index];
    if (!section) break;
    if (section.kind !== 'other' && section.kind !== 'item') return section.kind;
    index = section.parent;
  }
  return 'other';
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu);
  return words ? words.length : 0;
}

/** All prose of the disclosure as one string, paragraphs separated by blank lines. */
export function proseText(model: Disclosure): string {
  return model.paragraphs.map((paragraph) => paragraph.text.trim()).join('\n\n');
}
