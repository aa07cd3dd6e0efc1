// Materiality facts (Item 106(b)(2)) on short realistic passages: both limbs, caveats, cross-references, "how".
import { describe, expect, it } from 'vitest';
import { draft, readFacts } from './read-facts.js';

const past = (text: string) => readFacts(draft(text)).value<string>('materiality.pastLimb');
const forward = (text: string) => readFacts(draft(text)).value<string>('materiality.forwardLimb');

describe('materiality.pastLimb', () => {
  it('reads a two-limb denial as not affected, with the sentence as evidence', () => {
    const sentence = 'We have not identified any risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, that have materially affected or are reasonably likely to materially affect us, including our business strategy, results of operations or financial condition.';
    const facts = readFacts(draft('Our program includes monitoring and training.', sentence));
    expect(facts.value('materiality.pastLimb')).toBe('not-affected');
    expect(facts.evidence('materiality.pastLimb')).toEqual([sentence]);
  });

  it('reads incident-framed denials', () => {
    expect(past('In the last three fiscal years, we have not experienced any material cybersecurity incidents.')).toBe('not-affected');
    expect(past('There were no material cybersecurity incidents during the fiscal year.')).toBe('not-affected');
    expect(past('While we have experienced cybersecurity incidents, none has had a material effect on our operations.')).toBe('not-affected');
    expect(past('To date, our results of operations and financial condition have not been materially affected by cybersecurity incidents.')).toBe('not-affected');
  });

  it('reads an affirmative statement as affected', () => {
    expect(past('The ransomware attack in May materially affected our results of operations for the second quarter.')).toBe('affected');
    expect(past('The breach of our billing vendor has had a material adverse effect on our revenue.')).toBe('affected');
  });

  it('does not take a caveat, a question or a hypothetical for an answer', () => {
    expect(past('We cannot provide assurances that we have not experienced an undetected cybersecurity incident.')).toBe('none');
    expect(past('We have not, to our knowledge, experienced a cybersecurity incident that disrupted our operations.')).toBe('none');
    expect(past('We have not experienced any cybersecurity incidents that we consider material.')).toBe('not-affected');
    expect(past('For a discussion of whether and how risks from cybersecurity threats have materially affected us, see Item 1A, "Risk Factors."')).toBe('none');
    expect(past('A cyberattack could have materially affected our operations had our backups failed.')).toBe('none');
    expect(past('We have experienced cybersecurity incidents in the past, and future incidents could have a material adverse effect on us.')).toBe('none');
  });

  it('ignores quoted risk-factor titles in a cross-reference', () => {
    expect(past('See "Our business has been materially affected by system failures" in Item 1A, Risk Factors.')).toBe('none');
  });
});

describe('materiality.forwardLimb', () => {
  it('reads a negated "reasonably likely" and "we do not expect"', () => {
    expect(forward('Risks from cybersecurity threats have not materially affected, and we do not believe they are reasonably likely to materially affect, our business.')).toBe('not-reasonably-likely');
    expect(forward('We do not expect cybersecurity risks to materially affect our business strategy, results of operations or financial condition.')).toBe('not-reasonably-likely');
  });

  it('reads "nor do we consider it reasonably likely that they will" and a later "such an effect"', () => {
    expect(forward('Risks from cybersecurity threats have not materially affected us, nor do we currently consider it reasonably likely that they will.')).toBe('not-reasonably-likely');
    const split = draft('No cybersecurity risk we have identified has had a material effect on our business strategy, results of operations or financial condition.', 'We do not anticipate that risks from cybersecurity threats will have such an effect.');
    expect(readFacts(split).value('materiality.forwardLimb')).toBe('not-reasonably-likely');
  });

  it('reads an expectation that leaves out the effect it refers back to', () => {
    const sentence = 'Risks from cybersecurity threats, including those arising from past incidents, have not had a material effect on our business strategy, results of operations or financial condition, nor do we presently expect that they will.';
    expect(forward(sentence)).toBe('not-reasonably-likely');
    expect(past(sentence)).toBe('not-affected');
    expect(forward('Cybersecurity incidents have not had a material effect on us, and we do not expect them to.')).toBe('not-reasonably-likely');
    expect(forward('We expect that they will continue to evolve, and we monitor material developments.')).toBe('none');
  });

  it('reads an affirmative "reasonably likely", conditional or not', () => {
    expect(forward('If realized, these risks are reasonably likely to materially affect the Company.')).toBe('reasonably-likely');
  });

  it('keeps the clause of the negation: a negated subordinate clause does not negate the main one', () => {
    expect(forward('Although we have not experienced material incidents, risks from cybersecurity threats are reasonably likely to materially affect us.')).toBe('reasonably-likely');
  });

  it('reads "no assurance" and "may / could" as hedged only', () => {
    expect(forward('There can be no assurance that future incidents will not materially affect us.')).toBe('hedged-only');
    expect(forward('Future cybersecurity threats could materially affect our results of operations.')).toBe('hedged-only');
    expect(forward('We cannot guarantee that we will not be materially affected in the future.')).toBe('hedged-only');
  });

  it('does not read "more likely to have a material impact" or a "whether" pointer as an answer', () => {
    expect(forward('Our team prioritizes the risks that are more likely to have a material impact on our business.')).toBe('none');
    expect(forward('We describe whether and how risks are reasonably likely to materially affect us under "Risk Factors" in Item 1A.')).toBe('none');
  });
});

