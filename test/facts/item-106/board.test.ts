// Board facts (Item 106(c)(1)) on short realistic passages: oversight, committees, full board, informing and cadence.
import { describe, expect, it } from 'vitest';
import { draft, readFacts } from './read-facts.js';

describe('board.oversightDescribed', () => {
  it('is true when the board or a committee oversees cyber risk, with that sentence as evidence', () => {
    const sentence = 'The Audit Committee of our Board of Directors oversees risks from cybersecurity threats.';
    const facts = readFacts(draft('Our program includes monitoring and training.', sentence));
    expect(facts.value('board.oversightDescribed')).toBe(true);
    expect(facts.evidence('board.oversightDescribed')).toEqual([sentence]);
  });

  it('counts a supervisory board and a board of statutory auditors as the board', () => {
    expect(readFacts(draft('Our Supervisory Board oversees the Management Board’s management of cybersecurity risk.')).value('board.oversightDescribed')).toBe(true);
    expect(readFacts(draft('Our Board of Statutory Auditors reviews our cybersecurity risk management system.')).value('board.oversightDescribed')).toBe(true);
  });

  it('does not count a management board or an advisory board', () => {
    expect(readFacts(draft('Our Management Board is responsible for cybersecurity risk.')).value('board.oversightDescribed')).toBe(false);
    expect(readFacts(draft('Our Change Advisory Board reviews security changes before release.')).value('board.oversightDescribed')).toBe(false);
  });

  it('does not take the chair\'s title for the board, but keeps a committee of the board named after it', () => {
    const chair = readFacts(draft('Our Chief Financial Officer manages our outsourced IT provider and keeps our Chief Executive Officer, who also serves as Chairman of our Board of Directors, informed of any significant cybersecurity matters.'));
    expect(chair.value('board.oversightDescribed')).toBe(false);
    expect(chair.value('board.informedProcessDescribed')).toBe(false);
    expect(readFacts(draft('The Chair of the Board Risk Committee reviews cybersecurity risk with our CISO each quarter.')).value('board.oversightDescribed')).toBe(true);
  });

  it('does not count a negated role', () => {
    expect(readFacts(draft('Our Board of Directors does not oversee cybersecurity separately from other operational matters.')).value('board.oversightDescribed')).toBe(false);
  });
});

describe('board.committees', () => {
  it('lists board committees as written, not management committees', () => {
    const facts = readFacts(draft(
      'The Risk and Technology Committee of our Board of Directors oversees cybersecurity risk.',
      'Our Cybersecurity Steering Committee, composed of senior executives, manages the security program.',
    ));
    expect(facts.value('board.committees')).toEqual(['Risk and Technology Committee']);
  });

  it('ties a committee to the board through delegation and possessives', () => {
    expect(readFacts(draft('The Board has delegated oversight of cybersecurity risk to the Audit & Finance Committee.')).value('board.committees')).toEqual(['Audit & Finance Committee']);
    expect(readFacts(draft('The Board’s Public Policy Committee oversees our cybersecurity strategy.')).value('board.committees')).toEqual(['Public Policy Committee']);
  });

  it('finds a committee named only in a later paragraph', () => {
    const facts = readFacts(draft(
      'Our Board of Directors oversees cybersecurity risk through one of its standing committees.',
      'Our Chief Information Security Officer leads our security team.',
      'The Risk Oversight Committee of the Board is responsible for this oversight. It reviews our annual cybersecurity risk assessment.',
    ));
    expect(facts.value('board.committees')).toEqual(['Risk Oversight Committee']);
    expect(facts.value('board.committeeNamed')).toBe(true);
  });

  it('keeps a name that lists its subjects with commas whole', () => {
    expect(readFacts(draft('The Safety, Operations and Technology Committee of our Board oversees cybersecurity risk.')).value('board.committees')).toEqual(['Safety, Operations and Technology Committee']);
    expect(readFacts(draft('Following its annual review, Audit and Risk Committee members discuss cybersecurity risk with the Board.')).value('board.committees')).not.toContain('review, Audit and Risk Committee');
    expect(readFacts(draft('At each meeting, the Nominating, Governance and Technology Committee of our Board reviews cybersecurity risk with our CISO.')).value('board.committees')).toEqual(['Nominating, Governance and Technology Committee']);
  });

  it('keeps Chile\'s "Directors\' Committee" as a name', () => {
    expect(readFacts(draft('Our Board of Directors oversees cybersecurity risk, with the support of the Directors\' Committee, which reviews our risk management and internal control systems.')).value('board.committees')).toEqual(["Directors' Committee"]);
  });

  it('counts a committee of a two-tier supervisory board', () => {
    expect(readFacts(draft('The Audit Committee of our Supervisory Board reviews cybersecurity risks twice a year.')).value('board.committees')).toEqual(['Audit Committee']);
  });
});

