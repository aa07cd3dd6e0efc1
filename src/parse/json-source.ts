// Strict JSON with source locations: parse once, then find any value, key or string character by JSON pointer.
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { ErrorObject } from 'ajv';
import type { Span } from '../model/disclosure.js';
import { InputError } from '../model/input-error.js';
import { LineIndex } from '../model/line-index.js';

/** A string value decoded character by character, each character tied to its place in the JSON file. */
export interface DecodedString {
  text: string;
  /** Source offset of each UTF-16 unit of `text` (the backslash, for an escape). */
  offsets: number[];
  /** Source offset just past each unit (past the whole escape, for an escape). */
  ends: number[];
}

export interface JsonSource {
  file: string;
  text: string;
  value: unknown;
  lines: LineIndex;
  /** The span of the value at a JSON pointer ("" is the whole document). */
  locate(pointer: string): Span | undefined;
  /** The span of the property name at a pointer (the value's span for array items and the root). */
  locateKey(pointer: string): Span | undefined;
  /** Source offset of each character of the string value at a pointer, escapes included; undefined if it is not a string. */
  stringOffsets(pointer: string): number[] | undefined;
  decodeString(pointer: string): DecodedString | undefined;
}

/** Lets a caller word some validation errors its own way (e.g. a rule that spans two keys). */
export interface AjvErrorWording {
  describe?: (error: ErrorObject) => { problem: string; hint: string } | undefined;
}

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

export function parseJsonSource(file: string, text: string): JsonSource {
  // A byte order mark is not JSON but harmless; a space keeps every offset where it was.
  const parsable = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(parsable, errors, PARSE_OPTIONS);
  const first = errors[0];
  if (first || !root) throw syntaxError(file, parsable, lines, first);
  const duplicate = findDuplicateKey(root);
  if (duplicate) throw duplicateKeyError(file, lines, duplicate);
  const value = strictValue(file, parsable, lines);
  return makeSource(file, text, value, lines, root);
}

function makeSource(file: string, text: string, value: unknown, lines: LineIndex, root: Node): JsonSource {
  const spanOf = (node: Node | undefined): Span | undefined => (node ? lines.span(node.offset, node.offset + node.length) : undefined);
  const decodeString = (pointer: string): DecodedString | undefined => {
    const node = nodeAt(root, pointer);
    if (!node || node.type !== 'string') return undefined;
    const scanned = scanString(text, node.offset);
    return 'error' in scanned ? undefined : scanned;
  };
  return {
    file,
    text,
    value,
    lines,
    locate: (pointer) => spanOf(nodeAt(root, pointer)),
    locateKey: (pointer) => spanOf(keyNodeAt(root, pointer)),
    stringOffsets: (pointer) => decodeString(pointer)?.offsets,
    decodeString,
  };
}

/** Splits a JSON pointer into its unescaped reference tokens. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toJsonPointer(segments: Array<string | number>): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function nodeAt(root: Node, pointer: string): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of pointerSegments(pointer)) {
    if (!node) return undefined;
    node = childNode(node, segment)?.value;
  }
  return node;
}

function keyNodeAt(root: Node, pointer: string): Node | undefined {
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  if (last === undefined) return root;
  const parent = nodeAt(root, toJsonPointer(segments));
  const child = parent ? childNode(parent, last) : undefined;
  return child ? (child.key ?? child.value) : undefined;
}

// The last property wins, as in JSON.parse, so a location always matches the value that was used.
function childNode(node: Node, segment: string): { key?: Node; value: Node | undefined } | undefined {
  if (node.type === 'array') {
    if (!/^(?:0|[1-9]\d*)$/.test(segment)) return undefined;
    const item = node.children?.[Number(segment)];
    return item ? { value: item } : undefined;
  }
  if (node.type !== 'object') return undefined;
  const property = [...(node.children ?? [])].reverse().find((child) => child.children?.[0]?.value === segment);
  if (!property) return undefined;
  const [key, value] = property.children ?? [];
  return { ...(key ? { key } : {}), value };
}

type ScanResult = DecodedString | { error: string; hint: string; at: number };

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const ESCAPE_HINT = 'Valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash itself as \\\\.';

/** Decodes the string literal whose opening quote is at `quote`, or says where and why it is not valid JSON. */
export function scanString(text: string, quote: number): ScanResult {
  const decoded: DecodedString = { text: '', offsets: [], ends: [] };
  const push = (chars: string, start: number, end: number): void => {
    decoded.text += chars;
    decoded.offsets.push(start);
    decoded.ends.push(end);
  };
  let i = quote + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === '"') return decoded;
    if (code === 10 || code === 13) return { error: 'The string is not closed before the end of the line', hint: 'Close it with " on the same line; write a line break inside a string as \\n.', at: i };
    if (code < 0x20) return { error: 'A control character (such as a tab) is inside a string', hint: 'Write it as an escape: \\t for a tab, \\n for a line break.', at: i };
    if (ch !== '\\') {
      push(ch, i, i + 1);
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      push(simple, i, i + 2);
      i += 2;
      continue;
    }
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
      continue;
    }
    return next === 'u'
      ? { error: 'Invalid \\u escape', hint: '\\u must be followed by exactly four hexadecimal digits, e.g. \\u2019.', at: i }
      : { error: `Invalid escape \\${next}`, hint: ESCAPE_HINT, at: i };
  }
  return { error: 'The string is not closed before the end of the file', hint: 'Close it with ".', at: quote };
}

