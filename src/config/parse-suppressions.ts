// Reads suppression directives out of a draft's HTML comments: which rules, which lines, and the reason given.
import type { Comment, Span } from '../model/disclosure.js';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  ruleIds: string[];
  /** Text after " -- " (empty when none was given). */
  reason: string;
  span: Span;
}

/** A comment that starts like a directive but cannot be read as one. */
export interface MalformedDirective {
  problem: string;
  span: Span;
}

const DIRECTIVE = /^<!--\s*disclosure-lint-([a-z-]+)(?=\s|-->)([\s\S]*?)-->$/;
const KINDS: readonly string[] = ['disable-next-line', 'disable', 'enable'];
const RULE_ID = /^(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/;

export function parseSuppressions(comments: readonly Comment[]): { directives: Directive[]; malformed: MalformedDirective[] } {
  const directives: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text.trim());
    if (!match) continue;
    const [, kind = '', body = ''] = match;
    const parsed = parseBody(body);
    if (!KINDS.includes(kind)) malformed.push({ problem: `"disclosure-lint-${kind}" is not a directive`, span: comment.span });
    else if (parsed.ruleIds.length === 0) malformed.push({ problem: `disclosure-lint-${kind} names no rule`, span: comment.span });
    else if (parsed.invalid) malformed.push({ problem: `"${parsed.invalid}" is not a rule id`, span: comment.span });
    else directives.push({ kind: kind as DirectiveKind, ruleIds: parsed.ruleIds, reason: parsed.reason, span: comment.span });
  }
  return { directives, malformed };
}

// "<rule-id>[, <rule-id>...] -- reason": the reason is everything after the first " -- ".
function parseBody(body: string): { ruleIds: string[]; reason: string; invalid?: string } {
  const separator = /(?:^|\s)--(?:\s|$)/.exec(body);
  const ids = separator ? body.slice(0, separator.index) : body;
  const reason = separator ? body.slice(separator.index + separator[0].length).replace(/\s+/g, ' ').trim() : '';
  const ruleIds = ids.split(/[\s,]+/).filter((id) => id !== '');
  const invalid = ruleIds.find((id) => !RULE_ID.test(id));
  return { ruleIds, reason, ...(invalid ? { invalid } : {}) };
}