describe('board.fullBoardOversees', () => {
  it('is true when the full board oversees directly', () => {
    expect(readFacts(draft('The full Board retains oversight of cybersecurity risk.')).value('board.fullBoardOversees')).toBe(true);
    expect(readFacts(draft('Our Board of Directors oversees cybersecurity risk directly rather than through a committee.')).value('board.fullBoardOversees')).toBe(true);
  });

  it('is false when oversight runs through committees', () => {
    expect(readFacts(draft('Our Board of Directors oversees cybersecurity risk through its committees.')).value('board.fullBoardOversees')).toBe(false);
  });

  it('is false when the board oversees "directly and through its committees" without naming one', () => {
    expect(readFacts(draft('Our Board of Directors oversees risks from cybersecurity threats, both directly and through its committees, as part of its oversight of risk management.')).value('board.fullBoardOversees')).toBe(false);
    expect(readFacts(draft('Our Board of Directors oversees cybersecurity risk directly, and no committee has been assigned this responsibility.')).value('board.fullBoardOversees')).toBe(true);
  });

  it('reads the full board as the overseer after a clause that says it has not delegated oversight', () => {
    expect(readFacts(draft('Our Board of Directors has not delegated oversight of cybersecurity to a committee; the full Board oversees risks from cybersecurity threats as part of its oversight of strategy.')).value('board.fullBoardOversees')).toBe(true);
  });

  it('reads "has not delegated oversight to any committee and oversees ... directly", but not a negated board followed by another body\'s verb', () => {
    expect(readFacts(draft('Our Board of Directors has not delegated oversight of cybersecurity to any committee and oversees cybersecurity risk directly as part of its oversight of our operations.')).value('board.fullBoardOversees')).toBe(true);
    expect(readFacts(draft('Our Board of Directors does not oversee cybersecurity directly; our Chief Information Officer reviews it each quarter.')).value('board.fullBoardOversees')).toBe(false);
  });

  it('is false for "as a whole and through its committees"', () => {
    expect(readFacts(draft('Our Board of Directors, as a whole and through its committees, is responsible for overseeing our risk management, including risks from cybersecurity threats.')).value('board.fullBoardOversees')).toBe(false);
  });

  it('is false when the board shares oversight with committees it does not name, even where it receives reports itself', () => {
    const shared = 'The Board oversees the Company\'s enterprise risks, including risks from cybersecurity threats, with the assistance of its standing committees.';
    const reports = 'The Board receives a report on cybersecurity from our Chief Information Officer at least annually and reviews the program\'s priorities.';
    expect(readFacts(draft(shared, reports)).value('board.fullBoardOversees')).toBe(false);
    expect(readFacts(draft(reports)).value('board.fullBoardOversees')).toBe(true);
    expect(readFacts(draft(shared, 'The full Board retains oversight of cybersecurity risk.')).value('board.fullBoardOversees')).toBe(true);
  });
});

describe('board.informedProcessDescribed and board.cadence', () => {
  it('finds who informs the committee and how often', () => {
    const sentence = 'Our Chief Information Security Officer reports to the Audit Committee quarterly and to the full Board annually on cybersecurity risks.';
    const facts = readFacts(draft('The Audit Committee of our Board oversees cybersecurity risk.', sentence));
    expect(facts.value('board.informedProcessDescribed')).toBe(true);
    expect(facts.evidence('board.informedProcessDescribed')).toEqual([sentence]);
    expect(facts.value('board.cadence')).toEqual(['quarterly', 'annually']);
  });

  it('counts "five times a year" and a pronoun that continues the subject', () => {
    const facts = readFacts(draft('The Technology Committee of our Board oversees cybersecurity. It receives a briefing from our CISO five times a year.'));
    expect(facts.value('board.informedProcessDescribed')).toBe(true);
    expect(facts.value('board.cadence')).toEqual(['five times a year']);
  });

  it('is false when the board is only "kept informed" of cybersecurity matters by no one, with no cadence', () => {
    expect(readFacts(draft('The Audit Committee of our Board oversees cybersecurity risk.', 'The Board and both committees are kept informed of cybersecurity matters.')).value('board.informedProcessDescribed')).toBe(false);
    expect(readFacts(draft('The Audit Committee of our Board oversees cybersecurity risk.', 'The Audit Committee is kept informed of cybersecurity matters through reports from management.')).value('board.informedProcessDescribed')).toBe(true);
    expect(readFacts(draft('The Audit Committee of our Board oversees cybersecurity risk.', 'The Audit Committee is kept informed of cybersecurity matters at each of its quarterly meetings.')).value('board.informedProcessDescribed')).toBe(true);
  });

  it('does not count management keeping the board apprised of risks in general where the board has no cyber role', () => {
    const general = 'Our Board of Directors is responsible for overseeing our enterprise risk management, and management keeps the Board apprised of significant risks facing the Company, including operational, financial and environmental risks.';
    expect(readFacts(draft('Our IT manager maintains firewalls and backups.', general)).value('board.informedProcessDescribed')).toBe(false);
    expect(readFacts(draft('The Audit Committee of our Board oversees cybersecurity risk.', general)).value('board.informedProcessDescribed')).toBe(true);
  });

  it('is false when oversight is stated without any informing', () => {
    expect(readFacts(draft('The Audit Committee of our Board of Directors is responsible for the oversight of cybersecurity risk.')).value('board.informedProcessDescribed')).toBe(false);
  });
});

