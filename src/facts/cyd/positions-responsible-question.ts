// The positionsResponsible flag (Item 106(c)(2)(i)) against the management positions or committees the draft makes responsible.
import { silent, type FlagQuestion } from './flag-question.js';

export const positionsResponsibleQuestion: FlagQuestion = {
  flag: 'positionsResponsible',
  claim: 'specific management positions or committees are responsible for assessing and managing cybersecurity risks',
  answer(context) {
    const positions = context.get<string[]>('management.positions');
    return positions.value.length > 0 ? { stance: 'affirms', evidence: positions.evidence } : silent();
  },
};
