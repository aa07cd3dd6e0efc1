// Ways to walk a disclosure's prose: every sentence in order, with the section kind it falls under.
import type { Disclosure, Paragraph, SectionKind, Sentence } from '../../model/disclosure.js';
import { forDocumentLetters } from './document-letters.js';

// Several facts walk every sentence of the same model; the list is built once per model.
const sentencesOf = new WeakMap<Disclosure, readonly Sentence[]>();

export function allSentences(model: Disclosure): readonly Sentence[] {
  let sentences = sentencesOf.get(model);
  if (!sentences) {
    const all: Sentence[] = [];
    for (const paragraph of model.paragraphs) for (const sentence of paragraph.sentences) all.push(sentence);
    sentencesOf.set(model, (sentences = all));
  }
  return sentences;
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

// A word opens with a letter or digit; apostrophes and hyphens inside it keep it whole.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

export function wordCount(text: string): number {
  const words = text.match(forDocumentLetters(WORD));
  return words ? words.length : 0;
}

/** All prose of the disclosure as one string, paragraphs separated by blank lines. */
export function proseText(model: Disclosure): string {
  return model.paragraphs.map((paragraph) => paragraph.text.trim()).join('\n\n');
}
