// Property-based tests over all four input formats: arbitrary drafts never crash the pipeline, every location lies
// inside the file and quotes it, output is deterministic across runs and input order, and drafts are never modified.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/lint.js';
import { LineIndex } from '../../src/model/line-index.js';
import { parseText } from '../../src/parse/parse-text.js';
import type { FileReport } from '../../src/report/report.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const linter = new Linter();
const dir = makeTempDir('disclosure-lint-prop-');

const word = fc.oneof(
  fc.constantFrom('Item 1C.', 'Cybersecurity', 'Governance', 'Audit Committee', 'CISO', 'Mr.', 'U.S.', 'e.g.', '[TBD]', 'XX', '•', '|', ':', '—', 'hasadopted', 'Item IA', 'may', 'quarterly', '\t', '"', '“', '’', '😀', '\u0000', '\u001b[31m', '::error::'),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z]{1,12}$/),
);
const line = fc.array(word, { maxLength: 25 }).map((words) => words.join(' '));
const prose = fc.array(line, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((eol) => lines.join(eol)));

const markdown = fc.tuple(fc.boolean(), prose).map(([frontMatter, body]) => (frontMatter ? `---\nform: 10-K\nflags:\n  thirdPartyEngaged: true\n---\n\n${body}` : body));
const json = fc.record({ heading: line, paragraphs: fc.array(line, { maxLength: 6 }) }).map((section) => JSON.stringify({ form: '20-F', sections: [section] }, null, 2));
const xbrl = fc.array(fc.tuple(fc.constantFrom('Cybersecurity Risk Board of Directors Oversight [Text Block]', 'Cybersecurity Risk Management Third Party Engaged [Flag]', 'Unknown Label [Text Block]'), prose), { maxLength: 5 })
  .map((rows) => rows.map(([label, text]) => `|${label}|\n${label.endsWith('[Flag]') ? '|true' : text.split(/\r?\n/).map((row) => `|${row}`).join('\n')}`).join('\n'));

let counter = 0;
function writeDraft(extension: string, text: string): string {
  const path = join(dir, `draft-${counter++}${extension}`);
  writeFileSync(path, text);
  return path;
}

function checkLocations(report: FileReport, source: string): void {
  const lines = new LineIndex(source);
  const points = report.results.flatMap((result) => [result.location, ...result.evidence.map((evidence) => evidence.location)]);
  for (const span of points) {
    for (const point of [span.start, span.end]) {
      expect(point.offset).toBeGreaterThanOrEqual(0);
      expect(point.offset).toBeLessThanOrEqual(source.length);
      expect(lines.point(point.offset)).toEqual(point);
    }
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
  }
  for (const result of report.results) {
    for (const evidence of result.evidence) {
      const quoted = source.slice(evidence.location.start.offset, evidence.location.end.offset).replace(/\s+/g, ' ').trim();
      expect(quoted.startsWith(evidence.text.replace(/…$/, ''))).toBe(true);
    }
  }
}

async function lintChecked(extension: string, text: string): Promise<FileReport> {
  const path = writeDraft(extension, text);
  const before = statSync(path);
  const bytes = readFileSync(path);
  const report = await linter.lintFile(path);
  expect(report.results.filter((result) => result.ruleId === 'internal-error')).toEqual([]);
  const source = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (report.results[0]?.ruleId !== 'invalid-input') checkLocations(report, source);
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
  expect(await linter.lintFile(path)).toEqual(report);
  return report;
}

describe('arbitrary drafts', () => {
  it.each([
    ['Markdown', '.md', markdown],
    ['plain text', '.txt', prose],
    ['JSON', '.json', json],
    ['XBRL viewer render', '.txt', xbrl],
  ] as const)('%s: no crash, locations inside the file, deterministic, file untouched', async (_name, extension, arbitrary) => {
    await fc.assert(fc.asyncProperty(arbitrary, (text) => lintChecked(extension, text).then(() => undefined)), { numRuns: 40 });
  }, 120_000);

  it('plain-text sentence spans hold exactly the sentence (white space aside; table cells are re-joined)', () => {
    fc.assert(fc.property(prose, (text) => {
      for (const paragraph of parseText('p.txt', text).paragraphs.filter((candidate) => candidate.kind !== 'table-row')) {
        for (const sentence of paragraph.sentences) {
          expect(text.slice(sentence.span.start.offset, sentence.span.end.offset).replace(/\s+/g, ' ')).toBe(sentence.text.replace(/\s+/g, ' '));
        }
      }
    }), { numRuns: 200 });
  });

  it('results do not depend on the order files are given in', async () => {
    await fc.assert(fc.asyncProperty(fc.array(markdown, { minLength: 2, maxLength: 5 }), async (texts) => {
      const paths = texts.map((text) => writeDraft('.md', text));
      const forward = await Promise.all(paths.map((path) => linter.lintFile(path)));
      const backward = await Promise.all([...paths].reverse().map((path) => linter.lintFile(path)));
      expect(backward.reverse()).toEqual(forward);
    }), { numRuns: 15 });
  }, 120_000);
});