interface SyntaxProblem {
  problem: string;
  hint: string;
  at: number;
}

// jsonc-parser error codes (a const enum in its typings, so the numbers are spelled out here).
const PARSE_CODE = {
  InvalidSymbol: 1, InvalidNumberFormat: 2, PropertyNameExpected: 3, ValueExpected: 4, ColonExpected: 5, CommaExpected: 6,
  CloseBraceExpected: 7, CloseBracketExpected: 8, EndOfFileExpected: 9, InvalidCommentToken: 10, UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12, UnexpectedEndOfNumber: 13, InvalidUnicode: 14, InvalidEscapeCharacter: 15, InvalidCharacter: 16,
} as const;

function syntaxError(file: string, text: string, lines: LineIndex, error: ParseError | undefined): InputError {
  const found = error ? describeSyntaxError(text, error) : { problem: 'The file holds no JSON value', hint: 'Write a JSON object, e.g. { "form": "10-K" }.', at: 0 };
  return new InputError(file, `Invalid JSON: ${found.problem}`, found.hint, lines.point(found.at));
}

function describeSyntaxError(text: string, error: ParseError): SyntaxProblem {
  const at = error.offset;
  const found = tokenAt(text, at);
  const char = text[at];
  if (text.trim() === '') return { problem: 'the file is empty', hint: 'Write a JSON object, e.g. { "form": "10-K" }.', at: 0 };
  switch (error.error) {
    case PARSE_CODE.InvalidCommentToken:
    case PARSE_CODE.UnexpectedEndOfComment:
      return { problem: 'comments are not allowed in JSON', hint: 'Remove the comment; strict JSON has no // or /* */ comments (put notes in a string value if the format has one).', at };
    case PARSE_CODE.UnexpectedEndOfString:
    case PARSE_CODE.InvalidCharacter:
    case PARSE_CODE.InvalidEscapeCharacter:
    case PARSE_CODE.InvalidUnicode:
      return stringProblem(text, at);
    case PARSE_CODE.PropertyNameExpected:
      if (char === '}' && afterComma(text, at)) return trailingComma(text, at, 'property');
      return { problem: `expected a property name in double quotes, found ${found}`, hint: 'Write keys in double quotes, e.g. "form": "10-K"; single quotes and bare words are not JSON.', at };
    case PARSE_CODE.ValueExpected:
      if ((char === ']' || char === '}') && afterComma(text, at)) return trailingComma(text, at, 'item');
      if (at >= text.trimEnd().length) return { problem: 'the file ends where a value was expected', hint: 'Complete the value and close every { and [.', at };
      return { problem: `expected a value, found ${found}`, hint: 'A value is an object, an array, a string in double quotes, a number, true, false or null.', at };
    case PARSE_CODE.ColonExpected:
      return { problem: `expected ":" after the property name, found ${found}`, hint: 'Write each property as "key": value.', at };
    case PARSE_CODE.CommaExpected:
      if (char === '}') return { problem: 'expected "," or "]" to close the array, found \'}\'', hint: 'Close every [ with ] before the } of the enclosing object.', at };
      if (char === ']') return { problem: 'expected "," or "}" to close the object, found \']\'', hint: 'Close every { with } before the ] of the enclosing array.', at };
      return { problem: `expected "," before ${found}`, hint: 'Separate properties and array items with commas.', at };
    case PARSE_CODE.CloseBraceExpected:
      return { problem: `expected "}" to close the object, found ${found}`, hint: 'Close every { with } (and separate properties with commas).', at };
    case PARSE_CODE.CloseBracketExpected:
      return { problem: `expected "]" to close the array, found ${found}`, hint: 'Close every [ with ] (and separate items with commas).', at };
    case PARSE_CODE.EndOfFileExpected:
      return { problem: `unexpected ${found} after the end of the JSON value`, hint: 'A JSON file holds exactly one value; remove the extra text or put the values in one object or array.', at };
    case PARSE_CODE.InvalidNumberFormat:
    case PARSE_CODE.UnexpectedEndOfNumber:
      return { problem: 'invalid number', hint: 'Write numbers like 12, -3.5 or 1e6, without leading zeros; quote values that are not numbers.', at };
    default:
      if (char === "'") return { problem: 'single quotes are not allowed in JSON', hint: 'Put keys and strings in double quotes.', at };
      if (/^[A-Za-z_]/.test(char ?? '')) return { problem: `unexpected word ${found}`, hint: 'Put keys and strings in double quotes; the only bare words in JSON are true, false and null.', at };
      return { problem: `unexpected ${found}`, hint: 'JSON allows objects, arrays, strings in double quotes, numbers, true, false and null.', at };
  }
}

