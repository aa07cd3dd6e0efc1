// The job summary: draft text cannot inject HTML, links or table cells, and the summary stays under its size limit.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, safeUrl } from '../../src/report/escape-markdown.js';
import { formatMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/format-markdown.js';
import type { FileReport, Report, RuleResult } from '../../src/report/report.js';
import { summarize, summarizeFiles } from '../../src/report/summarize.js';

const HOSTILE = '<script>alert(1)</script> | cell | `code` [link](javascript:alert(1)) <img src=x onerror=alert(1)>\n# Heading\n<details open>';

function failure(message: string, evidence = message, line = 4): RuleResult {
  const location = { start: { line, column: 1, offset: 0 }, end: { line, column: 5, offset: 4 } };
  return { ruleId: 'acme/rule', title: 'A rule', status: 'fail', severity: 'error', message, citation: { source: 'S-K', section: '106', url: 'javascript:alert(1)' }, location, evidence: [{ text: evidence, location }], explanation: [] };
}

function reportOf(files: Array<Pick<FileReport, 'path' | 'results'>>): Report {
  const full = files.map((file) => ({ ...file, format: 'markdown' as const, form: '10-K' as const, summary: summarize(file.results) }));
  return { version: '1.0.0', tool: { name: 'disclosure-lint', version: '0.0.0' }, files: full, summary: summarizeFiles(full) };
}

describe('markdown escaping', () => {
  const summary = formatMarkdown(reportOf([{ path: 'drafts/<b>x</b>|y.md', results: [failure(HOSTILE), { ...failure('ok'), status: 'pass', title: HOSTILE }] }]));

  it('lets no HTML from the draft through: only the summary\'s own <details> and <summary> tags', () => {
    const tags = summary.match(/<\/?[a-z][^>]*>/gi) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<details>', '<summary>', '</summary>', '</details>']));
    expect(summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps draft text on its own line and out of the table', () => {
    const tableRows = summary.split('\n').filter((line) => line.startsWith('|'));
    expect(tableRows).toHaveLength(3);
    for (const row of tableRows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(8);
    expect(summary.split('\n').filter((line) => /^#/.test(line))).toEqual(['## ✖ disclosure-lint: 1 error, 0 warnings in 1 file', '### ✖ drafts/&lt;b&gt;x&lt;/b&gt;\\|y.md']);
    expect(summary).toContain('\\| cell \\| \\`code\\` \\[link\\](javascript:alert(1))');
  });

  it('links only to http(s) URLs', () => {
    expect(summary).not.toMatch(/(?<!\\)\](?:\(|%28)javascript:/);
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://example.com/a (b)')).toBeUndefined();
    expect(safeUrl('https://example.com/a_(b)')).toBe('https://example.com/a_%28b%29');
  });

  it('escapes Markdown punctuation, math and control characters', () => {
    expect(escapeMarkdown('$5 *million* ~~x~~ _y_ a\\b \u0007')).toBe('\\$5 \\*million\\* \\~\\~x\\~\\~ \\_y\\_ a\\\\b ');
  });
});

describe('markdown size limit', () => {
  const files = Array.from({ length: 40 }, (_, index) => ({ path: `drafts/file-${index}.md`, results: Array.from({ length: 5 }, (_, line) => failure(`Finding ${line} of file ${index}.`, 'x'.repeat(300), line + 1)) }));
  const report = reportOf(files);

  it('cuts the summary with a note when it would pass the limit', () => {
    const summary = formatMarkdown(report, { maxBytes: 20_000 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000);
    const note = /(\d+) more findings in (\d+) files are not shown/.exec(summary);
    expect(note).not.toBeNull();
    const shown = summary.match(/^- \[ \] /gm)?.length ?? 0;
    expect(shown + Number(note?.[1])).toBe(200);
    expect(summary.endsWith('</details>\n') || summary.includes('> [!WARNING]')).toBe(true);
    // Every <details> opened is closed.
    expect(summary.match(/<details>/g)?.length).toBe(summary.match(/<\/details>/g)?.length);
  });

  it('stays under 1 MiB by default however many findings there are', () => {
    const huge = reportOf(Array.from({ length: 50 }, (_, index) => ({ path: `d/${index}.md`, results: Array.from({ length: 100 }, (_, line) => failure(`Finding ${line}.`, 'y'.repeat(390), line + 1)) })));
    const summary = formatMarkdown(huge);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toContain('This summary was cut');
  });

  it('is not cut when everything fits', () => {
    expect(formatMarkdown(report)).not.toContain('This summary was cut');
  });
});
