// The bad-input matrix: every kind of unusable draft gets a message naming the file (and place) and what to do,
// exit code 2, and never stops the other files from being linted.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const GOOD = '# Item 1C. Cybersecurity\n\n## Governance\n\nThe Audit Committee oversees cybersecurity risk and receives a report from our CISO each quarter.\n';

interface FileResult {
  path: string;
  results: Array<{ ruleId: string; message: string; location: { start: { line: number; column: number } } }>;
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = makeTempDir('disclosure-lint-bad-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  writeFileSync(join(dir, 'good.md'), GOOD);
  return dir;
}

/** Lints the bad file beside a good one and returns the bad file's single result, after checking the good one ran. */
async function lintBeside(name: string, content: string | Buffer | undefined): Promise<{ code: number; result: FileResult['results'][number] }> {
  const cwd = workspace(content === undefined ? {} : { [name]: content });
  const run = await runCliCaptured([name, 'good.md', '--format', 'json'], { cwd });
  const report = JSON.parse(run.stdout) as { files: FileResult[] };
  const good = report.files.find((file) => file.path === 'good.md');
  expect(good?.results.some((result) => result.ruleId === 'no-placeholders')).toBe(true);
  const bad = report.files.find((file) => file.path === name);
  expect(bad?.results).toHaveLength(1);
  return { code: run.code, result: bad!.results[0]! };
}

describe('unusable drafts are reported for that file, the others still linted, exit code 2', () => {
  it.each([
    ['an empty file', 'empty.md', '', 'The file is empty. Write the Item 1C draft into it'],
    ['a file of white space only', 'blank.txt', '  \n\t\n', 'The file holds only white space'],
    ['a binary file', 'draft.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]), 'The file is binary, not a text draft. Save the draft as Markdown (.md), plain text (.txt) or JSON (.json)'],
    ['an unknown file extension', 'draft.docx', 'Item 1C. Cybersecurity', 'Unsupported file type ".docx". Save the draft as Markdown (.md), plain text (.txt) or JSON (.json); copy the text out of the word processor'],
    ['malformed JSON', 'draft.json', '{\n  "form": "10-K",\n  "sections": [\n}\n', 'Invalid JSON'],
    ['JSON of the wrong shape', 'shape.json', '{ "form": "10-K", "sections": "Item 1C" }', 'at /sections'],
    ['malformed YAML front matter', 'front.md', '---\nform: 10-K\ncompany: "Acme\n---\n\n# Item 1C. Cybersecurity\n', 'Invalid YAML front matter'],
  ])('%s', async (_label, name, content, expected) => {
    const { code, result } = await lintBeside(name, content);
    expect(code).toBe(2);
    expect(result.ruleId).toBe('invalid-input');
    expect(result.message).toContain(expected);
  });

  it('invalid UTF-8, with the line and column of the bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('# Item 1C. Cybersecurity\n\nOur CISO '), Buffer.from([0xff, 0xfe]), Buffer.from(' reports.\n')]);
    const { code, result } = await lintBeside('latin.md', bytes);
    expect(code).toBe(2);
    expect(result.message).toContain('not valid UTF-8 (byte 0xff)');
    expect(result.message).toContain('Re-save the draft with UTF-8 encoding');
    expect(result.location.start).toEqual({ line: 3, column: 10, offset: 35 });
  });

  it('malformed JSON points at the line and column', async () => {
    const { result } = await lintBeside('draft.json', '{\n  "form": "10-K",\n  "sections": [\n}\n');
    expect(result.location.start.line).toBe(4);
  });

  it('a missing path', async () => {
    const { code, result } = await lintBeside('nowhere.md', undefined);
    expect(code).toBe(2);
    expect(result.message).toContain('No such file');
  }, 10_000);

  it('a file the user may not read (skipped when running as root, who may read anything)', async (context) => {
    if (process.getuid?.() === 0) context.skip();
    const cwd = workspace({ 'locked.md': GOOD });
    chmodSync(join(cwd, 'locked.md'), 0o000);
    const run = await runCliCaptured(['locked.md', 'good.md', '--format', 'json'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Permission denied');
  });
});

describe('usage problems exit 2 and say what to do', () => {
  it('a directory with no drafts', async () => {
    const cwd = makeTempDir('disclosure-lint-empty-');
    mkdirSync(join(cwd, 'drafts'));
    writeFileSync(join(cwd, 'drafts', 'notes.docx'), 'x');
    const run = await runCliCaptured(['drafts'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('drafts: no drafts (.md, .markdown, .txt, .json) in this directory');
  });

  it('a glob that matches nothing, while other inputs are still linted', async () => {
    const cwd = workspace({});
    const run = await runCliCaptured(['filings/**/*.md', 'good.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('filings/**/*.md: no files match this pattern');
    expect(run.stdout).toContain('good.md');
  });
});

describe('text that is unusual but valid', () => {
  it('a UTF-8 byte order mark and CRLF line endings keep correct columns', async () => {
    const text = '\uFEFF# Item 1C. Cybersecurity\r\n\r\nOur CISO joined in 20XX and reports to the [Committee].\r\n';
    const cwd = workspace({ 'bom.md': text });
    const run = await runCliCaptured(['bom.md', '--rule', 'no-placeholders', '--format', 'json'], { cwd });
    const report = JSON.parse(run.stdout) as { files: FileResult[] };
    const locations = report.files[0]?.results.map((result) => result.location.start);
    expect(locations).toEqual([{ line: 3, column: 20, offset: 47 }, { line: 3, column: 44, offset: 71 }]);
    expect(run.code).toBe(1);
  });

  it('a 10 MB draft is linted, not refused', async () => {
    const paragraph = 'We maintain a cybersecurity program that includes risk assessments, vulnerability scanning and an incident response plan tested twice a year. ';
    const big = `# Item 1C. Cybersecurity\n\n${Array.from({ length: 5100 }, () => `${paragraph.repeat(14)}\n\n`).join('')}`;
    expect(big.length).toBeGreaterThan(10_000_000);
    const cwd = workspace({ 'big.md': big });
    const run = await runCliCaptured(['big.md', '--format', 'json'], { cwd });
    expect(run.code).toBeLessThan(2);
    const report = JSON.parse(run.stdout) as { files: FileResult[] };
    expect(report.files[0]?.results.every((result) => result.ruleId !== 'internal-error')).toBe(true);
  }, 120_000);
});

describe('standard input gets the checks a file gets', () => {
  async function lintStdin(stdin: Uint8Array): Promise<{ code: number; results: FileResult['results'] }> {
    const run = await runCliCaptured(['-', '--stdin-filename', 'draft.md', '--format', 'json'], { stdin });
    const report = JSON.parse(run.stdout) as { files: FileResult[] };
    return { code: run.code, results: report.files[0]?.results ?? [] };
  }

  it.each([
    ['empty', Buffer.alloc(0), 'Standard input is empty. Pipe the Item 1C draft into the command'],
    ['binary', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'Standard input is binary'],
    ['Latin-1, not UTF-8', Buffer.from('# Item 1C. Caf\xe9\n', 'latin1'), 'Standard input is not valid UTF-8 (byte 0xe9). Convert the draft to UTF-8'],
  ])('refuses %s input with exit code 2', async (_kind, stdin, problem) => {
    const { code, results } = await lintStdin(stdin);
    expect(code).toBe(2);
    expect(results.map((result) => result.ruleId)).toEqual(['invalid-input']);
    expect(results[0]?.message).toContain(problem);
  });

  it('drops a byte order mark, so columns count from the first visible character', async () => {
    const { results } = await lintStdin(Buffer.from('\uFEFF# Item 1C. Cybersecurity\n\nOur CISO joined in 20XX.\n'));
    expect(results.find((result) => result.ruleId === 'no-placeholders')?.location.start).toEqual({ line: 3, column: 20, offset: 45 });
  });
});
