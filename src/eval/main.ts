#!/usr/bin/env node
// `npm run eval -- <dir>`: scores the Item 106 rules against a folder of labelled disclosures (exit 0; 2 if the folder is unusable).
import { resolve } from 'node:path';
import { formatEval } from './format-eval.js';
import { UnusableCorpusError } from './labelled-corpus.js';
import { runEval } from './run-eval.js';

const USAGE = 'usage: npm run eval -- <dir>   (a folder of NNN-*.txt|.md|.json drafts with labels/NNN.json, see LABELS.md)';

async function main(args: string[]): Promise<number> {
  const dir = args.find((arg) => !arg.startsWith('-'));
  if (!dir || args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return dir ? 0 : 2;
  }
  try {
    process.stdout.write(formatEval(await runEval(resolve(dir))));
    return 0;
  } catch (error) {
    if (error instanceof UnusableCorpusError) {
      process.stderr.write(`disclosure-lint eval: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
