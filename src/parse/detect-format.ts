// Decides how to read a draft: by extension first, then by content (the XBRL viewer render hides in .txt files).
import { extname } from 'node:path';
import type { InputFormat } from '../model/disclosure.js';
import { InputError } from '../model/input-error.js';

const XBRL_ROW = /^\|[^|\n]*\[(?:Text Block|Flag)\]\s*\|?\s*$/m;

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.text', '.json'] as const;

export function detectFormat(path: string, text: string): InputFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.txt' || extension === '.text') return XBRL_ROW.test(text) ? 'xbrl-render' : 'text';
  if (extension === '' || path === '-' || path === '<stdin>') return detectByContent(text);
  throw new InputError(path, `Unsupported file type "${extension}"`, `Save the draft as Markdown (.md), plain text (.txt) or JSON (.json)${extension === '.docx' || extension === '.pdf' ? '; copy the text out of the word processor' : ''}.`);
}

function detectByContent(text: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (XBRL_ROW.test(text)) return 'xbrl-render';
  if (start.startsWith('---') || /^#{1,6}\s/m.test(text)) return 'markdown';
  return 'text';
}
