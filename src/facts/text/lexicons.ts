// Vocabularies kept as data in rules/lexicons/*.json, compiled once into case-insensitive phrase matchers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRulesDir } from '../../engine/paths.js';

/** A lexicon file: plain phrases (matched case-insensitively on word boundaries). */
export interface LexiconFile {
  description: string;
  terms: string[];
}

export type Lexicons = Readonly<Record<string, readonly string[]>>;

export function loadBuiltinLexicons(dir = join(builtinRulesDir(), 'lexicons')): Record<string, string[]> {
  return Object.fromEntries(Object.entries(loadBuiltinLexiconFiles(dir)).map(([name, file]) => [name, file.terms]));
}

/** The lexicon files by name, descriptions included (for the generated reference). */
export function loadBuiltinLexiconFiles(dir = join(builtinRulesDir(), 'lexicons')): Record<string, LexiconFile> {
  const lexicons: Record<string, LexiconFile> = {};
  if (!existsSync(dir)) return lexicons;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    lexicons[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LexiconFile;
  }
  return lexicons;
}

let builtinNames: string[] | undefined;

/** Names of the built-in lexicons, which rules (containsAnyTerm) and configuration (lexicons) may name. */
export function builtinLexiconNames(): string[] {
  builtinNames ??= Object.keys(loadBuiltinLexicons()).sort();
  return builtinNames;
}

/** Built-in lexicons plus additions (from configuration), without duplicates. */
export function extendLexicons(base: Lexicons, additions: Record<string, readonly string[]> = {}): Lexicons {
  const merged: Record<string, string[]> = {};
  for (const [name, terms] of Object.entries(base)) merged[name] = [...terms];
  for (const [name, terms] of Object.entries(additions)) {
    merged[name] = [...new Set([...(merged[name] ?? []), ...terms])];
  }
  return merged;
}

const compiled = new WeakMap<readonly string[], RegExp>();

/** One regular expression matching any phrase of the list on word boundaries (longest phrase first). */
export function lexiconPattern(terms: readonly string[]): RegExp {
  let pattern = compiled.get(terms);
  if (!pattern) {
    const alternatives = [...terms].sort((a, b) => b.length - a.length).map(phraseSource);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu');
    compiled.set(terms, pattern);
  }
  return pattern;
}

// Spaces in a phrase match any run of whitespace or hyphens, and straight and curly apostrophes are the same.
function phraseSource(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('[\\s\\-]+');
}

export function matchesLexicon(text: string, terms: readonly string[]): boolean {
  return lexiconPattern(terms).test(text);
}

/** Every phrase of the lexicon found in the text, as written. */
export function findLexiconTerms(text: string, terms: readonly string[]): string[] {
  const global = new RegExp(lexiconPattern(terms).source, 'giu');
  return [...text.matchAll(global)].map((match) => match[0]);
}
