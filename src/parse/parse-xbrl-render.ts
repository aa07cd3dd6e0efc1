// The SEC XBRL viewer's rendering of the cyd facts: `|Label [Flag]` / `|true` and `|Label [Text Block]` / text rows.
import type { Disclosure, DisclosureMeta, FlagName, FormType, SectionKind, TextBlockName } from '../model/disclosure.js';
import { CYD_TEXT_BLOCKS, cydElementByLabel } from '../model/cyd-elements.js';
import { DisclosureBuilder, type TextPiece } from './disclosure-builder.js';
import { isHeadingLine } from './classify-heading.js';
import { sourceLines, trimLine, type SourceLine } from './source-lines.js';

const ELEMENT_LABEL = /^(.*?\[(?:Flag|Text Block)\])\s*(?:\|(.*))?$/;
const ELEMENT_ROW = /^\|\S[^|\n]*\[(?:Text Block|Flag)\][ \t]*(?:\|.*)?$/m;
// Everything from the first `|X` row on defines the elements (references, details), it is not the filing's prose.
const FOOTER_ROW = /^\|X\s*$/;

/** Whether a text is a viewer render: rows starting with `|` that carry `[Text Block]` or `[Flag]` labels. */
export function looksLikeXbrlRender(text: string): boolean {
  return ELEMENT_ROW.test(text);
}

/** One `|`-cell of the render: its first line (without the `|`) and the lines that continue it. */
interface Cell {
  lines: SourceLine[];
}

export function parseXbrlRender(path: string, text: string, meta: DisclosureMeta = {}): Disclosure {
  const builder = new DisclosureBuilder(path, 'xbrl-render', text);
  const cells = splitInlineValues(cellsOf(bodyLines(text)));
  const firstElement = cells.findIndex(isElementLabel);
  const header = firstElement < 0 ? cells : cells.slice(0, firstElement);
  const body = firstElement < 0 ? [] : cells.slice(firstElement);
  for (const { label, values } of elementsOf(body)) addElement(builder, label, values);
  return builder.build({ ...headerMeta(header), ...meta });
}

/** Each element label with the cells after it up to the next label or bracketed row (e.g. `[Line Items]`). */
function elementsOf(cells: Cell[]): Array<{ label: Cell; values: Cell[] }> {
  const elements: Array<{ label: Cell; values: Cell[] }> = [];
  let open: Cell[] | undefined;
  for (const cell of cells) {
    if (isElementLabel(cell)) {
      open = [];
      elements.push({ label: cell, values: open });
    } else if (isBracketedRow(cell)) {
      open = undefined;
    } else {
      open?.push(cell);
    }
  }
  return elements;
}

function isBracketedRow(cell: Cell): boolean {
  return cell.lines.length === 1 && /\[[A-Za-z ]+\]\s*$/.test(cell.lines[0]?.text ?? '');
}

function bodyLines(text: string): SourceLine[] {
  const lines = sourceLines(text);
  const footer = lines.findIndex((line) => FOOTER_ROW.test(line.text.trim()));
  return footer < 0 ? lines : lines.slice(0, footer);
}

function cellsOf(lines: SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  for (const raw of lines) {
    const line = trimLine(raw);
    if (line.text.startsWith('|')) cells.push({ lines: [{ text: line.text.slice(1), start: line.start + 1, end: line.end }] });
    else if (cells.length > 0) cells[cells.length - 1]?.lines.push(line);
    else cells.push({ lines: [line] });
  }
  return cells;
}

// `|Label [Flag]|true` on one line, or a label with its value on the lines below, is a label cell and a value cell.
function splitInlineValues(cells: Cell[]): Cell[] {
  return cells.flatMap((cell) => {
    const [first, ...rest] = cell.lines;
    const match = first ? ELEMENT_LABEL.exec(first.text) : null;
    if (!first || !match || (match[2] === undefined && rest.length === 0)) return [cell];
    const label = match[1] as string;
    const labelCell = { lines: [{ text: label, start: first.start, end: first.start + label.length }] };
    if (match[2] === undefined) return [labelCell, { lines: rest }];
    const valueStart = first.start + first.text.indexOf('|', label.length) + 1;
    return [labelCell, { lines: [{ text: first.text.slice(valueStart - first.start), start: valueStart, end: first.end }, ...rest] }];
  });
}

function isElementLabel(cell: Cell): boolean {
  const first = cell.lines[0];
  return first !== undefined && cell.lines.length === 1 && /\[(?:Flag|Text Block)\]\s*$/.test(first.text);
}

// A value is normally one cell; a text block that itself holds `|` lines (a pasted table) spans several.
function addElement(builder: DisclosureBuilder, labelCell: Cell, valueCells: Cell[]): void {
  const label = trimLine(labelCell.lines[0] as SourceLine);
  const content = valueCells.flatMap((cell) => cell.lines).map(trimLine).filter((line) => line.text !== '');
  const ref = cydElementByLabel(label.text);
  if (/\[Flag\]$/.test(label.text)) {
    if (ref?.kind === 'flag') addFlag(builder, ref.name, content[0]);
    return;
  }
  if (content.length === 0) return;
  const block = ref?.kind === 'textBlock' ? ref.name : undefined;
  const kind: SectionKind = block ? CYD_TEXT_BLOCKS[block].section : 'other';
  // A synthetic section per block (titled with the element's label), so section-aware facts find its prose.
  builder.addHeading(label.text, label.start, label.end, 2, kind);
  addTextBlock(builder, content, block);
}

