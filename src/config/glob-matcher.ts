// Matches drafts against globs written in a configuration, relative to the folder of the file that declared them.
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { AnchoredGlobs } from './config-file.js';

const matchers = new Map<string, (path: string) => boolean>();

export function matchesGlobs(path: string, globs: AnchoredGlobs): boolean {
  const rel = relative(globs.base, path).split(sep).join('/');
  // A glob never reaches above its configuration's folder.
  if (rel === '' || rel.startsWith('../') || rel === '..') return false;
  return globs.patterns.some((pattern) => matcher(pattern)(rel));
}

// "archive/" means everything under archive, as in .gitignore.
function matcher(pattern: string): (path: string) => boolean {
  let match = matchers.get(pattern);
  if (!match) {
    const normalized = pattern.replace(/^\.\//, '').replace(/\/$/, '/**');
    match = picomatch(normalized, { dot: true });
    matchers.set(pattern, match);
  }
  return match;
}
