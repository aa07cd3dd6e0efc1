// Turns command-line inputs (files, directories, globs, "-") into the list of drafts to lint.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DRAFT_EXTENSIONS } from '../parse/detect-format.js';

export interface Discovery {
  /** Paths to lint, in a stable order, without duplicates ("-" for standard input). */
  files: string[];
  /** Inputs that name nothing to lint: each is a usage problem. */
  problems: string[];
}

// Files that live beside drafts in a repository but are not drafts.
const NOT_DRAFTS = /^(?:readme|changelog|contributing|license|licence|code_of_conduct|security)(?:\.[a-z]+)?$|^(?:package(?:-lock)?|tsconfig(?:\.[\w-]+)?|rule|disclosure-lint\.config)\.json$|\.schema\.json$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'coverage']);

export async function discoverFiles(inputs: readonly string[], cwd: string): Promise<Discovery> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    if (input === '-') files.push('-');
    else if (isDynamicPattern(input)) await addGlob(input, cwd, files, problems);
    else addPath(input, cwd, files, problems);
  }
  // A pull request can add a link to a file outside the repository (a key, /etc/passwd); its text would reach the report.
  const inside = files.filter((file) => {
    if (file === '-' || !leavesRepository(resolve(cwd, file), cwd)) return true;
    problems.push(`${file}: a symbolic link that leads outside ${cwd} is not followed. Lint the file where it lives, or replace the link with a copy.`);
    return false;
  });
  return { files: [...new Set(inside)], problems };
}

/** Whether the path is a symbolic link (or lies under one) whose target is outside the root. */
function leavesRepository(path: string, root: string): boolean {
  try {
    if (!lstatSync(path).isSymbolicLink() && realpathSync(path) === path) return false;
    const target = realpathSync(path);
    const fromRoot = relative(realpathSync(root), target);
    return fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  } catch {
    // Missing or unreadable: the linter reports it for that file.
    return false;
  }
}

function addPath(input: string, cwd: string, files: string[], problems: string[]): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(resolve(cwd, input)).isDirectory();
  } catch {
    // A missing file is reported by the linter for that file, so the other files are still linted.
    files.push(input);
    return;
  }
  if (!isDirectory) {
    files.push(input);
    return;
  }
  const found = walk(resolve(cwd, input)).map((path) => relative(cwd, path) || path);
  if (found.length === 0) problems.push(`${input}: no drafts (.md, .markdown, .txt, .json) in this directory (rule folders' fixtures are not drafts). Pass the drafts' folder or files.`);
  files.push(...found);
}

async function addGlob(pattern: string, cwd: string, files: string[], problems: string[]): Promise<void> {
  const matches = (await glob(pattern, { cwd, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
  if (matches.length === 0) problems.push(`${pattern}: no files match this pattern. Check the pattern, and quote it so the shell does not expand it.`);
  files.push(...matches);
}

// A folder holding rule.json is a rule folder: its pass*/fail* files are the rule's fixtures, not drafts.
function walk(dir: string): string[] {
  if (existsSync(join(dir, 'rule.json'))) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) found.push(...walk(path));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isDraftName(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

export function isDraftName(name: string): boolean {
  return (DRAFT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && !NOT_DRAFTS.test(basename(name));
}
