// Blanks out quoted passages (risk-factor titles, defined terms) while keeping every other character at its offset.

const QUOTED = /“[^”]{12,}”|"[^"]{12,}"/gu;

/** The text with quoted passages of 12 or more characters replaced by spaces of the same length. */
export function maskQuotations(text: string): string {
  return text.replace(QUOTED, (quoted) => ' '.repeat(quoted.length));
}
