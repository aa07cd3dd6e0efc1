// The reportsToBoard flag (Item 106(c)(2)(iii)) against whether the draft says management reports to the board or a committee.
import { answerOf, silent, type FlagQuestion } from './flag-question.js';

export const reportsToBoardQuestion: FlagQuestion = {
  flag: 'reportsToBoard',
  claim: 'the managers responsible for cybersecurity risk report information about cybersecurity risks to the board or a board committee',
  answer(context) {
    const reports = context.get<boolean>('management.reportsToBoard');
    return answerOf(reports, [true]) ?? silent();
  },
};
