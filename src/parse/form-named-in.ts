// The form a draft without metadata or an item heading names itself: in its file name, or by the items it cites.
import { basename } from 'node:path';
import type { FormType } from '../model/disclosure.js';

// "acme-20-f-2025.md", "FTA_20F_2024.txt": the form as a token of the file name.
const FILE_NAME_FORM = /(?:^|[^a-z0-9])(10|20)[-_ ]?(k|f)(?:[-_ ]?(a))?(?=[^a-z0-9]|$)/i;
// Cross-references only one of the two forms has: Form 20-F's "Item 4. Information on the Company", "Item 3.D. Risk Factors".
const TWENTY_F_CUES = [/\bForm\s+20-F\b/i, /\bItem\s+16K\b/i, /\bItem\s+4\.?\s+Information\s+on\s+the\s+Company\b/i, /\bItem\s+3\.?\s*D\.?\s+Risk\s+Factors\b/i, /\bItem\s+3\.?\s+Key\s+Information\b/i];
const TEN_K_CUES = [/\bForm\s+10-K\b/i, /\bItem\s+1C\b/i, /\bItem\s+1A\b/i, /\bPart\s+I,\s+Item\s+1\b/i];

/** The form the file name or the text names, when they name exactly one. */
export function formNamedIn(path: string, text: string): FormType | undefined {
  const named = FILE_NAME_FORM.exec(basename(path));
  if (named) return `${(named[1] as string)}-${(named[2] as string).toUpperCase()}${named[3] ? '/A' : ''}` as FormType;
  const twentyF = TWENTY_F_CUES.some((cue) => cue.test(text));
  const tenK = TEN_K_CUES.some((cue) => cue.test(text));
  if (twentyF !== tenK) return twentyF ? '20-F' : '10-K';
  return undefined;
}
