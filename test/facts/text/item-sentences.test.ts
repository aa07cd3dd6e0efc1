// List items that finish their introducing sentence are read joined to it; their evidence stays the item.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/parse/parse-source.js';
import { itemSentences } from '../../../src/facts/text/item-sentences.js';
import { draft, readFacts } from '../item-106/read-facts.js';

const governance = [
  '# Item 1C. Cybersecurity',
  '',
  '## Governance',
  '',
  'Our Board of Directors oversees cybersecurity risk through its Audit Committee. The Audit Committee:',
  '',
  '- receives a report from our Chief Information Security Officer at each quarterly meeting on threats and incidents;',
  '- reviews the results of the annual penetration test; and',
  '- reports to the full Board on cybersecurity at least annually.',
  '',
  'For vendors that access our systems or customer data, we:',
  '',
  '- assess security controls before contracting, using a questionnaire and, where available, SOC 2 reports;',
  '- **Contract terms.** Require breach-notification terms.',
  '',
].join('\n');

describe('a list item that finishes its introducing sentence', () => {
  it('is read with the introduction before it', () => {
    const texts = itemSentences(parseSource('draft.md', governance)).map((item) => item.text);
    expect(texts).toContain('The Audit Committee receives a report from our Chief Information Security Officer at each quarterly meeting on threats and incidents;');
    expect(texts).toContain('For vendors that access our systems or customer data, we assess security controls before contracting, using a questionnaire and, where available, SOC 2 reports;');
    // An item that opens on its own label is a sentence of its own.
    expect(texts).toContain('Contract terms.');
  });

  it('lets the facts read the subject from the introduction, with the item as evidence', () => {
    const facts = readFacts(governance, 'draft.md');
    expect(facts.value('management.reportsToBoard')).toBe(true);
    expect(facts.evidence('management.reportsToBoard')).toContain('receives a report from our Chief Information Security Officer at each quarterly meeting on threats and incidents;');
    expect(facts.value('risk.serviceProviderOversight')).toBe(true);
    expect(facts.evidence('risk.serviceProviderOversight')).toContain('assess security controls before contracting, using a questionnaire and, where available, SOC 2 reports;');
  });

  it('leaves a plain paragraph after a colon alone', () => {
    const texts = itemSentences(parseSource('draft.txt', draft('Our program has three parts:', 'risk assessment, monitoring and training.'))).map((item) => item.text);
    expect(texts).toContain('risk assessment, monitoring and training.');
  });
});
