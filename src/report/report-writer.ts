// Formats that can be written file by file as results arrive (stylish, json), so a run over thousands of drafts
// need not keep every result in memory.
import type { FileReport, Report } from './report.js';

export interface ReportWriter {
  /** Text before the first file. */
  start(): string;
  /** The text of one file, given in report order; `first` tells whether a file came before it. */
  file(file: FileReport, first: boolean): string;
  /** Text after the last file. */
  end(summary: Report['summary']): string;
}

/** A whole report through a writer: the non-streaming form of the same output, byte for byte. */
export function writeWholeReport(writer: ReportWriter, report: Report): string {
  return writer.start() + report.files.map((file, index) => writer.file(file, index === 0)).join('') + writer.end(report.summary);
}
