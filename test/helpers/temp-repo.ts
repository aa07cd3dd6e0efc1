// Builds a throw-away repository of drafts, configurations and rule folders for CLI scenarios.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from './temp-dir.js';

export interface TempRepo {
  root: string;
  write(path: string, content: string): string;
  copy(from: string, to: string): void;
}

export function tempRepo(files: Record<string, string> = {}): TempRepo {
  const root = makeTempDir('disclosure-lint-repo-');
  const repo: TempRepo = {
    root,
    write(path, content) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      return full;
    },
    copy(from, to) {
      cpSync(from, join(root, to), { recursive: true });
    },
  };
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  return repo;
}

/** A short Form 10-K Item 1C draft; `governance` replaces its Governance section's text. */
export function draft(governance: string, extra = ''): string {
  return `---
form: 10-K
company: Example Corp.
---

# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain a cybersecurity risk management program that is designed to identify, assess and manage material risks from cybersecurity threats. ${extra}

## Governance

${governance}
`;
}
