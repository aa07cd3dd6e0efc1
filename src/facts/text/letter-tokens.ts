// Runs of letters, hyphenated compounds kept whole ("co-led"), bounded by anything but a letter or digit: the words checked
// for lost white space. A hand-written scanner with the exact matches of the pattern below, which was the costly part.
import { codeUnitTest } from './code-unit-test.js';

const TOKEN = /(?<![\p{L}\p{N}])\p{L}+(?:-\p{L}+)*(?![\p{L}\p{N}])/gu;
const SURROGATE = /[\uD800-\uDFFF]/;
const isLetterAt = codeUnitTest(/\p{L}/u);
const isAlnumAt = codeUnitTest(/[\p{L}\p{N}]/u);

/** Calls `visit` with each token of at least `minLength` characters and its offset, in order. */
export function forEachLetterToken(text: string, minLength: number, visit: (token: string, index: number) => void): void {
  // The scanner reads code units; with a surrogate pair in the text, code points and code units differ, so the pattern reads it.
  if (SURROGATE.test(text)) {
    for (const match of text.matchAll(TOKEN)) if (match[0].length >= minLength) visit(match[0], match.index);
    return;
  }
  let at = 0;
  while (at < text.length) {
    const end = isLetterAt(text, at) && !isAlnumAt(text, at - 1) ? tokenEnd(text, at) : -1;
    if (end < 0) {
      at++;
      continue;
    }
    if (end - at >= minLength) visit(text.slice(at, end), at);
    at = end;
  }
}

function letterRunEnd(text: string, from: number): number {
  let at = from;
  while (isLetterAt(text, at)) at++;
  return at;
}

// Where the token starting at `start` ends, or -1. The pattern takes every "-letters" group it can, then, if a digit follows,
// gives back the last group (ending before its hyphen); with no group to give back there is no token here.
function tokenEnd(text: string, start: number): number {
  let previousEnd = -1;
  let end = letterRunEnd(text, start);
  while (text[end] === '-' && isLetterAt(text, end + 1)) {
    previousEnd = end;
    end = letterRunEnd(text, end + 1);
  }
  return isAlnumAt(text, end) ? previousEnd : end;
}
