// Applies a draft's inline suppressions to its failures, keeping each suppressed finding with its reason, and reports bad or unused ones.
import type { Disclosure, Point, Span } from '../model/disclosure.js';
import type { Severity } from '../engine/rule.js';
import { evidenceAt } from '../engine/build-results.js';
import type { RuleResult } from '../report/report.js';
import { parseSuppressions, type Directive } from './parse-suppressions.js';
import { SUPPRESSION_RULES, type SuppressionRuleId } from './suppression-rules.js';

export interface SuppressionOptions {
  /** Rules that ran on the draft: a suppression for one of them that suppresses nothing is unused. */
  ranRuleIds: ReadonlySet<string>;
  /** Rules that exist in this configuration, run or not: a suppression naming another id names no rule. */
  knownRuleIds: ReadonlySet<string>;
  /** Configured severities of the suppression findings ('off' drops them). */
  severities?: Partial<Record<SuppressionRuleId, Severity | 'off'>>;
}

/** One rule of one directive, with the source range it covers. */
interface Scope {
  directive: Directive;
  ruleId: string;
  covers(location: Span): boolean;
  used: boolean;
}

export function applySuppressions(results: RuleResult[], model: Disclosure, options: SuppressionOptions): RuleResult[] {
  if (model.comments.length === 0) return results;
  const { directives, malformed } = parseSuppressions(model.comments);
  const findings: RuleResult[] = malformed.flatMap((bad) => finding('suppression-invalid', `${bad.problem}.`, bad.span, model, options));
  const valid = directives.filter((directive) => directive.kind === 'enable' || directive.reason !== '');
  for (const directive of directives.filter((candidate) => !valid.includes(candidate))) {
    findings.push(...finding('suppression-reason-missing', `This suppression of ${directive.ruleIds.join(', ')} gives no reason, so it suppresses nothing.`, directive.span, model, options));
  }
  const { scopes, strayEnables } = scopesOf(valid, model);
  const marked = results.map((result) => suppress(result, scopes));
  for (const { directive, ruleId } of strayEnables) {
    findings.push(...finding('unused-suppression', `disclosure-lint-enable ${ruleId} has no disclosure-lint-disable ${ruleId} before it.`, directive.span, model, options));
  }
  for (const scope of scopes.filter((candidate) => !candidate.used)) {
    const message = unusedMessage(scope, options);
    if (message) findings.push(...finding('unused-suppression', message, scope.directive.span, model, options));
  }
  return [...marked, ...findings];
}

function suppress(result: RuleResult, scopes: Scope[]): RuleResult {
  if (result.status !== 'fail' || result.suppressed) return result;
  const scope = scopes.find((candidate) => candidate.ruleId === result.ruleId && candidate.covers(result.location));
  if (!scope) return result;
  scope.used = true;
  return { ...result, suppressed: { reason: scope.directive.reason, location: scope.directive.span } };
}

function scopesOf(directives: Directive[], model: Disclosure): { scopes: Scope[]; strayEnables: Array<{ directive: Directive; ruleId: string }> } {
  const scopes: Scope[] = [];
  const open = new Map<string, { start: number; scope: Scope }>();
  const strayEnables: Array<{ directive: Directive; ruleId: string }> = [];
  for (const directive of [...directives].sort((a, b) => a.span.start.offset - b.span.start.offset)) {
    for (const ruleId of directive.ruleIds) {
      if (directive.kind === 'disable-next-line') {
        const line = nextContentLine(model.source.text, directive.span.end);
        scopes.push({ directive, ruleId, used: false, covers: (location) => location.start.line === line });
      } else if (directive.kind === 'disable') {
        const start = directive.span.end.offset;
        const scope: Scope = { directive, ruleId, used: false, covers: (location) => location.start.offset >= start };
        scopes.push(scope);
        if (!open.has(ruleId)) open.set(ruleId, { start, scope });
      } else {
        const opened = open.get(ruleId);
        if (!opened) {
          strayEnables.push({ directive, ruleId });
          continue;
        }
        const end = directive.span.start.offset;
        opened.scope.covers = (location) => location.start.offset >= opened.start && location.start.offset < end;
        open.delete(ruleId);
      }
    }
  }
  return { scopes, strayEnables };
}

// "Next line" skips blank lines, so a comment may stand on its own paragraph above a heading or sentence.
function nextContentLine(text: string, end: Point): number {
  const following = text.slice(end.offset).split(/\r\n|\r|\n/).slice(1);
  const index = following.findIndex((content) => content.trim() !== '');
  return end.line + 1 + (index < 0 ? following.length : index);
}

function unusedMessage(scope: Scope, options: SuppressionOptions): string | undefined {
  if (options.ranRuleIds.has(scope.ruleId)) {
    const where = scope.directive.kind === 'disable-next-line' ? 'on the next line' : 'in its range';
    return `This suppression of ${scope.ruleId} suppresses nothing: the rule does not fail ${where}.`;
  }
  // A known rule that did not run (turned off, or left out with --rule) has nothing to say about its suppressions.
  if (options.knownRuleIds.has(scope.ruleId)) return undefined;
  return `This suppression names "${scope.ruleId}", which is not a rule.`;
}

/** The finding, or none when configuration turned its rule off. */
function finding(ruleId: SuppressionRuleId, message: string, span: Span, model: Disclosure, options: SuppressionOptions): RuleResult[] {
  const rule = SUPPRESSION_RULES[ruleId];
  const severity = options.severities?.[ruleId] ?? rule.severity;
  if (severity === 'off') return [];
  return [{ ruleId, title: rule.title, status: 'fail', severity, message, fix: rule.fix, location: span, evidence: [evidenceAt(model, span)], explanation: [] }];
}
