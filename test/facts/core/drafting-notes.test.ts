// Drafting notes left in a draft: counted as placeholders, and never read as the disclosure's answer.
import { describe, expect, it } from 'vitest';
import { draft, readFacts } from '../item-106/read-facts.js';

describe('drafting notes', () => {
  it('counts long notes and "to be provided" notes as placeholders', () => {
    const facts = readFacts(draft(
      'Our Chief Information Security Officer leads the program. [Insert a sentence on how the program is integrated into enterprise risk management once the risk team confirms the wording with the Audit Committee chair and outside counsel.]',
      'Our Board oversees cybersecurity risk. [Board reporting paragraph to be provided by the General Counsel before filing]',
    ));
    expect(facts.value('text.placeholders')).toBe(2);
  });

  it('does not read a bracketed instruction as the disclosure saying it', () => {
    const facts = readFacts(draft(
      'Our Chief Information Security Officer leads our security team.',
      '[Describe how the Audit Committee of our Board oversees cybersecurity risk and how often it receives reports.]',
    ));
    expect(facts.value('board.oversightDescribed')).toBe(false);
    expect(facts.value('board.committeeNamed')).toBe(false);
  });
});
