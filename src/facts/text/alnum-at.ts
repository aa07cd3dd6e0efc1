// Whether the code unit at a position is a letter or digit: the word boundary of lexicon matching.

const ALNUM = /[\p{L}\p{N}]/u;

// Most text is ASCII: decide those characters by code, and leave the rest to the Unicode classes, one code unit at a
// time (so half of a surrogate pair is never a letter).
export function isAlnumAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return ALNUM.test(text[at] as string);
}
