// Whether the draft names at least one board committee that oversees cybersecurity risk.
import { defineFact } from '../fact.js';

export const boardCommitteeNamed = defineFact<boolean>({
  id: 'board.committeeNamed',
  description: 'Whether `board.committees` is not empty: the draft names a board committee in connection with cybersecurity risk.',
  type: 'boolean',
  example: true,
  compute(context) {
    const committees = context.get<string[]>('board.committees');
    return { value: committees.value.length > 0, evidence: committees.evidence };
  },
});