function addFlag(builder: DisclosureBuilder, name: FlagName, value: SourceLine | undefined): void {
  const word = value?.text.toLowerCase();
  if (!value || (word !== 'true' && word !== 'false')) return;
  builder.setFlag(name, word === 'true', value.start, value.end);
}

/** One heading or paragraph of a text block. */
interface Unit {
  heading: boolean;
  lines: SourceLine[];
}

function addTextBlock(builder: DisclosureBuilder, content: SourceLine[], block: TextBlockName | undefined): void {
  const units = unitsOf(content);
  const texts: string[] = [];
  for (const unit of units) {
    const pieces = joinLines(unit.lines);
    texts.push(pieces.map((piece) => piece.text).join(''));
    const first = unit.lines[0] as SourceLine;
    if (unit.heading) builder.addHeading(first.text, first.start, first.end, 3);
    else builder.addBlock('paragraph', pieces, block);
  }
  const first = content[0] as SourceLine;
  const last = content[content.length - 1] as SourceLine;
  if (block) builder.setTextBlock(block, texts.join('\n\n'), first.start, last.end);
}

// The render breaks lines mid-sentence ("The" / "Group has engaged", "Two" / "-Star"); a paragraph ends only
// where a line ends a sentence and the next one starts one.
function unitsOf(lines: SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let pending: SourceLine[] = [];
  const flush = (): void => {
    if (pending.length > 0) units.push({ heading: false, lines: pending });
    pending = [];
  };
  lines.forEach((line, i) => {
    const previous = pending[pending.length - 1];
    if (previous && continuesInto(previous, line)) {
      pending.push(line);
      return;
    }
    flush();
    const next = lines[i + 1];
    if (next && isHeading(line, next)) units.push({ heading: true, lines: [line] });
    else pending.push(line);
  });
  flush();
  return units;
}

const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'nor', 'but', 'to', 'in', 'for', 'with', 'by', 'on', 'at', 'from', 'as', 'into',
  'its', 'our', 'their', 'his', 'her', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'that', 'which',
  'who', 'this', 'these', 'those', 'such', 'than', 'under', 'over', 'between', 'including', 'not', 'no', 'if', 'per', 'via',
]);

function continuesInto(line: SourceLine, next: SourceLine): boolean {
  return !endsSentence(line.text) || !startsSentence(next.text);
}

// A heading line is followed by a line that starts a sentence, and does not itself end mid-phrase.
function isHeading(line: SourceLine, next: SourceLine): boolean {
  if (!startsSentence(next.text) || /[-‐‑]$/.test(line.text)) return false;
  if (FUNCTION_WORDS.has(lastWord(line.text))) return false;
  return isHeadingLine(line.text) || isOneWordHeading(line.text);
}

// "Management" alone on a line before a paragraph; isHeadingLine wants two words to stay safe in plain text.
function isOneWordHeading(text: string): boolean {
  return /^\p{Lu}[\p{L}’'-]{3,}$/u.test(text) && !FUNCTION_WORDS.has(text.toLowerCase());
}

function endsSentence(text: string): boolean {
  return /[.!?:;]["'”’)\]]*$/.test(text);
}

function startsSentence(text: string): boolean {
  return /^[\p{Lu}\p{N}"'“‘(\[•]/u.test(text);
}

function lastWord(text: string): string {
  return (/[\p{L}’']+$/u.exec(text)?.[0] ?? '').toLowerCase();
}

/** The lines of one unit as one run of prose: a space where the render broke a line, nothing inside a hyphenated word. */
function joinLines(lines: SourceLine[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && !joinsTight(previous, line)) pieces.push({ text: ' ', sourceStart: previous.end });
    pieces.push({ text: line.text, sourceStart: line.start });
  });
  return pieces;
}

function joinsTight(previous: SourceLine, line: SourceLine): boolean {
  return /^[-‐‑]/.test(line.text) || /[\p{L}][-‐‑]$/u.test(previous.text);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** What the header rows say about the report: the form, if named, and the period end of "12 Months Ended". */
function headerMeta(header: Cell[]): DisclosureMeta {
  const text = header.flatMap((cell) => cell.lines.map((line) => line.text)).join('\n');
  const form = /\b(10-K|20-F)(\/A)?\b/i.exec(text);
  const ended = /Months Ended\s*\n\s*([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})/.exec(text);
  const month = ended ? MONTHS.indexOf((ended[1] as string).toLowerCase()) + 1 : 0;
  return {
    ...(form ? { form: `${(form[1] as string).toUpperCase()}${form[2] ?? ''}` as FormType } : {}),
    ...(ended && month > 0 ? { fiscalYearEnd: `${ended[3]}-${String(month).padStart(2, '0')}-${(ended[2] as string).padStart(2, '0')}` } : {}),
  };
}
