// Tests one code unit of a text against a character class, answering ASCII from a table built from that same class.
//
// Facts test characters one at a time while walking words; a Unicode class costs far more than a table look-up, and most
// prose is ASCII. Other code units go to the class itself (one code unit, so half of a surrogate pair is never a letter).

/** A test of the code unit at a position (false outside the text) against `pattern`, a one-character, non-global class. */
export function codeUnitTest(pattern: RegExp): (text: string, at: number) => boolean {
  const ascii = Uint8Array.from({ length: 128 }, (_, code) => (pattern.test(String.fromCharCode(code)) ? 1 : 0));
  return (text, at) => {
    if (at < 0 || at >= text.length) return false;
    const code = text.charCodeAt(at);
    return code < 128 ? ascii[code] === 1 : pattern.test(text[at] as string);
  };
}