describe('materiality.crossReferenceOnly', () => {
  it('is true when the only material-effect content points to Risk Factors', () => {
    const facts = readFacts(draft('For more information on the cybersecurity risks we face, see Item 1A, "Risk Factors."'));
    expect(facts.value('materiality.crossReferenceOnly')).toBe(true);
  });

  it('is false when the item answers the question itself', () => {
    const facts = readFacts(draft('Cybersecurity threats have not materially affected us. For more information, see Item 1A, "Risk Factors."'));
    expect(facts.value('materiality.crossReferenceOnly')).toBe(false);
  });
});

describe('materiality.howDescribed', () => {
  it('finds the description of the effect in the following sentences', () => {
    const facts = readFacts(draft('The ransomware attack in May materially affected our results of operations. It disrupted shipping for nine days and we incurred $8 million of remediation costs.'));
    expect(facts.value('materiality.howDescribed')).toBe(true);
    expect(facts.evidence('materiality.howDescribed')).toEqual(['It disrupted shipping for nine days and we incurred $8 million of remediation costs.']);
  });

  it('is false when the draft only says the company was affected', () => {
    expect(readFacts(draft('The incident we reported in June has materially affected the Company.')).value('materiality.howDescribed')).toBe(false);
  });
});

describe('materiality limbs in less common wordings', () => {
  it('reads an answer whose object follows an inserted clause', () => {
    const text = 'Cybersecurity threats have not had, and we do not believe they are reasonably likely to have, a material effect on our business strategy, results of operations or financial condition.';
    expect(past(text)).toBe('not-affected');
    expect(forward(text)).toBe('not-reasonably-likely');
  });

  it('reads "has not been material" and "none of which was material" as denials', () => {
    expect(past('The impact of cybersecurity incidents on our business has not been material.')).toBe('not-affected');
    expect(past('We detected several phishing attempts during the year, none of which was material.')).toBe('not-affected');
  });

  it('reads "could reasonably be expected to" under a negation as a denial, not a hedge', () => {
    expect(forward('We do not believe that these risks could reasonably be expected to have a material adverse effect on us.')).toBe('not-reasonably-likely');
  });
});

describe('disclaimers', () => {
  it('hedge only their own clause', () => {
    expect(forward('While there can be no assurance of future results, we do not believe cybersecurity risks are reasonably likely to materially affect us.')).toBe('not-reasonably-likely');
    expect(forward('There have not been any incidents that have had a material adverse effect on us, though there is no assurance that future risks will not have a material adverse effect.')).toBe('hedged-only');
  });
});

describe('a disclaimer with an inserted clause', () => {
  it('still hedges the forward statement', () => {
    expect(forward('There can be no assurance that we, or the vendors on which we rely, will not suffer an incident that will materially affect us.')).toBe('hedged-only');
  });
});

