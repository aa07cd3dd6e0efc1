// Whether the draft describes processes to oversee and identify risks from its use of third-party service providers (Item 106(b)(1)(iii)).
import { defineFact } from '../fact.js';
import type { ServiceProviderOversightAnswer } from './risk-service-provider-oversight-answer.js';

export const riskServiceProviderOversight = defineFact<boolean>({
  id: 'risk.serviceProviderOversight',
  description: 'Whether the draft describes processes to oversee and identify cybersecurity risks from its use of third-party service providers, vendors or suppliers (third-party risk management, due diligence, questionnaires, contract terms, monitoring), or says plainly that it uses none: `risk.serviceProviderOversightAnswer` is not `none`.',
  type: 'boolean',
  example: true,
  compute(context) {
    const answer = context.get<ServiceProviderOversightAnswer>('risk.serviceProviderOversightAnswer');
    return { value: answer.value !== 'none', evidence: answer.evidence };
  },
});
