// The thirdPartyEngaged flag (Item 106(b)(1)(ii): assessors, consultants, auditors) against what the draft says about engaging them.
import type { ThirdPartiesEngaged } from '../item-106/risk-third-parties-engaged.js';
import type { ServiceProviderOversightAnswer } from '../item-106/risk-service-provider-oversight-answer.js';
import { quoteAt } from '../text/quote-at.js';
import { answerOf, silent, type FlagQuestion } from './flag-question.js';

const PROVIDERS_ONLY = 'the third parties the draft mentions are service providers whose risks the company oversees (Item 106(b)(1)(iii), the serviceProviderOversight flag), not assessors, consultants or auditors it engages';

export const thirdPartyEngagedQuestion: FlagQuestion = {
  flag: 'thirdPartyEngaged',
  claim: 'the company engages assessors, consultants, auditors or other third parties in connection with its cybersecurity processes',
  answer(context) {
    const engaged = context.get<ThirdPartiesEngaged>('risk.thirdPartiesEngaged');
    const answer = answerOf(engaged, ['engaged'], ['not-engaged']);
    if (answer) return answer;
    const hedge = engaged.evidence[0];
    if (engaged.value === 'hedged' && hedge) return silent(engaged.evidence, `it only says that the company may engage them: “${quoteAt(context.model, hedge)}”`);
    // The (b)(1)(ii)/(iii) confusion: vendors whose risk is overseen are not helpers that are engaged.
    const providers = context.get<ServiceProviderOversightAnswer>('risk.serviceProviderOversightAnswer');
    return providers.value === 'described' ? silent(providers.evidence, PROVIDERS_ONLY) : silent();
  },
};
