// text.hedgedProcessClaims: a hedge on whether a process exists is counted; a hedge on an outcome, or a disclaimer, is not.
import { describe, expect, it } from 'vitest';
import { draft, readFacts } from '../item-106/read-facts.js';

const count = (...paragraphs: string[]): number => readFacts(draft(...paragraphs)).value<number>('text.hedgedProcessClaims');

describe('text.hedgedProcessClaims', () => {
  it.each([
    'We may engage third-party consultants from time to time to assess our program.',
    'The Company may, from time to time, retain assessors to review its controls.',
    'From time to time, we engage outside consultants to test our controls.',
    'Penetration tests may be conducted by third parties.',
    'Our cybersecurity program is designed to include annual penetration testing and tabletop exercises.',
    'Our program is intended to be integrated into our enterprise risk management framework.',
    'Our programs are designed to align with the NIST Cybersecurity Framework.',
    'Our CISO may review the reports of the security operations center.',
  ])('counts "%s"', (sentence) => {
    expect(count(sentence)).toBe(1);
  });

  it.each([
    'We maintain controls designed to protect customer data and to detect intrusions.',
    'We maintain a program designed to assess, identify and manage material risks from cybersecurity threats.',
    'Our insurance is intended to cover the costs of incidents.',
    'Threat actors may use sophisticated techniques to obtain access to our systems.',
    'Our vendors may use subcontractors to deliver their services.',
    'We do not engage third-party assessors. There can be no assurance that our processes will prevent all incidents.',
    'We engage an independent firm each year to perform a penetration test.',
    'Incidents are reported to members of management, which may include our Chief Executive Officer.',
    'Depending on the provider, our vendor management process may involve different levels of assessment.',
    'For more details, see “Item 3.D. Risk Factors—Our business generates data that may include personal information”.',
  ])('leaves "%s" alone', (sentence) => {
    expect(count(sentence)).toBe(0);
  });

  it('counts sentences, not hedges, and points at each', () => {
    const facts = readFacts(draft('We may engage consultants from time to time. Our program is designed to include tabletop exercises. We test our backups each quarter.'));
    expect(facts.value('text.hedgedProcessClaims')).toBe(2);
    expect(facts.evidence('text.hedgedProcessClaims')).toEqual(['We may engage consultants from time to time.', 'Our program is designed to include tabletop exercises.']);
  });
});
