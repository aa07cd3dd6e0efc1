import { describe, it, expect } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { InputError } from '../../src/model/input-error.js';
import { combineInputErrors, formatAjvErrors, parseJsonSource, pointerSegments, toJsonPointer } from '../../src/parse/json-source.js';

function syntaxErrorOf(text: string): InputError {
  try {
    parseJsonSource('draft.json', text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseJsonSource: values and locations', () => {
  const text = '{\n  "company": "Acme",\n  "flags": { "a/b": true, "t~x": false },\n  "list": [1, "two"]\n}\n';
  const source = parseJsonSource('draft.json', text);

  it('returns the parsed value', () => {
    expect(source.value).toEqual({ company: 'Acme', flags: { 'a/b': true, 't~x': false }, list: [1, 'two'] });
  });

  it('locates values by JSON pointer, with 1-based line and column', () => {
    const span = source.locate('/company');
    expect(span?.start).toEqual({ line: 2, column: 14, offset: text.indexOf('"Acme"') });
    expect(text.slice(span?.start.offset, span?.end.offset)).toBe('"Acme"');
    expect(text.slice(source.locate('/list/1')?.start.offset, source.locate('/list/1')?.end.offset)).toBe('"two"');
    expect(source.locate('')?.start.offset).toBe(0);
  });

  it('unescapes ~1 and ~0 in pointers', () => {
    expect(text.slice(source.locate('/flags/a~1b')?.start.offset, source.locate('/flags/a~1b')?.end.offset)).toBe('true');
    expect(text.slice(source.locate('/flags/t~0x')?.start.offset, source.locate('/flags/t~0x')?.end.offset)).toBe('false');
    expect(pointerSegments('/flags/a~1b/t~0x')).toEqual(['flags', 'a/b', 't~x']);
    expect(toJsonPointer(['flags', 'a/b', 't~x', 3])).toBe('/flags/a~1b/t~0x/3');
  });

  it('locates property names', () => {
    const key = source.locateKey('/flags');
    expect(text.slice(key?.start.offset, key?.end.offset)).toBe('"flags"');
    expect(key?.start.line).toBe(3);
    expect(key?.start.column).toBe(3);
  });

  it('returns undefined for what is not there', () => {
    expect(source.locate('/missing')).toBeUndefined();
    expect(source.locate('/list/7')).toBeUndefined();
    expect(source.locate('/list/x')).toBeUndefined();
    expect(source.locate('/company/deeper')).toBeUndefined();
    expect(source.stringOffsets('/list/0')).toBeUndefined();
  });
});

describe('parseJsonSource: string offsets', () => {
  it('maps each character of a string, escapes included, to its place in the file', () => {
    const text = '{"p": "a\\nb\\"c\\u00e9\\\\d"}';
    const source = parseJsonSource('draft.json', text);
    const decoded = source.decodeString('/p');
    expect(decoded?.text).toBe('a\nb"cé\\d');
    const quote = text.indexOf('"a');
    expect(source.stringOffsets('/p')).toEqual([quote + 1, quote + 2, quote + 4, quote + 5, quote + 7, quote + 8, quote + 14, quote + 16]);
    // Each character ends after its whole escape, so a span never stops inside one.
    expect(decoded?.ends).toEqual([quote + 2, quote + 4, quote + 5, quote + 7, quote + 8, quote + 14, quote + 16, quote + 17]);
  });

  it('keeps astral characters as two UTF-16 units, raw or escaped', () => {
    const text = '{"raw": "x😀y", "escaped": "\\ud83d\\ude00"}';
    const source = parseJsonSource('draft.json', text);
    const raw = text.indexOf('"x') + 1;
    expect(source.stringOffsets('/raw')).toEqual([raw, raw + 1, raw + 2, raw + 3]);
    const escaped = source.decodeString('/escaped');
    expect(escaped?.text).toBe('😀');
    const at = text.indexOf('\\ud83d');
    expect(escaped?.offsets).toEqual([at, at + 6]);
  });

  it('tolerates a byte order mark without moving offsets', () => {
    const text = '\uFEFF{"company": "Acme"}';
    const source = parseJsonSource('draft.json', text);
    expect(source.value).toEqual({ company: 'Acme' });
    expect(source.locate('/company')?.start.offset).toBe(text.indexOf('"Acme"'));
  });
});

describe('parseJsonSource: syntax errors', () => {
  it('points at a trailing comma', () => {
    const error = syntaxErrorOf('{\n  "form": "10-K",\n  "company": "Acme",\n}\n');
    expect(error.problem).toMatch(/trailing comma/);
    expect(error.at).toMatchObject({ line: 3, column: 20 });
    expect(error.hint).toMatch(/Remove the comma/);
    expect(error.message).toMatch(/^draft\.json:3:20: /);
  });

  it('rejects comments', () => {
    const error = syntaxErrorOf('{\n  // reviewer note\n  "form": "10-K"\n}');
    expect(error.problem).toMatch(/comments are not allowed/);
    expect(error.at).toMatchObject({ line: 2, column: 3 });
  });

  it('points at a raw line break inside a string', () => {
    const error = syntaxErrorOf('{\n  "company": "Acme\nCorp"\n}');
    expect(error.problem).toMatch(/not closed before the end of the line/);
    expect(error.hint).toMatch(/\\n/);
    expect(error.at).toMatchObject({ line: 2, column: 19 });
  });

  it('points at the backslash of an invalid escape', () => {
    const error = syntaxErrorOf('{"path": "C:\\drafts"}');
    expect(error.problem).toMatch(/Invalid escape \\d/i);
    expect(error.at).toMatchObject({ line: 1, column: 13 });
  });

  it('reports a missing comma, single quotes, extra content and an empty file', () => {
    expect(syntaxErrorOf('{\n  "a": 1\n  "b": 2\n}').at).toMatchObject({ line: 3, column: 3 });
    expect(syntaxErrorOf('{\n  "a": 1\n  "b": 2\n}').problem).toMatch(/expected ","/);
    expect(syntaxErrorOf("{'form': '10-K'}").problem).toMatch(/single quotes/);
    expect(syntaxErrorOf('{form: "10-K"}').hint).toMatch(/double quotes/);
    expect(syntaxErrorOf('{"a": 1}\n{"b": 2}').at).toMatchObject({ line: 2, column: 1 });
    expect(syntaxErrorOf('  ').problem).toMatch(/empty/);
    expect(syntaxErrorOf('{"a": [1, 2}').problem).toMatch(/"\]" to close the array/);
  });

  it('rejects duplicate keys, naming both places', () => {
    const error = syntaxErrorOf('{\n  "form": "10-K",\n  "form": "20-F"\n}');
    expect(error.problem).toMatch(/Duplicate key "form" \(first given at line 2, column 3\)/);
    expect(error.at).toMatchObject({ line: 3, column: 3 });
  });
});

describe('formatAjvErrors', () => {
  const schema = {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: { type: 'string', description: 'The name of the thing.' },
      color: { enum: ['red', 'green', 'blue'] },
      enabled: { type: 'boolean' },
      date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'A date as YYYY-MM-DD.', examples: ['2024-12-31'] },
    },
  };
  const validate = new Ajv2020.default({ allErrors: true, verbose: true }).compile(schema);

  function errorsFor(text: string): InputError[] {
    const source = parseJsonSource('config.json', text);
    expect(validate(source.value)).toBe(false);
    return formatAjvErrors('config.json', validate.errors, source);
  }

  it('names an unknown key where it is written, with a spelling suggestion and the allowed keys', () => {
    const [error] = errorsFor('{\n  "name": "x",\n  "colour": "red"\n}');
    expect(error?.problem).toBe('Unknown key "colour"');
    expect(error?.pointer).toBe('/colour');
    expect(error?.at).toMatchObject({ line: 3, column: 3 });
    expect(error?.hint).toMatch(/did you mean "color"\?/);
    expect(error?.hint).toMatch(/allowed keys: name, color, enabled, date/);
  });

  it('explains wrong types, enums, patterns and missing keys', () => {
    const errors = errorsFor('{\n  "enabled": "yes",\n  "color": "gren",\n  "date": "31/12/2024"\n}');
    expect(errors.map((e) => e.pointer)).toEqual(['', '/enabled', '/color', '/date']);
    const [missing, type, color, date] = errors;
    expect(missing?.problem).toBe('Missing required key "name"');
    expect(missing?.hint).toMatch(/The name of the thing/);
    expect(type?.problem).toBe('Expected a boolean (true or false), found the string "yes"');
    expect(type?.at).toMatchObject({ line: 2, column: 14 });
    expect(color?.hint).toMatch(/Use one of "red", "green", "blue" \(did you mean "green"\?\)/);
    expect(date?.hint).toMatch(/YYYY-MM-DD.*e\.g\. "2024-12-31"/);
  });

  it('combines several errors into one that keeps the first place and lists the rest', () => {
    const errors = errorsFor('{"enabled": 1, "color": "pink"}');
    const combined = combineInputErrors(errors);
    expect(combined?.at).toEqual(errors[0]?.at);
    expect(combined?.hint).toMatch(/2 more problems/);
    expect(combined?.hint).toMatch(/config\.json:1:25: "pink" is not an allowed value/);
    expect(combineInputErrors([])).toBeUndefined();
  });

  it('lets a caller word an error its own way', () => {
    const source = parseJsonSource('config.json', '{"name": 3}');
    validate(source.value);
    const [error] = formatAjvErrors('config.json', validate.errors, source, {
      describe: (e) => (e.keyword === 'type' ? { problem: 'Names are text', hint: 'Quote it.' } : undefined),
    });
    expect(error?.problem).toBe('Names are text');
    expect(error?.at).toMatchObject({ line: 1, column: 10 });
  });
});
