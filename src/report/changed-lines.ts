// The lines a pull request changed, per file: the findings a reviewer is asked about first.
import type { Span } from '../model/disclosure.js';
import { repositoryPath } from './findings.js';

/** An inclusive range of 1-based line numbers. */
export interface LineRange {
  start: number;
  end: number;
}

/** Keyed by repository path (forward slashes, no leading "./"). */
export type ChangedLines = ReadonlyMap<string, readonly LineRange[]>;

export function touchesChangedLines(changed: ChangedLines, path: string, span: Span): boolean {
  const ranges = changed.get(repositoryPath(path)) ?? [];
  return ranges.some((range) => range.start <= span.end.line && span.start.line <= range.end);
}
