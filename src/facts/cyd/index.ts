// Facts about the cyd XBRL data: each flag against the text, the flags' completeness, text blocks against their elements.
import type { Fact } from '../fact.js';
import { documentHasCydData } from './document-has-cyd-data.js';
import { flagFacts } from './flag-facts.js';
import { flagsMissing } from './flags-missing.js';
import { materiallyAffectedQuestion } from './materially-affected-question.js';
import { positionsResponsibleQuestion } from './positions-responsible-question.js';
import { processesIntegratedQuestion } from './processes-integrated-question.js';
import { reportsToBoardQuestion } from './reports-to-board-question.js';
import { serviceProviderOversightQuestion } from './service-provider-oversight-question.js';
import { textBlocksMismatched } from './text-blocks-mismatched.js';
import { thirdPartyEngagedQuestion } from './third-party-engaged-question.js';

export const CYD_FACTS: readonly Fact[] = [
  documentHasCydData,
  flagsMissing,
  ...[
    processesIntegratedQuestion,
    thirdPartyEngagedQuestion,
    serviceProviderOversightQuestion,
    materiallyAffectedQuestion,
    positionsResponsibleQuestion,
    reportsToBoardQuestion,
  ].flatMap(flagFacts),
  textBlocksMismatched,
] as Fact[];
