// Vocabularies kept as data in rules/lexicons/*.json, loaded once and extended by configuration (matching: lexicon-matches.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshot } from '../../engine/builtin-snapshot.js';
import { builtinRulesDir } from '../../engine/paths.js';
import { withBritishSpellings } from './spelling-variants.js';

/** A lexicon file: plain phrases (matched case-insensitively on word boundaries). */
export interface LexiconFile {
  description: string;
  terms: string[];
}

export type Lexicons = Readonly<Record<string, readonly string[]>>;

let builtin: Record<string, string[]> | undefined;

/** The built-in lexicons by name (from the precompiled snapshot when it is current), read once per process. */
export function loadBuiltinLexicons(): Record<string, string[]> {
  builtin ??= readSnapshot()?.lexicons ?? readLexicons(join(builtinRulesDir(), 'lexicons'));
  return builtin;
}

/** The lexicons of a folder by name, each term also in its British spelling (see spelling-variants). */
export function readLexicons(dir: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(loadBuiltinLexiconFiles(dir)).map(([name, file]) => [name, withBritishSpellings(file.terms)]));
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

/** Built-in lexicons plus additions (from configuration, also in British spelling), without duplicates. */
export function extendLexicons(base: Lexicons, additions: Record<string, readonly string[]> = {}): Lexicons {
  const merged: Record<string, string[]> = {};
  for (const [name, terms] of Object.entries(base)) merged[name] = [...terms];
  for (const [name, terms] of Object.entries(additions)) {
    merged[name] = [...new Set([...(merged[name] ?? []), ...withBritishSpellings(terms)])];
  }
  return merged;
}
