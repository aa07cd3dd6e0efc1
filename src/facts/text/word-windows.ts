// The few words just before or after a position, so facts can ask "is X within N words of Y" without regex lookbehind.
import { codeUnitTest } from './code-unit-test.js';

const isWordChar = codeUnitTest(/[\p{L}\p{N}'’&+./-]/u);

/** Where the window of the last `count` words before `index` starts (0 when there are fewer words). */
export function windowStart(text: string, index: number, count: number): number {
  let i = Math.min(index, text.length);
  let seen = 0;
  while (i > 0 && seen < count) {
    while (i > 0 && !isWordChar(text, i - 1)) i--;
    if (i === 0) break;
    while (i > 0 && isWordChar(text, i - 1)) i--;
    seen++;
  }
  return seen < count ? 0 : i;
}

/** Where the window of the first `count` words after `index` ends. */
export function windowEnd(text: string, index: number, count: number): number {
  let i = Math.max(0, index);
  let seen = 0;
  let end = i;
  while (i < text.length && seen < count) {
    while (i < text.length && !isWordChar(text, i)) i++;
    if (i >= text.length) break;
    while (i < text.length && isWordChar(text, i)) i++;
    seen++;
    end = i;
  }
  return end;
}

/** The text of the last `count` words before `index`. */
export function wordsBefore(text: string, index: number, count: number): string {
  return text.slice(windowStart(text, index, count), index);
}
