// Whether the code unit at a position is a letter or digit: the word boundary of lexicon matching.
import { codeUnitTest } from './code-unit-test.js';

export const isAlnumAt = codeUnitTest(/[\p{L}\p{N}]/u);