describe('a denial that there were any incidents at all', () => {
  it('answers the past limb', () => {
    expect(past('We have not encountered any cybersecurity incidents since our initial public offering.')).toBe('not-affected');
    expect(past('There have been no cybersecurity incidents affecting the Trust.')).toBe('not-affected');
  });

  it('says nothing when incidents are admitted or the denial is a caveat', () => {
    expect(past('We have experienced cybersecurity incidents in the past.')).toBe('none');
    expect(past('We cannot assure you that we have not experienced any cybersecurity incidents that remain undetected.')).toBe('none');
  });
});

describe('a denial with a base-form verb after "did not" or "do not"', () => {
  it('answers the past limb, with or without materiality', () => {
    expect(past('In fiscal 2023, the Partnership did not suffer any material breach of its information systems.')).toBe('not-affected');
    expect(past('During the reporting period we did not detect any information security incidents.')).toBe('not-affected');
    expect(past('Last year the Company did not identify any material security incidents.')).toBe('not-affected');
    expect(past('Our hosted platforms did not experience a single cybersecurity breach in 2024.')).toBe('not-affected');
    expect(past('Cybersecurity incidents did not materially affect our results of operations in fiscal 2024.')).toBe('not-affected');
  });

  it('does not read a forward statement as a past one', () => {
    const text = 'We do not expect to experience material cybersecurity incidents, and we do not believe cybersecurity risks are reasonably likely to materially affect us.';
    expect(past(text)).toBe('none');
    expect(forward(text)).toBe('not-reasonably-likely');
  });

  it('does not borrow a "did not" from an unrelated part of the sentence', () => {
    expect(past('The hosting provider did not notify us for two weeks after it detected a cybersecurity incident in its data center.')).toBe('none');
    expect(past('Because the attackers did not reach our payment systems, we did not report the incident that we identified in March.')).toBe('none');
  });
});

describe('a denial whose subject is "no incidents"', () => {
  it('answers the past limb', () => {
    expect(past('No material cybersecurity incidents were detected in fiscal 2025.')).toBe('not-affected');
    expect(past('To our knowledge, no information security breaches have occurred since our listing.')).toBe('not-affected');
    expect(past('No material incidents, including ransomware attacks, were identified during the year.')).toBe('not-affected');
    expect(past('No cybersecurity incident in the last three fiscal years has had a material impact on the Bank.')).toBe('not-affected');
  });

  it('does not read "no" before an incident-response noun or a present-tense aim as a denial', () => {
    expect(past('No cybersecurity incident response plan was in place before 2022.')).toBe('none');
    expect(past('Our escalation procedures are designed so that no security incident goes unreported.')).toBe('none');
  });
});

describe('a denial of "an incident that has had, or is reasonably likely to have, a material effect"', () => {
  it('answers both limbs in the negative', () => {
    const text = 'The Bank has not identified an information security incident that has had, or that management believes is reasonably likely to have, a material impact on its operations or financial condition.';
    expect(past(text)).toBe('not-affected');
    expect(forward(text)).toBe('not-reasonably-likely');
    const risks = 'We have not identified risks from cybersecurity threats that have had, or are reasonably likely to have, a material effect on our financial condition.';
    expect(past(risks)).toBe('not-affected');
    expect(forward(risks)).toBe('not-reasonably-likely');
  });

  it('lends the negation only to the inserted clause, not to what follows it', () => {
    expect(forward('The Fund has not identified a cybersecurity incident that has had, or could have, a material effect on it, but we believe cybersecurity risks are reasonably likely to materially affect the Adviser.')).toBe('reasonably-likely');
  });

  it('reads "never ... a breach" and "not aware of a single incident" as denials', () => {
    expect(past('We have never experienced a cybersecurity breach.')).toBe('not-affected');
    expect(past('We are not aware of a single cybersecurity incident affecting the Fund.')).toBe('not-affected');
  });

  it('says nothing on the past limb when an incident is admitted', () => {
    expect(past('We have experienced a cybersecurity incident, which we describe below.')).toBe('none');
    expect(past('In March, our email provider identified a security breach affecting several mailboxes.')).toBe('none');
    const admitted = 'We identified an incident in May that has had, or is reasonably likely to have, a material effect on our operations.';
    expect(past(admitted)).toBe('none');
    expect(forward(admitted)).toBe('reasonably-likely');
  });
});