describe('the full board named as the holder of oversight', () => {
  it('reads "oversight ... rests with the Board as a whole" as the board itself overseeing', () => {
    expect(readFacts(draft('Oversight of cybersecurity risk rests with our Board of Directors as a whole rather than with any one committee.')).value('board.fullBoardOversees')).toBe(true);
    expect(readFacts(draft('Oversight of cybersecurity risk does not rest with our Board of Directors as a whole; it is delegated to the Audit Committee.')).value('board.fullBoardOversees')).toBe(false);
  });
});

describe('a full board that says it has no committee for it', () => {
  it('reads "has not delegated this responsibility to a committee" as the board itself overseeing', () => {
    expect(readFacts(draft('Our Board of Directors is responsible for the oversight of cybersecurity risk and has not delegated this responsibility to a committee.')).value('board.fullBoardOversees')).toBe(true);
    expect(readFacts(draft('Our Board of Directors oversees cybersecurity risk through its Audit Committee.')).value('board.fullBoardOversees')).toBe(false);
  });
});

describe('a board that oversees risk in general beside management\'s cyber duties', () => {
  it('does not oversee cybersecurity when the cyber words belong to management\'s clause', () => {
    const facts = readFacts(draft('Our Board of Directors is responsible for overseeing our overall risk management, and our management team is responsible for day-to-day operations, including information technology and cybersecurity.'));
    expect(facts.value('board.oversightDescribed')).toBe(false);
    expect(facts.value('board.fullBoardOversees')).toBe(false);
  });

  it('does not oversee or hear of cybersecurity that only "may be included" in the risks reported to it', () => {
    const facts = readFacts(draft('Our Board of Directors oversees our enterprise risk management process, and management periodically reports to the Board on the significant risks facing the Company, which may include information technology matters.'));
    expect(facts.value('board.oversightDescribed')).toBe(false);
    expect(facts.value('board.informedProcessDescribed')).toBe(false);
    expect(facts.value('management.reportsToBoard')).toBe(false);
  });

  it('still reads a board whose own clause names cybersecurity, and management reporting on it', () => {
    const facts = readFacts(draft('Our Board of Directors oversees our risk management, including cybersecurity risk, and management reports to the Board each quarter on significant risks.'));
    expect(facts.value('board.oversightDescribed')).toBe(true);
    expect(facts.value('board.fullBoardOversees')).toBe(true);
    expect(facts.value('management.reportsToBoard')).toBe(true);
  });
});

describe('a committee made up of executives', () => {
  it('is a management committee, and presenting to it is not reporting to the board', () => {
    const facts = readFacts(draft(
      'The Executive Risk Committee, which consists of our Chief Executive Officer, Chief Financial Officer and General Counsel, reviews the corporate risk register each quarter.',
      'Our Director of IT Security is responsible for assessing and managing cybersecurity risks. She presents the cybersecurity risk assessment to the Executive Risk Committee at least annually.',
    ));
    expect(facts.value('board.committees')).toEqual([]);
    expect(facts.value('board.oversightDescribed')).toBe(false);
    expect(facts.value('management.reportsToBoard')).toBe(false);
  });
});

