// The processesIntegrated flag (Item 106(b)(1)(i)) against what the draft says about integration into overall risk management.
import type { ErmIntegration } from '../item-106/risk-erm-integration.js';
import { answerOf, silent, type FlagQuestion } from './flag-question.js';

export const processesIntegratedQuestion: FlagQuestion = {
  flag: 'processesIntegrated',
  claim: 'the company’s cybersecurity risk processes are integrated into its overall risk management system or processes',
  answer(context) {
    const integration = context.get<ErmIntegration>('risk.ermIntegration');
    return answerOf(integration, ['how', 'whether'], ['not-integrated']) ?? silent();
  },
};
