// The disclosure's sentences in reading order with the section kind each falls under, computed once per model.
import type { Disclosure, SectionKind, Sentence } from '../../model/disclosure.js';
import { sectionKindOf } from './prose.js';

export interface ItemSentence {
  sentence: Sentence;
  text: string;
  /** The nearest 'risk-management' or 'governance' section above it, else 'other'. */
  kind: SectionKind;
  /** Position in reading order across the whole disclosure. */
  order: number;
  /** The sentence before it in the same paragraph, for pronouns that continue a subject ("It also receives ..."). */
  previous?: ItemSentence;
}

const cache = new WeakMap<Disclosure, ItemSentence[]>();

export function itemSentences(model: Disclosure): ItemSentence[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const sentences: ItemSentence[] = [];
  for (const paragraph of model.paragraphs) {
    const kind = sectionKindOf(model, paragraph);
    let previous: ItemSentence | undefined;
    for (const sentence of paragraph.sentences) {
      const item: ItemSentence = { sentence, text: sentence.text, kind, order: sentences.length, ...(previous ? { previous } : {}) };
      sentences.push(item);
      previous = item;
    }
  }
  cache.set(model, sentences);
  return sentences;
}

/** The sentences that follow `from` in the same paragraph, at most `count` of them. */
export function followingInParagraph(model: Disclosure, from: ItemSentence, count: number): ItemSentence[] {
  const all = itemSentences(model);
  const out: ItemSentence[] = [];
  for (let i = from.order + 1; i < all.length && out.length < count; i++) {
    const next = all[i];
    if (!next || next.sentence.paragraph !== from.sentence.paragraph) break;
    out.push(next);
  }
  return out;
}
