// Splits a source into lines that remember their offsets, for the line-oriented parsers (text, XBRL render).

export interface SourceLine {
  text: string;
  start: number;
  end: number;
}

export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const pattern = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

/** The line without its leading and trailing white space, with the matching offsets. */
export function trimLine(line: SourceLine): SourceLine {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { text, start: line.start + lead, end: line.start + lead + text.length };
}