describe('board oversight that is missing or only planned', () => {
  const planned = draft(
    'Our Chief Technology Officer is responsible for our cybersecurity matters.',
    'We are a small company, and our board of directors has not yet established formal procedures for overseeing cybersecurity risk. As our business grows, we intend to adopt a cybersecurity policy under which our Chief Technology Officer will report to our audit committee on cybersecurity matters at least annually.',
  );

  it('reads neither oversight, a committee, informing nor reporting into it', () => {
    const facts = readFacts(planned);
    expect(facts.value('board.oversightDescribed')).toBe(false);
    expect(facts.value('board.fullBoardOversees')).toBe(false);
    expect(facts.value('board.committees')).toEqual([]);
    expect(facts.value('board.informedProcessDescribed')).toBe(false);
    expect(facts.value('management.reportsToBoard')).toBe(false);
  });

  it('still reads a committee that oversees today beside a plan for more', () => {
    const facts = readFacts(draft('The Audit Committee oversees our cybersecurity risk and receives a report from our Chief Technology Officer each quarter. We intend to add a cybersecurity expert to the Board in 2026.'));
    expect(facts.value('board.committees')).toEqual(['Audit Committee']);
    expect(facts.value('management.reportsToBoard')).toBe(true);
  });
});

describe('"meet" as satisfying a standard', () => {
  it('is not a meeting with the committee', () => {
    const facts = readFacts(draft('Our Audit Committee, which is composed of three directors who meet the independence requirements of the Exchange Act, oversees cybersecurity risks as part of its oversight of our risk management.'));
    expect(facts.value('board.oversightDescribed')).toBe(true);
    expect(facts.value('board.informedProcessDescribed')).toBe(false);
    expect(readFacts(draft('Our Chief Information Security Officer meets with the Audit Committee each quarter to review cybersecurity risks.')).value('board.informedProcessDescribed')).toBe(true);
  });
});

describe('a board that would only be told of an incident', () => {
  const notice = draft('Our Chief Financial Officer is responsible for cybersecurity risk.', 'Our Chief Financial Officer would inform the Board of Directors of any cybersecurity incident that management considers significant.');

  it('is told, but is not said to oversee cybersecurity', () => {
    const facts = readFacts(notice);
    expect(facts.value('board.informedProcessDescribed')).toBe(true);
    expect(facts.value('board.oversightDescribed')).toBe(false);
    expect(facts.value('board.fullBoardOversees')).toBe(false);
  });

  it('still oversees when it is told as a matter of course', () => {
    const facts = readFacts(draft('Our Chief Financial Officer informs the Board of Directors of cybersecurity incidents and risks at each quarterly meeting.'));
    expect(facts.value('board.oversightDescribed')).toBe(true);
  });
});

describe('a sentence that points to the proxy statement for the board\'s role', () => {
  it('describes no oversight and names no overseer', () => {
    const facts = readFacts(draft('Information regarding the role of our Board of Directors in overseeing risk, including risks from cybersecurity threats, is included in our proxy statement for the 2026 annual meeting.'));
    expect(facts.value('board.oversightDescribed')).toBe(false);
    expect(facts.value('board.fullBoardOversees')).toBe(false);
    expect(readFacts(draft('Our Board of Directors oversees risks from cybersecurity threats directly, as described in our proxy statement.')).value('board.oversightDescribed')).toBe(true);
  });
});

describe('"it" opening a later clause after the committee', () => {
  it('is the committee, which a manager reports to', () => {
    const facts = readFacts(draft('Our Board of Directors oversees cybersecurity risk through its Audit and Compliance Committee. During the incident the committee met weekly with management; it now receives a report from our Chief Information Security Officer at each regularly scheduled meeting.'));
    expect(facts.value('management.reportsToBoard')).toBe(true);
  });
});

describe('a board with no committees, or one that shares oversight "together with its committees"', () => {
  it('reads a board that says it has no committees as the full board overseeing', () => {
    expect(readFacts(draft('Our Board of Directors, which consists of two directors and has no committees, is responsible for oversight of cybersecurity risks.')).value('board.fullBoardOversees')).toBe(true);
  });

  it('does not read the board alone as the overseer when it oversees together with unnamed committees', () => {
    const facts = readFacts(draft('Our Board of Directors, together with its committees, oversees the Company\'s enterprise risks, including risks from cybersecurity threats.', 'The Board receives a report from the IT Director on cybersecurity at least annually.'));
    expect(facts.value('board.fullBoardOversees')).toBe(false);
  });
});

describe('a committee "receiving reports from" the CISO', () => {
  it('is management reporting to the board', () => {
    const facts = readFacts(draft('Our Board has delegated oversight of cyber security risk to its Safety, Environment and Security Assurance Committee (SESAC). The SESAC reviews cyber security risk at least twice a year, receiving reports from the Group Chief Information Security Officer on the threat environment.'));
    expect(facts.value('management.reportsToBoard')).toBe(true);
  });
});
