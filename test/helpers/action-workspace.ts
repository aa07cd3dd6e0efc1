// A runner's world for the action, in a temp folder: a git repository of drafts with a pull request commit, the event
// payload, and the files the runner hands a step (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeTempDir } from './temp-dir.js';

export interface ActionWorkspace {
  root: string;
  workspace: string;
  env: Record<string, string>;
  /** The line of the placeholder the pull request adds to drafts/harbor-biotech-10-k-2025.md. */
  addedLine: number;
  outputs(): Record<string, string>;
  summary(): string;
}

const EXAMPLES = ['northwind-10-k-2025.md', 'harbor-biotech-10-k-2025.md'];

// These tests are about the action's plumbing, so the repository's configuration keeps the findings few and stable:
// the drafting rules that find leftovers run; the rules that judge content (Item 106, cyd flags, hedged wording; each
// judged by its own tests) are off.
const CONTENT_RULES = [
  ...readdirSync(resolve('rules', 'item-106')).filter((id) => !['item-heading-present', 'not-omitted'].includes(id)),
  ...readdirSync(resolve('rules', 'cyd-flags')),
  'no-hedged-process-claims',
];
const PLUMBING_CONFIG = { extends: ['recommended'], rules: Object.fromEntries(CONTENT_RULES.map((id) => [id, 'off'])) };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The pull request appends a paragraph with a placeholder to the Harbor draft; the [TBD] on line 20 was there before. */
export function actionWorkspace(inputs: Record<string, string> = {}, options: { history?: boolean } = {}): ActionWorkspace {
  const root = makeTempDir('dl-action-');
  const workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'drafts'), { recursive: true });
  for (const name of EXAMPLES) copyFileSync(resolve('examples', name), join(workspace, 'drafts', name));
  writeFileSync(join(workspace, 'disclosure-lint.config.json'), JSON.stringify(PLUMBING_CONFIG, null, 2));
  git(workspace, 'init', '-q');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-q', '-m', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  const harbor = join(workspace, 'drafts', 'harbor-biotech-10-k-2025.md');
  appendFileSync(harbor, '\nOur Vice President of Information Technology has [XX] years of experience in information security.\n');
  const addedLine = readFileSync(harbor, 'utf8').trimEnd().split('\n').length;
  git(workspace, 'commit', '-q', '-am', 'pull request');
  const head = git(workspace, 'rev-parse', 'HEAD');
  // Without history the base commit is unknown locally, as after a shallow checkout.
  const baseSha = options.history === false ? 'f'.repeat(40) : base;
  writeFileSync(join(root, 'event.json'), JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: baseSha }, head: { ref: 'feature', sha: head } } }));
  writeFileSync(join(root, 'output'), '');
  writeFileSync(join(root, 'summary'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NO_COLOR: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(root, 'event.json'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(root, 'output'),
    GITHUB_STEP_SUMMARY: join(root, 'summary'),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  return { root, workspace, env, addedLine, outputs: () => parseOutputs(readFileSync(join(root, 'output'), 'utf8')), summary: () => readFileSync(join(root, 'summary'), 'utf8') };
}

/** Reads GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2] ?? '', i + 1);
      outputs[block[1] ?? ''] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** The annotations in a step log (commands outside a stop-commands block), decoded enough to assert on. */
export function annotationsIn(log: string): Array<{ level: string; file: string; line: number; message: string }> {
  const found: Array<{ level: string; file: string; line: number; message: string }> = [];
  let stopToken: string | undefined;
  for (const raw of log.split('\n')) {
    const line = raw.trimStart();
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    const command = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    if (!command) continue;
    const properties = new Map((command[2] ?? '').split(',').map((pair) => pair.split('=') as [string, string]));
    found.push({ level: command[1] ?? '', file: properties.get('file') ?? '', line: Number(properties.get('line')), message: (command[3] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%') });
  }
  return found;
}
