// The `json` formatter: the versioned report contract, as is; written file by file so long runs stream.
import type { Report } from './report.js';
import { REPORT_VERSION } from './report.js';
import { writeWholeReport, type ReportWriter } from './report-writer.js';

const INDENT = '    ';

export function jsonWriter(tool: Report['tool']): ReportWriter {
  return {
    start: () => `{\n  "version": ${JSON.stringify(REPORT_VERSION)},\n  "tool": ${indent(JSON.stringify(tool, null, 2), '  ')},\n  "files": [`,
    file: (file, first) => `${first ? '\n' : ',\n'}${INDENT}${indent(JSON.stringify(file, null, 2), INDENT)}`,
    end: (summary) => `${summary.files > 0 ? '\n  ' : ''}],\n  "summary": ${indent(JSON.stringify(summary, null, 2), '  ')}\n}\n`,
  };
}

export function formatJson(report: Report): string {
  return writeWholeReport(jsonWriter(report.tool), report);
}

function indent(json: string, prefix: string): string {
  return json.replace(/\n/g, `\n${prefix}`);
}
