// The `sarif` formatter: SARIF 2.1.0 for GitHub code scanning and other viewers; failures only, with stable fingerprints.
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../engine/rule.js';
import { escapeMarkdown, safeUrl } from './escape-markdown.js';
import { findings, repositoryPath, type Finding } from './findings.js';
import type { Report, RuleResult } from './report.js';
import type { RuleDoc } from './rule-doc.js';

export interface SarifOptions {
  rules?: readonly RuleDoc[];
  /** The tool's home page. */
  informationUri?: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const satisfies Record<Severity, string>;
const FINGERPRINT = 'disclosureLint/v1';

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const failures = findings(report, { suppressed: true });
  const descriptors = ruleDescriptors(options.rules ?? [], failures);
  const index = new Map(descriptors.map((descriptor, position) => [descriptor.id, position]));
  const seen = new Map<string, number>();
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, ...(options.informationUri ? { informationUri: options.informationUri } : {}), rules: descriptors } },
      columnKind: 'utf16CodeUnits',
      results: failures.map((finding) => sarifResult(finding, index.get(finding.result.ruleId) ?? 0, seen)),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Every loaded rule, then any rule a result names that was not loaded (the reserved invalid-input and internal-error). */
function ruleDescriptors(rules: readonly RuleDoc[], failures: Finding[]): ReportingDescriptor[] {
  const docs = [...rules];
  for (const { result } of failures) {
    if (!docs.some((doc) => doc.id === result.ruleId)) docs.push(docFromResult(result));
  }
  return docs.map(descriptor);
}

function docFromResult(result: RuleResult): RuleDoc {
  return { id: result.ruleId, title: result.title, severity: result.severity, family: 'disclosure-lint', message: result.title, ...(result.citation ? { citation: result.citation } : {}) };
}

function descriptor(doc: RuleDoc): ReportingDescriptor {
  const helpUri = safeUrl(doc.helpUri);
  return {
    id: doc.id,
    name: doc.id.split(/[/-]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(''),
    shortDescription: { text: doc.title },
    fullDescription: { text: doc.description ?? doc.title },
    ...(helpUri ? { helpUri } : {}),
    help: { text: helpText(doc), markdown: helpMarkdown(doc, helpUri) },
    defaultConfiguration: { level: LEVEL[doc.severity] },
    properties: { tags: ['disclosure', doc.family] },
  };
}

function helpText(doc: RuleDoc): string {
  const cited = doc.citation ? [`Citation: ${doc.citation.source}, ${doc.citation.section}${doc.citation.url ? ` (${doc.citation.url})` : ''}`] : [];
  return [doc.description ?? doc.title, ...(doc.fix ? [`How to fix: ${doc.fix}`] : []), ...cited].join('\n\n');
}

function helpMarkdown(doc: RuleDoc, helpUri: string | undefined): string {
  const url = safeUrl(doc.citation?.url);
  const label = doc.citation ? escapeMarkdown(`${doc.citation.source}, ${doc.citation.section}`) : '';
  return [
    `**${escapeMarkdown(doc.title)}**`,
    ...(doc.description ? [escapeMarkdown(doc.description)] : []),
    ...(doc.fix ? [`**How to fix:** ${escapeMarkdown(doc.fix)}`] : []),
    ...(doc.citation ? [`**Citation:** ${url ? `[${label}](${url})` : label}`] : []),
    ...(helpUri ? [`[Rule documentation](${helpUri})`] : []),
  ].join('\n\n');
}

function sarifResult({ file, result }: Finding, ruleIndex: number, seen: Map<string, number>): Result {
  const { start, end } = result.location;
  const quoted = result.evidence[0]?.text;
  return {
    ruleId: result.ruleId,
    ruleIndex,
    level: LEVEL[result.severity],
    message: { text: result.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: artifactUri(file.path) },
        region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, ...(quoted ? { snippet: { text: quoted } } : {}) },
      },
    }],
    partialFingerprints: { [FINGERPRINT]: fingerprint(result, file.path, seen) },
    ...(result.suppressed ? { suppressions: [{ kind: 'inSource' as const, justification: result.suppressed.reason }] } : {}),
  };
}

/**
 * Stable across runs and unrelated edits: the rule, the file and the quoted text, never line numbers; the n-th identical
 * finding in a file gets its own fingerprint so two identical placeholders stay two alerts.
 */
function fingerprint(result: RuleResult, path: string, seen: Map<string, number>): string {
  const quoted = (result.evidence[0]?.text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const hash = createHash('sha256').update([result.ruleId, repositoryPath(path), quoted].join('\0')).digest('hex').slice(0, 32);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

/** A relative URI reference for a repository path (what code scanning needs), a file URI for an absolute one. */
export function artifactUri(path: string): string {
  const normalized = repositoryPath(path);
  const encoded = normalized.split('/').map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/');
  if (normalized.startsWith('/')) return `file://${encoded}`;
  return /^[A-Za-z]:\//.test(normalized) ? `file:///${encoded}` : encoded;
}
