// Reads the changed lines out of `git diff --unified=0`: the added or modified lines of each file's new version.
import type { ChangedLines, LineRange } from '../report/changed-lines.js';

export function parseDiff(diff: string): ChangedLines {
  const changed = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = newPath(line.slice(4).replace(/\t$/, ''));
      current = path === undefined ? undefined : changed.get(path) ?? [];
      if (path !== undefined && current) changed.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      // A hunk that only deletes ("+n,0") changes no line of the new version.
      if (count > 0) current.push({ start, end: start + count - 1 });
    }
  }
  return changed;
}

/** `b/path`, or git's C-style quoted `"b/pa\\tth"` for unusual names; /dev/null (a deleted file) has none. */
function newPath(raw: string): string | undefined {
  const unquoted = raw.startsWith('"') ? unquote(raw) : raw;
  if (unquoted === '/dev/null') return undefined;
  return unquoted.replace(/^b\//, '');
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\u0007', b: '\b', f: '\f', v: '\v' };

function unquote(quoted: string): string {
  const bytes: number[] = [];
  const body = quoted.slice(1, quoted.lastIndexOf('"'));
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(ESCAPES[body[i + 1] ?? ''] ?? body[i + 1] ?? '', 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
