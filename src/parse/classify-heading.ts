// Recognises section headings, both marked-up ones and heading-like lines in pasted text.
import type { FormType, SectionKind } from '../model/disclosure.js';

const ITEM_HEADING = /^\s*(?:part\s+[iv]+\s*[,.\-–—:]?\s*)?item\s*(1c|16k)\b\s*[.:\-–—]?\s*(cyber\s*security)?\s*[.:]?\s*$/i;
const ITEM_PREFIX = /^\s*item\s*(1c|16k)\s*[.:\-–—]?\s*cyber\s*security\b/i;
const RISK_MANAGEMENT = /\brisk\s+management\b|\bstrategy\b|\bmanaging\s+(?:material\s+)?risks?\b/i;
const GOVERNANCE = /\bgovernance\b|\boversight\b|\bmanagement['’]s\s+role\b|\brole\s+of\s+(?:the\s+)?(?:management|board)\b/i;

export interface HeadingInfo {
  kind: SectionKind;
  /** The form an item heading implies (Item 16K means Form 20-F). */
  form?: FormType;
}

export function classifyHeading(title: string): HeadingInfo {
  const item = ITEM_HEADING.exec(title) ?? ITEM_PREFIX.exec(title);
  if (item) return { kind: 'item', form: item[1]?.toLowerCase() === '16k' ? '20-F' : '10-K' };
  // "Cybersecurity Governance and Risk Management" covers both; the first topic named wins.
  const risk = RISK_MANAGEMENT.exec(title);
  const governance = GOVERNANCE.exec(title);
  if (risk && (!governance || risk.index <= governance.index)) return { kind: 'risk-management' };
  if (governance) return { kind: 'governance' };
  return { kind: 'other' };
}

export function isItemHeading(line: string): boolean {
  return ITEM_HEADING.test(line) || (ITEM_PREFIX.test(line) && line.trim().length <= 60);
}

const SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'by', 'at', 'from', 'its', 'our', '&']);
const KNOWN_SECTION = /^(?:cyber\s*security|(?:cyber\s*security\s+)?(?:risk\s+management(?:\s+and\s+strategy)?|governance|risk\s+management,\s+strategy\s+and\s+governance|management['’]s\s+role.*|board\s+oversight.*))$/i;

/**
 * Whether a line of pasted prose is a heading: an item heading, a known section title,
 * or a short Title Case line without sentence punctuation.
 */
export function isHeadingLine(line: string): boolean {
  const text = line.trim().replace(/^#+\s*/, '');
  if (text === '' || text.length > 100) return false;
  if (isItemHeading(text)) return true;
  if (/[.;,:!?]$/.test(text) && !/:$/.test(text)) return false;
  const bare = text.replace(/:$/, '');
  if (KNOWN_SECTION.test(bare)) return true;
  if (/:$/.test(text)) return false;
  const words = bare.split(/\s+/);
  if (words.length < 2 || words.length > 10) return false;
  return words.every((word) => SMALL_WORDS.has(word.toLowerCase()) || /^[\p{Lu}\p{N}(“"'‘]/u.test(word));
}
