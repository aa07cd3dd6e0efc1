// A sentence quoted in a message: the sentence a span covers, on one line, shortened to a readable length.
import type { Disclosure, Span } from '../../model/disclosure.js';
import { allSentences } from './prose.js';

// Long enough to recognise the sentence, short enough for a message line.
const MAX_QUOTE = 240;

/** The text of the sentence at `span` (or the source text there), whitespace collapsed, cut at a word with "…". */
export function quoteAt(model: Disclosure, span: Span): string {
  const sentence = allSentences(model).find((candidate) => candidate.span.start.offset === span.start.offset && candidate.span.end.offset === span.end.offset);
  const text = (sentence?.text ?? model.source.text.slice(span.start.offset, span.end.offset)).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUOTE) return text;
  const cut = text.lastIndexOf(' ', MAX_QUOTE - 1);
  return `${text.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE - 1)} …`;
}
