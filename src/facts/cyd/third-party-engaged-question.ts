// The thirdPartyEngaged flag (Item 106(b)(1)(ii): assessors, consultants, auditors) against what the draft says about engaging them.
import type { ThirdPartiesEngaged } from '../item-106/risk-third-parties-engaged.js';
import type { ServiceProviderOversightAnswer } from '../item-106/risk-service-provider-oversight-answer.js';
import { quoteAt } from '../text/quote-at.js';
import type { FlagQuestion } from './flag-question.js';

export const thirdPartyEngagedQuestion: FlagQuestion = {
  flag: 'thirdPartyEngaged',
  claim: 'the company engages assessors, consultants, auditors or other third parties in connection with its cybersecurity processes',
  answer(context) {
    const engaged = context.get<ThirdPartiesEngaged>('risk.thirdPartiesEngaged');
    if (engaged.value === 'engaged') return { stance: 'affirms', evidence: engaged.evidence };
    if (engaged.value === 'not-engaged') return { stance: 'denies', evidence: engaged.evidence };
    const hedge = engaged.evidence[0];
    if (engaged.value === 'hedged' && hedge) {
      return { stance: 'silent', evidence: engaged.evidence, note: `it only says that the company may engage them: “${quoteAt(context.model, hedge)}”` };
    }
    // The (b)(1)(ii)/(iii) confusion: vendors whose risk is overseen are not helpers that are engaged.
    const providers = context.get<ServiceProviderOversightAnswer>('risk.serviceProviderOversightAnswer');
    if (providers.value === 'described') {
      return {
        stance: 'silent',
        evidence: providers.evidence.slice(0, 1),
        note: 'the third parties the draft mentions are service providers whose risks the company oversees (Item 106(b)(1)(iii), the serviceProviderOversight flag), not assessors, consultants or auditors it engages',
      };
    }
    return { stance: 'silent', evidence: [] };
  },
};
