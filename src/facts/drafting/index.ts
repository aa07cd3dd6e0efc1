// Facts about drafting defects: fused words, lost lists, cross-references that cannot resolve, hedged process claims.
import type { Fact } from '../fact.js';
import { textDanglingListIntros } from './text-dangling-list-intros.js';
import { textGluedWords } from './text-glued-words.js';
import { textHedgedProcessClaims } from './text-hedged-process-claims.js';
import { textMalformedCrossReferences } from './text-malformed-cross-references.js';

export const DRAFTING_FACTS: readonly Fact[] = [textGluedWords, textDanglingListIntros, textMalformedCrossReferences, textHedgedProcessClaims] as Fact[];