describe('a forward answer that refers back to the effect', () => {
  it('reads "reasonably likely to have such an effect" as the forward limb', () => {
    expect(forward('To date, no cybersecurity incident has had a material effect on our financial condition, and we do not believe that such threats are reasonably likely to have such an effect in the future.')).toBe('not-reasonably-likely');
  });
});

describe('a question', () => {
  it('does not take a heading or sentence that asks for an answer', () => {
    expect(past('Have risks from cybersecurity threats materially affected the Company?')).toBe('none');
  });
});

describe('a forward answer put as a "that" clause', () => {
  it('reads "we do not consider it reasonably likely that they will do so" as a denial of the forward limb', () => {
    expect(forward('Cybersecurity threats have not materially affected the Group, and we do not consider it reasonably likely that they will do so.')).toBe('not-reasonably-likely');
    expect(forward('Cybersecurity threats have not materially affected us, and we believe it is unlikely that they will materially affect our results in the near term.')).toBe('not-reasonably-likely');
  });
});

describe('a past answer that refers back to the effect', () => {
  it('reads "no such risk has done so" after the forward limb as a denial of the past limb', () => {
    const sentence = 'We are not aware of any risks from cybersecurity threats that are reasonably likely to materially affect the Company, including its results of operations or financial condition, and no such risk, including as a result of any prior cybersecurity incident, has done so to date.';
    expect(past(sentence)).toBe('not-affected');
    expect(forward(sentence)).toBe('not-reasonably-likely');
    expect(past('Although cybersecurity threats could materially affect our operations, they have not yet done so.')).toBe('not-affected');
  });

  it('does not read "done so" without a material effect named before it', () => {
    expect(past('Our vendors must report incidents to us within 72 hours, and each has done so when required.')).toBe('none');
  });
});

describe('a denial of significant incidents', () => {
  it('does not answer whether risks have materially affected the company', () => {
    expect(past('To date, we have not experienced any significant cybersecurity incidents.')).toBe('none');
    expect(past('We have not experienced a significant cybersecurity breach in the last three years.')).toBe('none');
    expect(past('To date, we have not experienced any material cybersecurity incidents.')).toBe('not-affected');
  });
});

describe('an expectation whose subject carries an inserted clause', () => {
  it('reads "we do not expect risks ..., including as a result of any previous incidents, to materially affect" as the forward limb', () => {
    expect(forward('We have not experienced any cybersecurity incidents that have materially affected our business, and we do not expect risks from cybersecurity threats, including as a result of any previous incidents, to materially affect our business strategy, results of operations or financial condition.')).toBe('not-reasonably-likely');
  });
});

describe('a forward answer whose subject is the effect', () => {
  it('reads "no such effect is reasonably likely" and "we do not consider a material effect ... to be reasonably likely"', () => {
    expect(forward('Cybersecurity threats have not had a material effect on our business strategy, results of operations or financial condition, and we have concluded that no such effect is reasonably likely.')).toBe('not-reasonably-likely');
    expect(forward('No cybersecurity threat materially affected the Group in 2025, and we do not consider a material effect from cybersecurity threats to be reasonably likely.')).toBe('not-reasonably-likely');
    expect(forward('Given the incident in March, we believe a material effect on our results is reasonably likely.')).toBe('reasonably-likely');
  });
});

describe('a cross-reference that repeats the standard\'s words', () => {
  it('answers neither limb', () => {
    const pointer = 'For information on how risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, have materially affected or are reasonably likely to materially affect us, see "Risk Factors" in Part I, Item 1A of this Annual Report.';
    expect(past(pointer)).toBe('none');
    expect(forward(pointer)).toBe('none');
    expect(readFacts(draft(pointer)).value('materiality.crossReferenceOnly')).toBe(true);
  });
});
