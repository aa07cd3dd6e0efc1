// The findings that inline suppressions themselves can produce: rule-like ids, titles and default severities.
import type { Severity } from '../engine/rule.js';

export const SUPPRESSION_RULE_IDS = ['suppression-reason-missing', 'suppression-invalid', 'unused-suppression'] as const;
export type SuppressionRuleId = (typeof SUPPRESSION_RULE_IDS)[number];

export interface SuppressionRule {
  title: string;
  severity: Severity;
  fix: string;
}

export const SUPPRESSION_RULES: Readonly<Record<SuppressionRuleId, SuppressionRule>> = {
  'suppression-reason-missing': {
    title: 'Every inline suppression gives its reason',
    severity: 'error',
    fix: 'Add the reason after " -- ", e.g. <!-- disclosure-lint-disable-next-line board-oversight-described -- Board oversight is described in Item 10, approved by J. Doe -->. The reason is kept in the JSON report for the disclosure committee.',
  },
  'suppression-invalid': {
    title: 'Inline suppressions are well-formed',
    severity: 'error',
    fix: 'Write <!-- disclosure-lint-disable-next-line <rule-id> -- reason -->, or <!-- disclosure-lint-disable <rule-id> -- reason --> ... <!-- disclosure-lint-enable <rule-id> -->.',
  },
  'unused-suppression': {
    title: 'Every inline suppression suppresses a finding',
    severity: 'warning',
    fix: 'Remove the suppression (the finding it was written for is gone), or correct its rule id or placement: disable-next-line applies to the next non-blank line.',
  },
};

export function isSuppressionRuleId(id: string): id is SuppressionRuleId {
  return (SUPPRESSION_RULE_IDS as readonly string[]).includes(id);
}
