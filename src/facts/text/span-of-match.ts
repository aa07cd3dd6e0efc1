// Maps a match inside a sentence's text back to an exact source span.
import type { Disclosure, Sentence, Span } from '../../model/disclosure.js';
import { LineIndex } from '../../model/line-index.js';

const indexes = new WeakMap<Disclosure, LineIndex>();

function lineIndex(model: Disclosure): LineIndex {
  let index = indexes.get(model);
  if (!index) {
    index = new LineIndex(model.source.text);
    indexes.set(model, index);
  }
  return index;
}

/**
 * The span of `match` found at `indexInSentence`. Where the source holds the sentence verbatim the offset is
 * exact; where markup or escapes intervene, the match is searched in the sentence's source; failing that,
 * the whole sentence is the span.
 */
export function spanOfMatch(model: Disclosure, sentence: Sentence, match: string, indexInSentence: number): Span {
  const start = sentence.span.start.offset;
  const source = model.source.text.slice(start, sentence.span.end.offset);
  if (source === sentence.text) return lineIndex(model).span(start + indexInSentence, start + indexInSentence + match.length);
  const found = source.indexOf(match);
  if (found >= 0) return lineIndex(model).span(start + found, start + found + match.length);
  return sentence.span;
}
