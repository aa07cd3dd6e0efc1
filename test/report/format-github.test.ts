// The github formatter's escaping (a draft must not be able to end an annotation or start a workflow command) and limits.
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/format-github.js';
import type { Report, RuleResult } from '../../src/report/report.js';
import { summarize, summarizeFiles } from '../../src/report/summarize.js';
import { runCliCaptured } from '../helpers/run-cli.js';

const HOSTILE = 'test/fixtures/ci/hostile.md';

function reportOf(path: string, results: RuleResult[]): Report {
  const files = [{ path, format: 'markdown' as const, form: '10-K' as const, results, summary: summarize(results) }];
  return { version: '1.0.0', tool: { name: 'disclosure-lint', version: '0.0.0' }, files, summary: summarizeFiles(files) };
}

function failure(message: string, severity: RuleResult['severity'] = 'error', line = 3): RuleResult {
  const location = { start: { line, column: 2, offset: 10 }, end: { line, column: 9, offset: 17 } };
  return { ruleId: 'acme/rule', title: 'A rule', status: 'fail', severity, message, citation: { source: 'S-K: Item 106', section: '(b)(1), (c)' }, location, evidence: [], explanation: [] };
}

// What the runner does with a command line: split properties on "," and "=", then decode.
function decodeCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a command: ${line}`);
  const decode = (text: string): string => text.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const properties = Object.fromEntries((match[2] ?? '').split(',').map((pair) => {
    const [key = '', ...value] = pair.split('=');
    return [key, decode(value.join('='))];
  }));
  return { command: match[1] ?? '', properties, data: decode(match[3] ?? '') };
}

describe('escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');
    // % first, so an already escaped-looking sequence survives the round trip.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('keeps every annotation on one line and round-trips message, title and file', () => {
    const message = 'Found 100% of "20XX"\r\n::error::injected, or: not?\nlast line';
    const text = formatGithub(reportOf('drafts/a,b:c.md', [failure(message)])).text;
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const decoded = decodeCommand(lines[0] ?? '');
    expect(decoded.command).toBe('error');
    expect(decoded.properties).toEqual({ file: 'drafts/a,b:c.md', line: '3', endLine: '3', col: '2', endColumn: '9', title: 'acme/rule (S-K: Item 106, (b)(1), (c))' });
    expect(decoded.data).toBe(message);
  });

  it('a draft holding workflow commands cannot inject one through the real pipeline', async () => {
    const run = await runCliCaptured([HOSTILE, '--format', 'github']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.trimStart()).toMatch(/^(?:::(?:error|warning|notice) file=test\/fixtures\/ci\/hostile\.md,line=\d+,|disclosure-lint: )/);
    expect(run.stdout).not.toMatch(/^\s*::add-mask::/m);
    const placeholder = lines.map(decodeCommand).find((command) => command.data.includes('[insert years'));
    expect(placeholder?.data).toContain('“[insert years: 10, 12 or 15 %]”');
  });
});

describe('which findings are annotated', () => {
  const many = reportOf('d.md', [
    ...Array.from({ length: 12 }, (_, index) => failure(`error ${index}`, 'error', index + 1)),
    ...Array.from({ length: 3 }, (_, index) => failure(`warning ${index}`, 'warning', index + 1)),
    failure('info', 'info', 30),
  ]);

  it('at most 10 per level, and says how many were left out', () => {
    const result = formatGithub(many);
    expect(result.text.match(/^::error /gm)).toHaveLength(10);
    expect(result.text.match(/^::warning /gm)).toHaveLength(3);
    expect(result.text.match(/^::notice /gm)).toHaveLength(1);
    expect(result).toMatchObject({ annotated: 14, overLimit: 2, outsideChangedLines: 0 });
    expect(result.text).toContain('disclosure-lint: 2 more findings were not annotated');
  });

  it('changed lines first when they are known', () => {
    const changedLines = new Map([['d.md', [{ start: 11, end: 12 }]]]);
    const result = formatGithub(many, { changedLines });
    expect(result.text).toContain('::error file=d.md,line=11,');
    expect(result.text).toContain('::error file=d.md,line=12,');
    expect(result.text).not.toContain('::error file=d.md,line=10,');
  });

  it('scope changed-lines annotates only findings on changed lines, and counts the others', () => {
    const changedLines = new Map([['d.md', [{ start: 2, end: 2 }, { start: 30, end: 40 }]]]);
    const result = formatGithub(many, { scope: 'changed-lines', changedLines });
    expect(result.text.trimEnd().split('\n').map((line) => decodeCommand(line).properties.line)).toEqual(['2', '2', '30']);
    expect(result).toMatchObject({ annotated: 3, overLimit: 0, outsideChangedLines: 13 });
  });

  it('scope changed-lines without a known diff annotates everything; scope none annotates nothing', () => {
    expect(formatGithub(many, { scope: 'changed-lines' }).annotated).toBe(14);
    expect(formatGithub(many, { scope: 'none' })).toEqual({ text: '', annotated: 0, overLimit: 0, outsideChangedLines: 0 });
  });
});
