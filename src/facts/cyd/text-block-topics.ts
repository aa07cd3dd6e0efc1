// What each cyd text block must be about, judged by the Item 106 facts read on the block's own paragraphs.
import type { TextBlockName } from '../../model/disclosure.js';
import type { FactContext } from '../fact.js';
import type { ErmIntegration } from '../item-106/risk-erm-integration.js';
import type { ForwardLimb } from '../item-106/materiality-forward-limb.js';
import type { PastLimb } from '../item-106/materiality-past-limb.js';
import { classifyCommittees } from '../text/classify-committees.js';

export interface TextBlockTopic {
  /** What the block's content should do, for documentation: "describes the expertise of the responsible managers". */
  about: string;
  /** Whether the block's content (the context's model is the block alone) is about that. */
  matches(block: FactContext): boolean;
}

const is = (id: string) => (block: FactContext): boolean => block.get<boolean>(id).value;

export const TEXT_BLOCK_TOPICS: Readonly<Record<TextBlockName, TextBlockTopic>> = {
  riskManagementProcesses: {
    about: 'describes processes for assessing, identifying and managing material cybersecurity risks, or says there are none',
    matches: (block) => is('risk.processesDescribed')(block) || is('risk.noProcessesStated')(block),
  },
  processesIntegrated: {
    about: 'says whether (and how) those processes are integrated into overall risk management',
    matches: (block) => block.get<ErmIntegration>('risk.ermIntegration').value !== 'none',
  },
  materiallyAffected: {
    about: 'states whether cybersecurity risks have materially affected, or are reasonably likely to materially affect, the company (a pointer to Risk Factors or a "could" is not such a statement)',
    matches: (block) => {
      const forward = block.get<ForwardLimb>('materiality.forwardLimb').value;
      return block.get<PastLimb>('materiality.pastLimb').value !== 'none' || forward === 'reasonably-likely' || forward === 'not-reasonably-likely';
    },
  },
  boardOversight: { about: 'describes the board’s oversight of cybersecurity risk', matches: is('board.oversightDescribed') },
  boardCommittee: {
    about: 'names the board committee (or says the full board) responsible for that oversight; a bare committee name is enough',
    // The block is often just the name ("Audit Committee"), with no cybersecurity words for board.committees to find.
    matches: (block) => classifyCommittees(block.model, block.lexicons).some((committee) => committee.name !== '' && committee.body !== 'management') || is('board.fullBoardOversees')(block),
  },
  boardInformingProcess: { about: 'describes how the board or the committee is informed about cybersecurity risks (who reports, what, how often)', matches: is('board.informedProcessDescribed') },
  roleOfManagement: {
    about: 'describes management’s role: who is responsible, how they are informed and monitor incidents, whether they report to the board, their expertise',
    matches: (block) => ['management.responsibilityIdentified', 'management.monitoringDescribed', 'management.reportsToBoard', 'management.expertiseDescribed'].some((id) => is(id)(block)),
  },
  positionsResponsible: { about: 'names the management positions or committees responsible for assessing and managing cybersecurity risk', matches: is('management.responsibilityIdentified') },
  managementExpertise: { about: 'describes the relevant expertise of those managers with substance (years, prior roles, degrees, certifications)', matches: is('management.expertiseDescribed') },
  managementInformingProcess: { about: 'describes how those managers are informed about and monitor the prevention, detection, mitigation and remediation of incidents', matches: is('management.monitoringDescribed') },
};
