// One streamed output (stylish or json, to standard output or a file): written file by file as reports arrive.
import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FileReport, Report } from '../report/report.js';
import type { ReportWriter } from '../report/report-writer.js';
import { makeFolders } from './make-folders.js';
import { UsageError } from './parse-args.js';

export class OutputStream {
  private started = false;
  private first = true;
  private fd: number | undefined;

  constructor(private readonly writer: ReportWriter, private readonly target: { cwd: string; path?: string; stdout: { write(text: string): unknown } }) {}

  file(file: FileReport): void {
    this.begin();
    this.write(this.writer.file(file, this.first));
    this.first = false;
  }

  end(summary: Report['summary']): void {
    this.begin();
    this.write(this.writer.end(summary));
    if (this.fd !== undefined) closeSync(this.fd);
  }

  // Nothing is written before the first report, so a configuration error leaves no half-written output.
  private begin(): void {
    if (this.started) return;
    this.started = true;
    if (this.target.path !== undefined) this.fd = openTarget(this.target.cwd, this.target.path);
    this.write(this.writer.start());
  }

  private write(text: string): void {
    if (text === '') return;
    if (this.fd === undefined) this.target.stdout.write(text);
    else writeSync(this.fd, text);
  }
}

function openTarget(cwd: string, path: string): number {
  const target = resolve(cwd, path);
  try {
    makeFolders(dirname(target));
    return openSync(target, 'w');
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose a writable path.`);
  }
}
