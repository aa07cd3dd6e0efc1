// The `json` formatter: the versioned report contract, as is; written file by file so long runs stream.
import type { FileReport, Report } from './report.js';
import { REPORT_VERSION } from './report.js';
import { writeWholeReport, type ReportWriter } from './report-writer.js';

export function jsonWriter(tool: Report['tool']): ReportWriter {
  return {
    start: () => `{\n  "version": ${JSON.stringify(REPORT_VERSION)},\n  "tool": ${indent(JSON.stringify(tool, null, 2), '  ')},\n  "files": [`,
    file: (file, first) => `${first ? '\n' : ',\n'}${fileEntry(file)}`,
    end: (summary) => `${summary.files > 0 ? '\n  ' : ''}],\n  "summary": ${indent(JSON.stringify(summary, null, 2), '  ')}\n}\n`,
  };
}

export function formatJson(report: Report): string {
  return writeWholeReport(jsonWriter(report.tool), report);
}

// JSON.stringify indents a value as deep as it sits: a file stringified inside a `files` array comes out indented as
// the report's files are, without re-indenting its tens of kilobytes afterwards.
const FILES_OPEN = '{\n  "files": [\n';
const FILES_CLOSE = '\n  ]\n}';

function fileEntry(file: FileReport): string {
  const wrapped = JSON.stringify({ files: [file] }, null, 2);
  return wrapped.slice(FILES_OPEN.length, wrapped.length - FILES_CLOSE.length);
}

function indent(json: string, prefix: string): string {
  return json.replace(/\n/g, `\n${prefix}`);
}
