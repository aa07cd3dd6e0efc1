// British spellings: each lexicon term is matched as American and as British filers write it.
import { describe, expect, it } from 'vitest';
import { britishSpelling, withBritishSpellings } from '../../../src/facts/text/spelling-variants.js';
import { draft, readFacts } from '../item-106/read-facts.js';

describe('britishSpelling', () => {
  it.each([
    ['organization', 'organisation'],
    ['cybersecurity organizations', 'cybersecurity organisations'],
    ['prioritized', 'prioritised'],
    ['analyze', 'analyse'],
    ['three lines of defense', 'three lines of defence'],
    ['security operations center', 'security operations centre'],
    ['endeavor to', 'endeavour to'],
    ['security program', 'security programme'],
  ])('%s → %s', (american, british) => {
    expect(britishSpelling(american)).toBe(british);
  });

  it.each(['size', 'seize', 'programming', 'Center for Internet Security', 'citizen', 'incident response'])('leaves "%s" as it is', (term) => {
    expect(britishSpelling(term)).toBe(term);
  });

  it('adds each variant after its term, once', () => {
    expect(withBritishSpellings(['risk register', 'lines of defense', 'defense'])).toEqual(['risk register', 'lines of defense', 'lines of defence', 'defense', 'defence']);
  });
});

describe('lexicons read British drafts', () => {
  it('finds the three lines of defence as it finds the three lines of defense', () => {
    const british = readFacts(draft('Cyber risk is managed within the Group’s three lines of defence model, alongside operational and compliance risk.'));
    expect(british.value('risk.ermIntegration')).not.toBe('none');
    const american = readFacts(draft('Cyber risk is managed within the Company’s three lines of defense model, alongside operational and compliance risk.'));
    expect(british.value('risk.ermIntegration')).toBe(american.value('risk.ermIntegration'));
  });
});
