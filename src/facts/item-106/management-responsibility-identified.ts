// Whether the draft identifies at least one management position or committee responsible for cybersecurity risk.
import { defineFact } from '../fact.js';

export const managementResponsibilityIdentified = defineFact<boolean>({
  id: 'management.responsibilityIdentified',
  description: 'Whether `management.positions` is not empty: a named management position (e.g. CISO, CIO) or management committee is made responsible for assessing and managing cybersecurity risk.',
  type: 'boolean',
  example: true,
  compute(context) {
    const positions = context.get<string[]>('management.positions');
    return { value: positions.value.length > 0, evidence: positions.evidence };
  },
});
