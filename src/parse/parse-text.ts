// Plain text pasted from a word processor or a filing: headings, paragraphs, bullets and " | " table rows are inferred.
import type { Disclosure, DisclosureMeta } from '../model/disclosure.js';
import { DisclosureBuilder, type TextPiece } from './disclosure-builder.js';
import { isHeadingLine } from './classify-heading.js';
import { sourceLines, trimLine, type SourceLine } from './source-lines.js';

const BRACKETED_NOTE = /^\[[^\]]*\]$/;
const BULLET = /^(?:[•·◦▪▫●○■□‣⁃]\s*|(?:[*\-–—]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+)/;

export function parseText(path: string, text: string, meta: DisclosureMeta = {}): Disclosure {
  const builder = new DisclosureBuilder(path, 'text', text);
  let pending: SourceLine[] = [];
  const flush = (): void => {
    if (pending.length > 0) builder.addBlock('paragraph', joinLines(pending));
    pending = [];
  };
  for (const raw of sourceLines(text)) {
    const line = trimLine(raw);
    if (line.text === '') {
      flush();
      continue;
    }
    if (isHeadingLine(line.text) && !continuesSentence(pending)) {
      flush();
      builder.addHeading(line.text, line.start, line.end);
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      flush();
      builder.addBlock('list-item', [{ text: line.text.slice(bullet[0].length), sourceStart: line.start + bullet[0].length }]);
      continue;
    }
    if (line.text.includes(' | ') || /^\|.*\|$/.test(line.text)) {
      flush();
      builder.addBlock('table-row', tableRowPieces(line));
      continue;
    }
    if (!continuesSentence(pending)) flush();
    pending.push(line);
  }
  flush();
  return builder.build(meta);
}

// A hard-wrapped paragraph goes on while the previous line stops mid-sentence. A line that is one bracketed drafting note
// ("[Board oversight paragraph to be provided — TBD]") stands alone: the heading or text after it is not its continuation.
function continuesSentence(pending: SourceLine[]): boolean {
  const last = pending[pending.length - 1];
  return last !== undefined && !/[.!?:;"”’)]$/.test(last.text) && !BRACKETED_NOTE.test(last.text);
}

function joinLines(lines: SourceLine[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  lines.forEach((line, i) => {
    if (i > 0) pieces.push({ text: ' ', sourceStart: line.start - 1 });
    pieces.push({ text: line.text, sourceStart: line.start });
  });
  return pieces;
}

function tableRowPieces(line: SourceLine): TextPiece[] {
  const pieces: TextPiece[] = [];
  const cell = /[^|]+/g;
  for (let match = cell.exec(line.text); match; match = cell.exec(line.text)) {
    const value = match[0].trim();
    if (value === '') continue;
    if (pieces.length > 0) pieces.push({ text: ' | ', sourceStart: line.start + match.index - 1 });
    pieces.push({ text: value, sourceStart: line.start + match.index + match[0].indexOf(value) });
  }
  return pieces;
}
