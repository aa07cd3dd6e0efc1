// JSON drafts (schemas/disclosure.schema.json): metadata, flags, and the narrative as sections or as cyd text blocks.
import type { Disclosure, DisclosureMeta, FlagName, Section, TextBlockName } from '../model/disclosure.js';
import { CYD_TEXT_BLOCKS, flagNameFor, textBlockNameFor } from '../model/cyd-elements.js';
import { InputError } from '../model/input-error.js';
import { schemaValidator } from '../engine/schema-validator.js';
import { DisclosureBuilder, type TextPiece } from './disclosure-builder.js';
import { combineInputErrors, formatAjvErrors, parseJsonSource, toJsonPointer, type DecodedString, type JsonSource } from './json-source.js';

/** The draft as the schema guarantees it. */
interface JsonDraft {
  form?: DisclosureMeta['form'];
  company?: string;
  fiscalYearEnd?: string;
  filerStatus?: DisclosureMeta['filerStatus'];
  flags?: Record<string, boolean>;
  sections?: JsonSection[];
  textBlocks?: Record<string, string>;
}

interface JsonSection {
  heading: string;
  paragraphs?: string[];
  sections?: JsonSection[];
}

export function parseJson(path: string, text: string): Disclosure {
  const source = parseJsonSource(path, text);
  const validate = schemaValidator('disclosure.schema.json');
  if (!validate(source.value)) {
    throw combineInputErrors(formatAjvErrors(path, validate.errors, source)) ?? new InputError(path, 'The draft does not match the schema', 'See schemas/disclosure.schema.json.');
  }
  const draft = source.value as JsonDraft;
  const builder = new DisclosureBuilder(path, 'json', text);
  addFlags(builder, source, draft);
  (draft.sections ?? []).forEach((section, i) => addSection(builder, source, section, ['sections', i], undefined));
  addTextBlocks(builder, source, draft);
  return builder.build(metaOf(draft));
}

function metaOf(draft: JsonDraft): DisclosureMeta {
  return {
    ...(draft.form ? { form: draft.form } : {}),
    ...(draft.company ? { company: draft.company } : {}),
    ...(draft.fiscalYearEnd ? { fiscalYearEnd: draft.fiscalYearEnd } : {}),
    ...(draft.filerStatus ? { filerStatus: draft.filerStatus } : {}),
  };
}

function addFlags(builder: DisclosureBuilder, source: JsonSource, draft: JsonDraft): void {
  const seen = new Map<FlagName, string>();
  for (const [key, value] of Object.entries(draft.flags ?? {})) {
    const name = flagNameFor(key);
    if (!name) continue; // the schema admits only known names
    const pointer = toJsonPointer(['flags', key]);
    rejectSecondName(source, seen, name, key, pointer, 'flag');
    const span = source.locate(pointer);
    if (span) builder.setFlag(name, value, span.start.offset, span.end.offset);
  }
}

// The friendly name and the cyd element name of one flag (or block) would silently overwrite each other.
function rejectSecondName<N extends string>(source: JsonSource, seen: Map<N, string>, name: N, key: string, pointer: string, what: string): void {
  const earlier = seen.get(name);
  if (earlier !== undefined) {
    throw new InputError(source.file, `The ${what} "${name}" is given twice, as "${earlier}" and as "${key}"`, 'Keep one of the two keys (the friendly name or the cyd element name).', source.locateKey(pointer)?.start, pointer);
  }
  seen.set(name, key);
}

function addSection(builder: DisclosureBuilder, source: JsonSource, section: JsonSection, path: Array<string | number>, parent: Section | undefined): void {
  const heading = source.decodeString(toJsonPointer([...path, 'heading']));
  if (!heading) return;
  const { start, end } = trimmedRange(heading);
  const opened = builder.addHeading(heading.text.trim(), heading.offsets[start] ?? 0, heading.ends[end - 1] ?? 0, parent ? parent.depth + 1 : undefined);
  (section.paragraphs ?? []).forEach((_, i) => {
    const decoded = source.decodeString(toJsonPointer([...path, 'paragraphs', i]));
    if (decoded) addProse(builder, decoded);
  });
  (section.sections ?? []).forEach((child, i) => addSection(builder, source, child, [...path, 'sections', i], opened));
}

function addTextBlocks(builder: DisclosureBuilder, source: JsonSource, draft: JsonDraft): void {
  const seen = new Map<TextBlockName, string>();
  for (const key of Object.keys(draft.textBlocks ?? {})) {
    const name = textBlockNameFor(key);
    if (!name) continue;
    const pointer = toJsonPointer(['textBlocks', key]);
    rejectSecondName(source, seen, name, key, pointer, 'text block');
    const decoded = source.decodeString(pointer);
    const keySpan = source.locateKey(pointer);
    const valueSpan = source.locate(pointer);
    if (!decoded || !keySpan || !valueSpan) continue;
    const element = CYD_TEXT_BLOCKS[name];
    // A synthetic section per block, so facts that look for a risk-management or governance section find its prose.
    builder.addHeading(element.label, keySpan.start.offset, keySpan.end.offset, 2, element.section);
    builder.setTextBlock(name, decoded.text, valueSpan.start.offset, valueSpan.end.offset);
    addProse(builder, decoded, name);
  }
}

const BULLET = /^[•·▪●◦‣*\-–—]\s+/;

/** Adds a string's prose: blank lines separate paragraphs, bullet lines become list items. */
function addProse(builder: DisclosureBuilder, decoded: DecodedString, textBlock?: TextBlockName): void {
  let paragraph: Array<[number, number]> = [];
  const flush = (): void => {
    const first = paragraph[0];
    const last = paragraph[paragraph.length - 1];
    if (first && last) builder.addBlock('paragraph', [slicePiece(decoded, first[0], last[1])], textBlock);
    paragraph = [];
  };
  for (const [start, end] of lineRanges(decoded.text)) {
    const line = decoded.text.slice(start, end);
    const bullet = BULLET.exec(line.trimStart());
    if (line.trim() === '') {
      flush();
    } else if (bullet) {
      flush();
      const at = start + (line.length - line.trimStart().length) + bullet[0].length;
      builder.addBlock('list-item', [slicePiece(decoded, at, end)], textBlock);
    } else {
      paragraph.push([start, end]);
    }
  }
  flush();
}

function lineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(/\r\n|\n|\r/g)) {
    ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  ranges.push([start, text.length]);
  return ranges;
}

function slicePiece(decoded: DecodedString, start: number, end: number): TextPiece {
  return {
    text: decoded.text.slice(start, end),
    sourceStart: decoded.offsets[start] ?? 0,
    offsets: decoded.offsets.slice(start, end),
    ends: decoded.ends.slice(start, end),
  };
}

function trimmedRange(decoded: DecodedString): { start: number; end: number } {
  const start = decoded.text.length - decoded.text.trimStart().length;
  const end = decoded.text.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: decoded.text.length };
}