function stringProblem(text: string, at: number): SyntaxProblem {
  const scanned = text[at] === '"' ? scanString(text, at) : undefined;
  if (scanned && 'error' in scanned) return { problem: scanned.error.charAt(0).toLowerCase() + scanned.error.slice(1), hint: scanned.hint, at: scanned.at };
  return { problem: 'invalid string', hint: 'Strings are written in double quotes, with escapes for quotes, backslashes and line breaks.', at };
}

function afterComma(text: string, at: number): boolean {
  return /,\s*$/.test(text.slice(0, at));
}

function trailingComma(text: string, at: number, what: 'property' | 'item'): SyntaxProblem {
  const comma = text.lastIndexOf(',', at);
  return {
    problem: `trailing comma after the last ${what}`,
    hint: 'Remove the comma: JSON does not allow a comma before a closing } or ].',
    at: comma >= 0 ? comma : at,
  };
}

function tokenAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const token = /^(?:"[^"\n]{0,20}"?|[A-Za-z0-9_.+\-]{1,20}|.)/su.exec(text.slice(offset))?.[0] ?? '';
  return token === '\n' || token === '\r' ? 'a line break' : `'${token}'`;
}

interface DuplicateKey {
  key: string;
  first: Node;
  second: Node;
}

function findDuplicateKey(node: Node): DuplicateKey | undefined {
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      const earlier = seen.get(key.value as string);
      if (earlier) return { key: key.value as string, first: earlier, second: key };
      seen.set(key.value as string, key);
    }
  }
  for (const child of node.children ?? []) {
    const found = findDuplicateKey(child);
    if (found) return found;
  }
  return undefined;
}

function duplicateKeyError(file: string, lines: LineIndex, duplicate: DuplicateKey): InputError {
  const first = lines.point(duplicate.first.offset);
  return new InputError(
    file,
    `Duplicate key "${duplicate.key}" (first given at line ${first.line}, column ${first.column})`,
    'Keep one of them: JSON readers silently use only the last, so the other is lost.',
    lines.point(duplicate.second.offset),
  );
}

// jsonc-parser is lenient in corners strict JSON is not (e.g. some number forms); JSON.parse is the final word.
function strictValue(file: string, text: string, lines: LineIndex): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const problem = `Invalid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '')}`;
    throw new InputError(file, problem, 'Fix the JSON syntax at this place.', lines.point(position ? Number(position[1]) : 0));
  }
}

/**
 * Turns ajv errors into located InputErrors (file, line, column, JSON pointer, what to do), sorted by place.
 * Compile the schema with `verbose: true` so the errors carry the schema they failed, which the hints quote.
 */
