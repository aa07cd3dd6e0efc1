// Turns a Report into one named output format: the one switch shared by the command line and the GitHub Action.
import { formatGithub, type GithubOptions } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatJunit } from './format-junit.js';
import { formatMarkdown, type MarkdownOptions } from './format-markdown.js';
import { formatSarif } from './format-sarif.js';
import { formatStylish } from './format-stylish.js';
import type { FormatName } from './format-names.js';
import type { Report } from './report.js';
import type { RuleDoc } from './rule-doc.js';
import type { TextStyles } from './text-styles.js';

export { FORMATS, type FormatName } from './format-names.js';

export interface FormatContext {
  /** Descriptions of the rules that ran (SARIF rule descriptors, documentation links). */
  rules: readonly RuleDoc[];
  /** The tool's home page, for SARIF. */
  informationUri?: string;
  /** How the stylish format paints (plain, or chalk's colours for a terminal). */
  styles: TextStyles;
  /** Errors only (stylish). */
  quiet: boolean;
  github?: GithubOptions;
  markdown?: Omit<MarkdownOptions, 'rules'>;
}

export function formatReport(format: FormatName, report: Report, context: FormatContext): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, { styles: context.styles, quiet: context.quiet });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, { rules: context.rules, ...(context.informationUri ? { informationUri: context.informationUri } : {}) });
    case 'github':
      return formatGithub(report, context.github).text;
    case 'junit':
      return formatJunit(report);
    case 'markdown':
      return formatMarkdown(report, { ...context.markdown, rules: context.rules });
  }
}
