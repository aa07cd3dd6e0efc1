// Which of the six cyd flags the input does not give (the annual-report taxonomy has exactly six, one per yes/no question).
import { FLAG_NAMES } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';

export const flagsMissing = defineFact<string[]>({
  id: 'flags.missing',
  description: 'The cyd flags the input does not give, by friendly name (`processesIntegrated`, `thirdPartyEngaged`, `serviceProviderOversight`, `materiallyAffected`, `positionsResponsible`, `reportsToBoard`), in that order.',
  type: 'string[]',
  example: ['materiallyAffected'],
  compute({ model }) {
    return { value: FLAG_NAMES.filter((name) => model.flags[name] === undefined), evidence: [] };
  },
});