export function formatAjvErrors(file: string, errors: readonly ErrorObject[] | null | undefined, source: JsonSource, wording: AjvErrorWording = {}): InputError[] {
  const seen = new Set<string>();
  const located = (errors ?? []).flatMap((error) => {
    const found = describeAjvError(error, source, wording);
    const key = `${found.pointer}\u0000${found.problem}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [found];
  });
  located.sort((a, b) => (a.span?.start.offset ?? 0) - (b.span?.start.offset ?? 0));
  return located.map((found) => new InputError(file, found.problem, found.hint, found.span?.start, found.pointer));
}

/** One error that lists them all, for callers that throw: located at the first, the others described in the hint. */
export function combineInputErrors(errors: readonly InputError[]): InputError | undefined {
  const [first, ...rest] = errors;
  if (!first || rest.length === 0) return first;
  const others = rest.map((error) => `  ${error.message}`).join('\n');
  return new InputError(first.file, first.problem, `${first.hint}\n${rest.length} more problem${rest.length === 1 ? '' : 's'}:\n${others}`, first.at, first.pointer);
}

interface LocatedProblem {
  problem: string;
  hint: string;
  pointer: string;
  span: Span | undefined;
}

function describeAjvError(error: ErrorObject, source: JsonSource, wording: AjvErrorWording): LocatedProblem {
  const pointer = error.keyword === 'additionalProperties'
    ? `${error.instancePath}${toJsonPointer([String(error.params['additionalProperty'])])}`
    : error.instancePath;
  const onKey = error.keyword === 'additionalProperties' || error.keyword === 'false schema' || error.keyword === 'not';
  const span = (onKey ? source.locateKey(pointer) : undefined) ?? source.locate(pointer) ?? source.locate('');
  const custom = wording.describe?.(error);
  const words = custom ?? explainAjvError(error, pointer);
  return { ...words, pointer, span };
}

function explainAjvError(error: ErrorObject, pointer: string): { problem: string; hint: string } {
  const params = error.params as Record<string, unknown>;
  const schemaNote = describeSchema(error.parentSchema);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys(propertiesOf(error.parentSchema));
      const guess = closest(key, allowed);
      return {
        problem: `Unknown key "${key}"`,
        hint: `Remove it or check the spelling${guess ? ` (did you mean "${guess}"?)` : ''}; allowed keys: ${allowed.join(', ') || 'none'}.`,
      };
    }
    case 'required': {
      const missing = String(params['missingProperty']);
      const about = describeSchema(propertiesOf(error.parentSchema)[missing]);
      return { problem: `Missing required key "${missing}"`, hint: `Add "${missing}"${about ? `: ${about}` : '.'}` };
    }
    case 'type':
      return { problem: `Expected ${withArticle(String(params['type']))}, found ${jsonType(error.data)}`, hint: `Change the value to ${withArticle(String(params['type']))}${exampleOf(error.parentSchema)}.` };
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[] | undefined) ?? [];
      const guess = typeof error.data === 'string' ? closest(error.data, allowed.filter((v): v is string => typeof v === 'string')) : undefined;
      return { problem: `${JSON.stringify(error.data)} is not an allowed value`, hint: `Use one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}.` };
    }
    case 'const':
      return { problem: `${JSON.stringify(error.data)} is not the allowed value`, hint: `Use ${JSON.stringify(params['allowedValue'])}.` };
    case 'pattern':
    case 'format':
      return { problem: `${JSON.stringify(error.data)} does not have the expected form`, hint: `${schemaNote || `It must match ${String(params['pattern'] ?? params['format'])}.`}${exampleOf(error.parentSchema) ? ` Write it${exampleOf(error.parentSchema)}.` : ''}` };
    case 'minLength':
      return Number(params['limit']) <= 1
        ? { problem: 'The string is empty', hint: `Write a value or remove the key.${schemaNote ? ` ${schemaNote}` : ''}` }
        : { problem: `The string is shorter than ${String(params['limit'])} characters`, hint: 'Write a longer value.' };
    case 'minItems':
      return { problem: `The array needs at least ${String(params['limit'])} item${Number(params['limit']) === 1 ? '' : 's'}`, hint: `Add items or remove the key.${schemaNote ? ` ${schemaNote}` : ''}` };
    case 'false schema':
    case 'not':
      return { problem: `${lastSegmentName(pointer)} is not allowed here`, hint: schemaNote || 'Remove it.' };
    default:
      return { problem: capitalize(error.message ?? `Fails the "${error.keyword}" check`), hint: schemaNote || 'Check the value against the schema.' };
  }
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  const properties = isRecord(schema) ? schema['properties'] : undefined;
  return isRecord(properties) ? properties : {};
}

function describeSchema(schema: unknown): string {
  const description = isRecord(schema) ? schema['description'] : undefined;
  return typeof description === 'string' ? description : '';
}

function exampleOf(schema: unknown): string {
  const examples = isRecord(schema) ? schema['examples'] : undefined;
  return Array.isArray(examples) && examples.length > 0 ? `, e.g. ${JSON.stringify(examples[0])}` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function withArticle(type: string): string {
  const names: Record<string, string> = { object: 'an object', array: 'an array', integer: 'an integer', string: 'a string', number: 'a number', boolean: 'a boolean (true or false)', null: 'null' };
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}

function lastSegmentName(pointer: string): string {
  const last = pointerSegments(pointer).pop();
  return last === undefined ? 'This value' : `"${last}"`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The allowed word nearest to a misspelling, if it is near enough to be a likely typo. */
function closest(word: string, candidates: string[]): string | undefined {
  // An abbreviation ("warn" for "warning") is as likely a slip as a typo.
  const extended = word.length >= 3 ? candidates.filter((candidate) => candidate.toLowerCase().startsWith(word.toLowerCase())) : [];
  if (extended.length === 1) return extended[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
