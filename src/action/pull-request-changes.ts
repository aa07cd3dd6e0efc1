// The lines a pull request changes, from the event payload's base commit and the local git history (no network).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ChangedLines } from '../report/changed-lines.js';
import { parseDiff } from './parse-diff.js';

export type PullRequestChanges =
  | { kind: 'not-a-pull-request' }
  | { kind: 'unknown'; reason: string }
  | { kind: 'known'; changedLines: ChangedLines };

interface PullRequestEvent {
  pull_request?: { base?: { sha?: string } };
}

export function pullRequestChanges(eventPath: string | undefined, workspace: string): PullRequestChanges {
  const base = eventPath ? readBaseSha(eventPath) : undefined;
  if (!base) return { kind: 'not-a-pull-request' };
  try {
    // Three dots: from the merge base, so commits that landed on the base branch since are not counted as changes.
    const diff = execFileSync('git', ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', `${base}...HEAD`, '--'], { cwd: workspace, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    return { kind: 'known', changedLines: parseDiff(diff) };
  } catch (error) {
    const said = String((error as { stderr?: unknown }).stderr ?? '').split('\n')[0]?.trim();
    return { kind: 'unknown', reason: `git cannot diff against the base commit ${base.slice(0, 12)}${said ? ` (${said})` : ''}; check out with fetch-depth: 0 to annotate changed lines first` };
  }
}

function readBaseSha(eventPath: string): string | undefined {
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as PullRequestEvent;
    const sha = event.pull_request?.base?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
