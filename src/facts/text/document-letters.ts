// Which letters a document holds, so that patterns written with \p{L} can match it through a cheaper class.
//
// V8 builds \p{L} as a class of some 650 ranges in every pattern that uses it: about 0.4 ms per pattern on first use,
// some 25 ms of a one-draft run, paid again by every worker thread. Drafts for the SEC are written in English. Where every
// letter of a document is a Latin one (U+0000–U+024F, and its lower and upper case too), the Latin ranges match exactly
// where \p{L} does, and build in a sixth of the time. A document with any other letter gets the patterns as written.
import type { Disclosure } from '../../model/disclosure.js';

/** The letters of \p{L} from U+0000 to U+024F as a class body, with lower-case escapes (patterns run on lower-cased text check for upper-case letters). */
export const LATIN_LETTER_RANGES = '\\x41-\\x5a\\x61-\\x7a\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u024f';

/**
 * A letter that is not Latin, or a Latin one whose lower or upper case is not (µ to Greek Μ, Ɓ to IPA ɓ, İ to i and a
 * combining dot): either could meet a pattern that the Latin ranges read differently from \p{L}.
 */
const OTHER_LETTER =
  /(?![\x00-\u024f])\p{L}|[\xb5\u0130\u0149\u0181\u0186\u0189\u018a\u018f\u0190\u0193\u0194\u0196\u0197\u019b-\u019d\u019f\u01a6\u01a9\u01ae\u01b1\u01b2\u01b7\u01f0\u023a\u023e-\u0240\u0244\u0245]/u;
// Text in ASCII and Latin-1 other than µ needs no look with OTHER_LETTER (whose \p{L} is itself costly to build).
const BEYOND_LATIN_1 = /[^\x00-\xb4\xb6-\xff]/;
const P_LETTER = '\\p{L}';

let latinOnly = false;
const latinVariants = new WeakMap<RegExp, RegExp>();

/**
 * Reads the letters of the document whose facts are being computed; the returned function restores the previous state.
 * Outside a document's facts, patterns stay as written.
 */
export function readDocumentLetters(model: Disclosure): () => void {
  const previous = latinOnly;
  latinOnly = !documentTexts(model).some((text) => BEYOND_LATIN_1.test(text) && OTHER_LETTER.test(text));
  return () => {
    latinOnly = previous;
  };
}

/**
 * The pattern to run on the current document's text: with each \p{L} as the Latin ranges where the document's letters
 * are all Latin, else as written. Only for text of the document: a lexicon's or a rule's own words may hold other letters.
 */
export function forDocumentLetters(pattern: RegExp): RegExp {
  if (!latinOnly) return pattern;
  let variant = latinVariants.get(pattern);
  if (!variant) {
    const source = withLatinLetters(pattern.source);
    variant = source === undefined ? pattern : new RegExp(source, pattern.flags);
    latinVariants.set(pattern, variant);
  }
  return variant;
}

// Undefined when there is nothing to rewrite, or a form this does not handle (\P{L}), which then stays as written.
function withLatinLetters(source: string): string | undefined {
  return source.includes(P_LETTER) && !source.includes('\\P{L}') ? rewriteLetters(source) : undefined;
}

function rewriteLetters(source: string): string {
  let result = '';
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    if (source.startsWith(P_LETTER, at)) {
      result += inClass ? LATIN_LETTER_RANGES : `[${LATIN_LETTER_RANGES}]`;
      at += P_LETTER.length - 1;
      continue;
    }
    const char = source[at] as string;
    if (char === '\\') {
      result += source.slice(at, at + 2);
      at++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    result += char;
  }
  return result;
}

// Every text of the model a fact can read. A paragraph's sentences are slices of its text (DisclosureBuilder cuts
// them), so the paragraph is read for them; facts read these texts, and cuts of them, lower-cased or not.
function documentTexts(model: Disclosure): string[] {
  return [
    model.source.text,
    ...model.paragraphs.map((paragraph) => paragraph.text),
    ...model.sections.map((section) => section.title),
    ...Object.values(model.textBlocks).map((block) => block.text),
    ...model.comments.map((comment) => comment.text),
    ...Object.values(model.meta).filter((value): value is string => typeof value === 'string'),
  ];
}
