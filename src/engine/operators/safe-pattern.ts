// Regular expressions from rule files: compiled once, refused when they can backtrack catastrophically, run on capped input.
import type { Diagnostics } from 'recheck';
import { loadRecheck } from '../lazy-modules.js';
import { OperatorValueError } from './operator-definition.js';

/** Flags a rule may give: no `g`/`y` (they make a RegExp stateful) and no `d`/`v` (not needed for a yes/no match). */
export const PATTERN_FLAGS = 'imsu';

/**
 * Longest string a pattern is run on. An Item 1C disclosure is a few thousand words; the cap bounds the
 * cost of a pattern the checker could not fully analyse. Text past it is not searched.
 */
export const MAX_MATCH_INPUT = 100_000;

export const PATTERN_VALUE_SCHEMA = {
  type: ['string', 'object'],
  description: 'A regular expression (JavaScript syntax) as a string, or `{ "pattern": "...", "flags": "i" }`. Flags: any of i (ignore case), m (^ and $ at line ends), s (. matches line breaks), u (Unicode), each once. Patterns that can backtrack catastrophically are rejected.',
  minLength: 1,
  additionalProperties: false,
  required: ['pattern'],
  properties: {
    pattern: { type: 'string', minLength: 1, description: 'The regular expression, in JavaScript syntax (backslashes doubled in JSON).' },
    flags: { type: 'string', pattern: '^(?!.*(.).*\\1)[imsu]*$', description: 'Any of i, m, s, u, each at most once.', examples: ['i'] },
  },
  examples: ['never\\s+experienced', { pattern: 'chief information security officer', flags: 'i' }],
};

// recheck's exact (automaton) analysis is quick for most patterns but can take seconds on long ones; past this
// budget its fuzzer decides, with step limits instead of wall-clock limits so that the verdict is reproducible.
const AUTOMATON_BUDGET_MS = 1500;
const FUZZ_PARAMS = { checker: 'fuzz', attackTimeout: null, incubationTimeout: null, timeout: 10_000 } as const;

const compiled = new Map<string, RegExp>();

/** The RegExp for a schema-valid pattern value; throws OperatorValueError when it is invalid or unsafe. */
export function compileSafePattern(value: unknown): RegExp {
  const { source, flags, pointer } = patternParts(value);
  const key = `${flags}/${source}`;
  const known = compiled.get(key);
  if (known) return known;
  const regexp = parsePattern(source, flags, pointer);
  rejectIfVulnerable(source, flags, pointer);
  compiled.set(key, regexp);
  return regexp;
}

/** Whether the pattern matches the text (read up to MAX_MATCH_INPUT characters). */
export function testPattern(regexp: RegExp, text: string): boolean {
  return regexp.test(text.length > MAX_MATCH_INPUT ? text.slice(0, MAX_MATCH_INPUT) : text);
}

export function firstMatch(regexp: RegExp, text: string): string | undefined {
  return regexp.exec(text.length > MAX_MATCH_INPUT ? text.slice(0, MAX_MATCH_INPUT) : text)?.[0];
}

function patternParts(value: unknown): { source: string; flags: string; pointer: string } {
  if (typeof value === 'string') return { source: value, flags: '', pointer: '' };
  const object = value as { pattern: string; flags?: string };
  return { source: object.pattern, flags: object.flags ?? '', pointer: '/pattern' };
}

function parsePattern(source: string, flags: string, pointer: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    throw new OperatorValueError(`Invalid regular expression: ${reason}`, 'Fix the pattern (JavaScript syntax; in JSON, write each backslash twice: "\\\\s+").', pointer);
  }
}

function rejectIfVulnerable(source: string, flags: string, pointer: string): void {
  const { checkSync } = loadRecheck();
  let diagnostics: Diagnostics = checkSync(source, flags, { timeout: AUTOMATON_BUDGET_MS });
  if (diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout') diagnostics = checkSync(source, flags, FUZZ_PARAMS);
  if (diagnostics.status === 'safe') return;
  if (diagnostics.status === 'vulnerable') {
    const attack = diagnostics.attack.pattern;
    throw new OperatorValueError(
      `The pattern can backtrack catastrophically (${diagnostics.complexity.summary}; e.g. on ${attack.length > 60 ? `${attack.slice(0, 57)}...` : attack})`,
      'Remove nested or overlapping repetition, e.g. write "(?:\\\\w+\\\\s)+" as "\\\\w+(?:\\\\s\\\\w+)*", and prefer plain words with "\\\\s+" between them.',
      pointer,
    );
  }
  const reason = diagnostics.error.kind === 'timeout' ? 'it is too complex to analyse in time' : 'message' in diagnostics.error ? diagnostics.error.message : diagnostics.error.kind;
  throw new OperatorValueError(`The pattern cannot be shown to be safe from catastrophic backtracking: ${reason}`, 'Simplify the pattern: plain words, character classes and "\\\\s+" between words, without nested repetition or back-references.', pointer);
}
