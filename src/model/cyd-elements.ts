// The cyd XBRL elements behind the model's flag and text-block names: element names, viewer labels, section kinds.
import type { FlagName, SectionKind, TextBlockName } from './disclosure.js';

export interface CydElement {
  /** The element name in the cyd taxonomy (without the `cyd:` prefix). */
  element: string;
  /** The label the SEC viewer shows, suffix included ("... [Flag]", "... [Text Block]"). */
  label: string;
}

export interface CydTextBlockElement extends CydElement {
  /** The Item 106 part the block belongs to: (b) risk management and strategy, or (c) governance. */
  section: Extract<SectionKind, 'risk-management' | 'governance'>;
}

export const CYD_FLAGS: Readonly<Record<FlagName, CydElement>> = {
  processesIntegrated: {
    element: 'CybersecurityRiskManagementProcessesIntegratedFlag',
    label: 'Cybersecurity Risk Management Processes Integrated [Flag]',
  },
  thirdPartyEngaged: {
    element: 'CybersecurityRiskManagementThirdPartyEngagedFlag',
    label: 'Cybersecurity Risk Management Third Party Engaged [Flag]',
  },
  serviceProviderOversight: {
    element: 'CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag',
    label: 'Cybersecurity Risk Third Party Oversight and Identification Processes [Flag]',
  },
  materiallyAffected: {
    element: 'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag',
    label: 'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant [Flag]',
  },
  positionsResponsible: {
    element: 'CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag',
    label: 'Cybersecurity Risk Management Positions or Committees Responsible [Flag]',
  },
  reportsToBoard: {
    element: 'CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag',
    label: 'Cybersecurity Risk Management Positions or Committees Responsible Report to Board [Flag]',
  },
};

export const CYD_TEXT_BLOCKS: Readonly<Record<TextBlockName, CydTextBlockElement>> = {
  riskManagementProcesses: {
    element: 'CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock',
    label: 'Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats [Text Block]',
    section: 'risk-management',
  },
  processesIntegrated: {
    element: 'CybersecurityRiskManagementProcessesIntegratedTextBlock',
    label: 'Cybersecurity Risk Management Processes Integrated [Text Block]',
    section: 'risk-management',
  },
  materiallyAffected: {
    element: 'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantTextBlock',
    label: 'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant [Text Block]',
    section: 'risk-management',
  },
  boardOversight: {
    element: 'CybersecurityRiskBoardOfDirectorsOversightTextBlock',
    label: 'Cybersecurity Risk Board of Directors Oversight [Text Block]',
    section: 'governance',
  },
  boardCommittee: {
    element: 'CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock',
    label: 'Cybersecurity Risk Board Committee or Subcommittee Responsible for Oversight [Text Block]',
    section: 'governance',
  },
  boardInformingProcess: {
    element: 'CybersecurityRiskProcessForInformingBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock',
    label: 'Cybersecurity Risk Process for Informing Board Committee or Subcommittee Responsible for Oversight [Text Block]',
    section: 'governance',
  },
  roleOfManagement: {
    element: 'CybersecurityRiskRoleOfManagementTextBlock',
    label: 'Cybersecurity Risk Role of Management [Text Block]',
    section: 'governance',
  },
  positionsResponsible: {
    element: 'CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock',
    label: 'Cybersecurity Risk Management Positions or Committees Responsible [Text Block]',
    section: 'governance',
  },
  managementExpertise: {
    element: 'CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock',
    label: 'Cybersecurity Risk Management Expertise of Management Responsible [Text Block]',
    section: 'governance',
  },
  managementInformingProcess: {
    element: 'CybersecurityRiskProcessForInformingManagementOrCommitteesResponsibleTextBlock',
    label: 'Cybersecurity Risk Process for Informing Management or Committees Responsible [Text Block]',
    section: 'governance',
  },
};

/** An element as found by its viewer label. */
export type CydElementRef = { kind: 'flag'; name: FlagName } | { kind: 'textBlock'; name: TextBlockName };

const FLAG_ENTRIES = Object.entries(CYD_FLAGS) as [FlagName, CydElement][];
const TEXT_BLOCK_ENTRIES = Object.entries(CYD_TEXT_BLOCKS) as [TextBlockName, CydTextBlockElement][];

/** The flag a key names, whether the friendly name or the cyd element name. */
export function flagNameFor(key: string): FlagName | undefined {
  return FLAG_ENTRIES.find(([name, element]) => name === key || element.element === key)?.[0];
}

/** The text block a key names, whether the friendly name or the cyd element name. */
export function textBlockNameFor(key: string): TextBlockName | undefined {
  return TEXT_BLOCK_ENTRIES.find(([name, element]) => name === key || element.element === key)?.[0];
}

/** The element a viewer label stands for; case, spacing and a trailing `|` do not matter. */
export function cydElementByLabel(label: string): CydElementRef | undefined {
  const wanted = normalizeLabel(label);
  const flag = FLAG_ENTRIES.find(([, element]) => normalizeLabel(element.label) === wanted);
  if (flag) return { kind: 'flag', name: flag[0] };
  const block = TEXT_BLOCK_ENTRIES.find(([, element]) => normalizeLabel(element.label) === wanted);
  if (block) return { kind: 'textBlock', name: block[0] };
  return undefined;
}

function normalizeLabel(label: string): string {
  return label.replace(/\|\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
