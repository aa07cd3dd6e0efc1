// The serviceProviderOversight flag (Item 106(b)(1)(iii): risks from vendors) against what the draft says about overseeing them.
import type { ThirdPartiesEngaged } from '../item-106/risk-third-parties-engaged.js';
import type { ServiceProviderOversightAnswer } from '../item-106/risk-service-provider-oversight-answer.js';
import { answerOf, silent, type FlagQuestion } from './flag-question.js';

const HELPERS_ONLY = 'the third parties the draft mentions are assessors, consultants or auditors that the company engages (Item 106(b)(1)(ii), the thirdPartyEngaged flag), not service providers whose risks it oversees';

export const serviceProviderOversightQuestion: FlagQuestion = {
  flag: 'serviceProviderOversight',
  claim: 'the company has processes to oversee and identify cybersecurity risks from its use of third-party service providers',
  answer(context) {
    const oversight = context.get<ServiceProviderOversightAnswer>('risk.serviceProviderOversightAnswer');
    const answer = answerOf(oversight, ['described'], ['no-providers']);
    if (answer) return answer;
    // The (b)(1)(ii)/(iii) confusion the other way: consultants engaged to help are not service providers overseen.
    const helpers = context.get<ThirdPartiesEngaged>('risk.thirdPartiesEngaged');
    return helpers.value === 'engaged' ? silent(helpers.evidence, HELPERS_ONLY) : silent();
  },
};
