// What arrives in a pull request cannot reach outside the repository or drive the reader's tools: symbolic links
// that leave the repository are not followed, and draft text cannot inject terminal sequences or markup.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const DRAFT = '# Item 1C. Cybersecurity\n\n## Governance\n\nThe Audit Committee oversees cybersecurity risk.\n';

function repository(): { root: string; outside: string } {
  const base = makeTempDir('disclosure-lint-sec-');
  const root = join(base, 'repo');
  mkdirSync(join(root, 'drafts'), { recursive: true });
  writeFileSync(join(root, 'drafts', 'real.md'), DRAFT);
  const outside = join(base, 'secret.md');
  writeFileSync(outside, '# Item 1C. Cybersecurity\n\nAPI key sk-live-123 [TBD]\n');
  return { root, outside };
}

describe('symbolic links', () => {
  it.each([
    ['a directory walk', ['drafts']],
    ['a glob', ['drafts/*.md']],
    ['an explicit path', ['drafts/leak.md', 'drafts/real.md']],
  ])('are not followed out of the repository in %s', async (_label, inputs) => {
    const { root, outside } = repository();
    symlinkSync(outside, join(root, 'drafts', 'leak.md'));
    const run = await runCliCaptured([...inputs, '--format', 'json'], { cwd: root });
    expect(run.stdout).not.toContain('sk-live-123');
    expect(run.stderr).toContain('drafts/leak.md: a symbolic link that leads outside');
    expect((JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path)).toEqual(['drafts/real.md']);
    expect(run.code).toBe(2);
  });

  it('inside the repository are followed', async () => {
    const { root } = repository();
    symlinkSync(join(root, 'drafts', 'real.md'), join(root, 'drafts', 'alias.md'));
    const run = await runCliCaptured(['drafts', '--format', 'json'], { cwd: root });
    expect((JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path)).toEqual(['drafts/alias.md', 'drafts/real.md']);
  });
});

describe('draft text in the output', () => {
  const hostile = '# Item 1C. Cybersecurity\n\n## Governance\n\nOur CISO [TBD]\u001b[2J\u001b]0;owned\u0007 reports <script>alert(1)</script> | ::error::x to the Board.\n';

  it('stylish strips terminal control sequences', async () => {
    const { root } = repository();
    writeFileSync(join(root, 'drafts', 'hostile.md'), hostile);
    const run = await runCliCaptured(['drafts/hostile.md', '--rule', 'no-placeholders', '--color'], { cwd: root });
    expect(run.stdout).toContain('[TBD]');
    expect(run.stdout).not.toContain('\u001b[2J');
    expect(run.stdout).not.toContain('\u001b]0;');
    expect(run.stdout).not.toContain('\u0007');
  });

  it('junit escapes markup, and sarif and json stay valid JSON', async () => {
    const { root } = repository();
    writeFileSync(join(root, 'drafts', 'hostile.md'), hostile.replace('[TBD]', '[TBD] <b>&amp;</b>'));
    const junit = await runCliCaptured(['drafts/hostile.md', '--rule', 'no-placeholders', '--format', 'junit'], { cwd: root });
    expect(junit.stdout).not.toContain('<b>');
    expect(junit.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    for (const format of ['sarif', 'json']) {
      const run = await runCliCaptured(['drafts/hostile.md', '--format', format], { cwd: root });
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });
});
