// British spellings of the lexicons' American terms. Form 20-F filers and many others write "organisation", "defence",
// "analyse" or "programme"; each term is matched in both spellings. Only regular endings are mapped, and only where the
// British form is never another word (a stem of three letters or more before "-ize", so "size" and "seize" stay).
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=\p{L}{3})iz(e|ed|es|ing|ation|ations|ational)(?!\p{L})/gu, 'is$1'],
  [/(?<=\p{L}{2})yz(e|ed|es|ing)(?!\p{L})/gu, 'ys$1'],
  [/(?<!\p{L})(def|off)ense(s?)(?!\p{L})/gu, '$1ence$2'],
  [/(?<!\p{L})cent(er)(s?)(?!\p{L})/gu, 'centre$2'],
  [/(?<!\p{L})(behavi|endeav|lab|hon|fav|neighb)or(s|ed|ing|al)?(?!\p{L})/gu, '$1our$2'],
  [/(?<!\p{L})program(s?)(?!\p{L}|m)/gu, 'programme$1'],
];

/** The British spelling of a term, or the term itself when it has no mapped ending. */
export function britishSpelling(term: string): string {
  return VARIANTS.reduce((spelled, [pattern, replacement]) => spelled.replace(pattern, replacement), term);
}

/** The terms with the British spelling of each added after it (when it differs), without duplicates. */
export function withBritishSpellings(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap((term) => [term, britishSpelling(term)]))];
}
