// Facts that read the Item 106 (b) and (c) content of a disclosure.
import type { Fact } from '../fact.js';
import { boardCadence } from './board-cadence.js';
import { boardCommitteeNamed } from './board-committee-named.js';
import { boardCommittees } from './board-committees.js';
import { boardFullBoardOversees } from './board-full-board-oversees.js';
import { boardInformedProcessDescribed } from './board-informed-process-described.js';
import { boardOversightDescribed } from './board-oversight-described.js';
import { managementExpertiseDescribed } from './management-expertise-described.js';
import { managementExpertiseSignals } from './management-expertise-signals.js';
import { managementMonitoringDescribed } from './management-monitoring-described.js';
import { managementPositions } from './management-positions.js';
import { managementReportsToBoard } from './management-reports-to-board.js';
import { managementResponsibilityIdentified } from './management-responsibility-identified.js';
import { materialityCrossReferenceOnly } from './materiality-cross-reference-only.js';
import { materialityForwardLimb } from './materiality-forward-limb.js';
import { materialityHowDescribed } from './materiality-how-described.js';
import { materialityPastLimb } from './materiality-past-limb.js';
import { riskErmIntegration } from './risk-erm-integration.js';
import { riskNoProcessesStated } from './risk-no-processes-stated.js';
import { riskProcessesDescribed } from './risk-processes-described.js';
import { riskServiceProviderOversight } from './risk-service-provider-oversight.js';
import { riskServiceProviderOversightAnswer } from './risk-service-provider-oversight-answer.js';
import { riskThirdPartiesEngaged } from './risk-third-parties-engaged.js';

export const ITEM_106_FACTS: readonly Fact[] = [
  riskProcessesDescribed,
  riskNoProcessesStated,
  riskErmIntegration,
  riskThirdPartiesEngaged,
  riskServiceProviderOversightAnswer,
  riskServiceProviderOversight,
  materialityPastLimb,
  materialityForwardLimb,
  materialityCrossReferenceOnly,
  materialityHowDescribed,
  boardOversightDescribed,
  boardCommittees,
  boardCommitteeNamed,
  boardFullBoardOversees,
  boardInformedProcessDescribed,
  boardCadence,
  managementPositions,
  managementResponsibilityIdentified,
  managementExpertiseSignals,
  managementExpertiseDescribed,
  managementMonitoringDescribed,
  managementReportsToBoard,
] as Fact[];
