// The Item 106 rules the eval runs and scores against labelled disclosures (LABELS.md keys).

export const SCORED_RULE_IDS = [
  'risk-processes-described',
  'erm-integration-addressed',
  'third-party-assessors-addressed',
  'service-provider-oversight-addressed',
  'material-effect-addressed',
  'material-effect-both-limbs',
  'board-oversight-described',
  'oversight-committee-identified',
  'board-informed-process-described',
  'management-responsibility-identified',
  'management-expertise-described',
  'management-monitoring-described',
  'management-reports-to-board',
] as const;

/** Run with the others (so its results show) but not scored: the labels have no key for it. */
export const UNSCORED_RULE_IDS = ['material-effect-how-described'] as const;

export const EVAL_RULE_IDS: readonly string[] = [...SCORED_RULE_IDS, ...UNSCORED_RULE_IDS];
