// Gathers file reports as they complete (in any order), hands them on in input order, and keeps the summary running,
// so a long run can stream its output instead of holding every result.
import { makeReport } from '../lint.js';
import type { FileReport, Report } from '../report/report.js';
import { emptySummary } from '../report/summarize.js';

export class ReportCollector {
  private readonly waiting = new Map<number, FileReport>();
  private readonly kept: FileReport[] = [];
  private readonly summary: Report['summary'] = { ...emptySummary(), files: 0 };
  private next = 0;
  /** Whether any file could not be analysed (invalid input or an internal error): exit code 2. */
  brokenInput = false;

  constructor(private readonly options: { keepFiles: boolean; onFile?: (file: FileReport) => void }) {}

  add(index: number, file: FileReport): void {
    this.waiting.set(index, file);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      this.deliver(ready);
    }
  }

  report(): Report {
    const report = makeReport(this.kept);
    return { ...report, summary: { ...this.summary } };
  }

  private deliver(file: FileReport): void {
    this.summary.files++;
    for (const key of Object.keys(file.summary) as Array<keyof FileReport['summary']>) this.summary[key] += file.summary[key];
    if (file.results.some((result) => result.ruleId === 'invalid-input' || result.ruleId === 'internal-error')) this.brokenInput = true;
    if (this.options.keepFiles) this.kept.push(file);
    this.options.onFile?.(file);
  }
}
