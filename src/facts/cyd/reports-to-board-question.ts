// The reportsToBoard flag (Item 106(c)(2)(iii)) against whether the draft says management reports to the board or a committee.
import type { FlagQuestion } from './flag-question.js';

export const reportsToBoardQuestion: FlagQuestion = {
  flag: 'reportsToBoard',
  claim: 'the managers responsible for cybersecurity risk report information about cybersecurity risks to the board or a board committee',
  answer(context) {
    const reports = context.get<boolean>('management.reportsToBoard');
    return reports.value ? { stance: 'affirms', evidence: reports.evidence } : { stance: 'silent', evidence: [] };
  },
};
