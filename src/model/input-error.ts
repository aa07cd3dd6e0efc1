// A problem with a user's file (draft, rule, config) that names the file, the place and what to do.
import type { Point } from './disclosure.js';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly hint: string,
    readonly at?: Point,
    readonly pointer?: string,
  ) {
    super(InputError.describe(file, problem, hint, at, pointer));
    this.name = 'InputError';
  }

  static describe(file: string, problem: string, hint: string, at?: Point, pointer?: string): string {
    const place = at ? `${file}:${at.line}:${at.column}` : file;
    const where = pointer !== undefined ? ` (at ${pointer === '' ? '/' : pointer})` : '';
    return `${place}: ${problem}${where}. ${hint}`;
  }
}
