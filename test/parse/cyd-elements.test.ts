import { describe, it, expect } from 'vitest';
import { FLAG_NAMES, TEXT_BLOCK_NAMES } from '../../src/model/disclosure.js';
import { CYD_FLAGS, CYD_TEXT_BLOCKS, cydElementByLabel, flagNameFor, textBlockNameFor } from '../../src/model/cyd-elements.js';

describe('cyd elements', () => {
  it('covers every flag and text block of the model, with distinct element names and labels', () => {
    expect(Object.keys(CYD_FLAGS)).toEqual([...FLAG_NAMES]);
    expect(Object.keys(CYD_TEXT_BLOCKS)).toEqual([...TEXT_BLOCK_NAMES]);
    const all = [...Object.values(CYD_FLAGS), ...Object.values(CYD_TEXT_BLOCKS)];
    expect(new Set(all.map((e) => e.element)).size).toBe(16);
    expect(new Set(all.map((e) => e.label)).size).toBe(16);
    for (const e of Object.values(CYD_FLAGS)) expect([e.element.endsWith('Flag'), e.label.endsWith(' [Flag]')]).toEqual([true, true]);
    for (const e of Object.values(CYD_TEXT_BLOCKS)) expect([e.element.endsWith('TextBlock'), e.label.endsWith(' [Text Block]')]).toEqual([true, true]);
  });

  it('resolves friendly names and element names', () => {
    expect(flagNameFor('serviceProviderOversight')).toBe('serviceProviderOversight');
    expect(flagNameFor('CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag')).toBe('serviceProviderOversight');
    expect(flagNameFor('boardOversight')).toBeUndefined();
    expect(textBlockNameFor('CybersecurityRiskRoleOfManagementTextBlock')).toBe('roleOfManagement');
    expect(textBlockNameFor('processesIntegrated')).toBe('processesIntegrated');
  });

  it('resolves viewer labels whatever their case, spacing or trailing bar', () => {
    expect(cydElementByLabel('Cybersecurity Risk Management Processes Integrated [Flag]')).toEqual({ kind: 'flag', name: 'processesIntegrated' });
    expect(cydElementByLabel('cybersecurity risk management processes  integrated [text block]|')).toEqual({ kind: 'textBlock', name: 'processesIntegrated' });
    expect(cydElementByLabel('Material Cybersecurity Incident Nature [Text Block]')).toBeUndefined();
  });

  it('puts the (b) blocks under risk management and the (c) blocks under governance', () => {
    expect(TEXT_BLOCK_NAMES.filter((name) => CYD_TEXT_BLOCKS[name].section === 'risk-management')).toEqual(['riskManagementProcesses', 'processesIntegrated', 'materiallyAffected']);
  });
});
