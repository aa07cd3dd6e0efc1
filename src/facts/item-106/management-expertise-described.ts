// Whether the draft describes the relevant expertise of the management responsible for cyber risk with substance, not adjectives.
import { defineFact } from '../fact.js';

export const managementExpertiseDescribed = defineFact<boolean>({
  id: 'management.expertiseDescribed',
  description: 'Whether `management.expertiseSignals` is at least one: the draft gives years, prior roles, degrees, certifications or similar facts about the expertise of the responsible managers or their team.',
  type: 'boolean',
  example: true,
  compute(context) {
    const signals = context.get<number>('management.expertiseSignals');
    return { value: signals.value > 0, evidence: signals.evidence };
  },
});
