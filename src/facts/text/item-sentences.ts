// The disclosure's sentences in reading order with the section kind each falls under, computed once per model.
import type { Disclosure, SectionKind, Sentence } from '../../model/disclosure.js';
import { sectionKindOf } from './prose.js';

export interface ItemSentence {
  sentence: Sentence;
  /** The sentence's text; for a list item that finishes its introducing sentence, that sentence and the item joined. */
  text: string;
  /** The nearest 'risk-management' or 'governance' section above it, else 'other'. */
  kind: SectionKind;
  /** Position in reading order across the whole disclosure. */
  order: number;
  /** The sentence before it in the same paragraph, for pronouns that continue a subject ("It also receives ..."). */
  previous?: ItemSentence;
  /** For the first sentence of a paragraph, the last sentence of the paragraph before (a pronoun may open on its subject). */
  endOfPreviousParagraph?: ItemSentence;
  /** For a list item or table row, the sentence that introduces the list or table ("Our CISO brings:"), which is its subject. */
  intro?: ItemSentence;
  /** For a table row, the table's first row, whose cells name what each column holds ("Who reports | To whom | How often"). */
  tableHeader?: ItemSentence;
}

const cache = new WeakMap<Disclosure, ItemSentence[]>();
// A sentence that is wholly one bracketed note.
const BRACKETED = /^\s*\[[^\]]*\]\s*[.;:]?\s*$/;
const INTRODUCES_LIST = /:\s*$/;
// "The Audit Committee:" then "- receives a report from our CISO each quarter": an item that opens in lower case finishes the
// introducing sentence, and is read joined to it (its evidence is still the item).
const CONTINUES_INTRO = /^\p{Ll}/u;

export function itemSentences(model: Disclosure): ItemSentence[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const sentences: ItemSentence[] = [];
  let intro: ItemSentence | undefined;
  let tableHeader: ItemSentence | undefined;
  let inTable = false;
  for (const paragraph of model.paragraphs) {
    const kind = sectionKindOf(model, paragraph);
    const listItem = paragraph.kind === 'list-item';
    const tableRow = paragraph.kind === 'table-row';
    let previous: ItemSentence | undefined;
    for (const sentence of paragraph.sentences) {
      // "[Describe the Audit Committee's oversight here.]": a drafting note is not the disclosure's answer (text.placeholders
      // reports it).
      if (BRACKETED.test(sentence.text)) continue;
      const continued = listItem && intro !== undefined && previous === undefined && CONTINUES_INTRO.test(sentence.text);
      const item: ItemSentence = {
        sentence, text: continued && intro ? `${intro.text.replace(INTRODUCES_LIST, '')} ${sentence.text}` : sentence.text, kind, order: sentences.length,
        ...(previous ? { previous } : sentences.length > 0 ? { endOfPreviousParagraph: sentences[sentences.length - 1] } : {}),
        ...((listItem || tableRow) && intro ? { intro } : {}),
        ...(tableRow && inTable && tableHeader ? { tableHeader } : {}),
      };
      sentences.push(item);
      previous = item;
    }
    // The items of a list or rows of a table share the sentence that introduced them, up to the next paragraph; the rows of a
    // table also share its first row.
    if (!listItem && !tableRow) intro = previous && INTRODUCES_LIST.test(previous.text) ? previous : undefined;
    if (tableRow && !inTable) tableHeader = previous;
    inTable = tableRow;
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
