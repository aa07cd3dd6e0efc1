// The facts of one cyd flag: its value, the text's agreement with it (in both directions), and the finding a message quotes.
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../src/facts/compute-facts.js';
import { loadBuiltinLexicons } from '../../../src/facts/text/lexicons.js';
import { parseJson } from '../../../src/parse/parse-json.js';
import { parseMarkdown } from '../../../src/parse/parse-markdown.js';

const lexicons = loadBuiltinLexicons();

function flagFacts(flag: string, value: boolean | undefined, prose: string): { value: unknown; consistency: unknown; finding: unknown } {
  const front = value === undefined ? '' : `---\nflags:\n  ${flag}: ${value}\n---\n\n`;
  const facts = computeFacts(parseMarkdown('draft.md', `${front}# Item 1C. Cybersecurity\n\n${prose}\n`), lexicons);
  return { value: facts[`flags.${flag}`]?.value, consistency: facts[`flags.${flag}Consistency`]?.value, finding: facts[`flags.${flag}Finding`]?.value };
}

const ENGAGED = 'We engage an independent firm each year to perform a penetration test of our network.';
const VENDORS = 'Our vendor risk team reviews the security controls of each service provider before it is onboarded.';

describe('flags.<flag>, flags.<flag>Consistency and flags.<flag>Finding', () => {
  it('are null and absent without the flag', () => {
    expect(flagFacts('thirdPartyEngaged', undefined, ENGAGED)).toEqual({ value: null, consistency: 'absent', finding: 'the flag is not given.' });
  });

  it('support a true flag with the sentence that says so', () => {
    expect(flagFacts('thirdPartyEngaged', true, ENGAGED)).toEqual({ value: true, consistency: 'supported', finding: `the draft says so: “${ENGAGED}”` });
  });

  it('contradict a false flag with that sentence', () => {
    expect(flagFacts('thirdPartyEngaged', false, ENGAGED)).toMatchObject({ consistency: 'contradicted', finding: `the draft says otherwise: “${ENGAGED}”` });
  });

  it('leave a false flag standing when the text is silent, and find a true one unsupported, naming the (ii)/(iii) swap', () => {
    expect(flagFacts('thirdPartyEngaged', false, VENDORS)).toMatchObject({ consistency: 'silent' });
    const unsupported = flagFacts('thirdPartyEngaged', true, VENDORS);
    expect(unsupported.consistency).toBe('unsupported');
    expect(unsupported.finding).toMatch(/^no sentence of the draft says that the company engages assessors, .*; the third parties the draft mentions are service providers whose risks the company oversees \(Item 106\(b\)\(1\)\(iii\), the serviceProviderOversight flag\)/);
  });

  it('read a true materiality flag on a "could" sentence as unsupported, and on a two-limb denial as contradicted', () => {
    const could = flagFacts('materiallyAffected', true, 'A cybersecurity incident could materially and adversely affect our results of operations.');
    expect(could).toMatchObject({ consistency: 'unsupported' });
    expect(could.finding).toMatch(/it only says that the risks may or could affect the company: “A cybersecurity incident could/);
    const denial = 'Risks from cybersecurity threats have not materially affected us and are not reasonably likely to materially affect us.';
    expect(flagFacts('materiallyAffected', true, denial)).toMatchObject({ consistency: 'contradicted' });
    expect(flagFacts('materiallyAffected', false, denial)).toMatchObject({ consistency: 'supported' });
  });

  it('support a false serviceProviderOversight flag with a statement that no providers are used', () => {
    expect(flagFacts('serviceProviderOversight', false, 'We do not use third-party service providers to store or process our data.')).toMatchObject({ consistency: 'supported' });
  });
});

describe('textBlocks.mismatched', () => {
  it('judges each block on its own paragraphs: a bare committee name matches, titles without expertise do not', () => {
    const json = JSON.stringify({
      textBlocks: {
        boardCommittee: 'Audit Committee',
        managementExpertise: 'Our CISO and our CIO lead the program and have appropriate knowledge and expertise.',
        positionsResponsible: 'Our CISO has 20 years of experience in information security and is responsible for our cybersecurity program.',
      },
    });
    const facts = computeFacts(parseJson('draft.json', json), lexicons);
    expect(facts['textBlocks.mismatched']?.value).toEqual(['Cybersecurity Risk Management Expertise of Management Responsible [Text Block]']);
  });
});

