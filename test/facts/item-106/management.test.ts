// Management facts (Item 106(c)(2)) on short realistic passages: positions, expertise, monitoring, reporting to the board.
import { describe, expect, it } from 'vitest';
import { draft, readFacts } from './read-facts.js';

describe('management.positions', () => {
  it('lists titles made responsible for cyber risk, including abbreviations the draft defines', () => {
    const facts = readFacts(draft(
      'Our Chief Cybersecurity Officer (CCO) is responsible for assessing and managing material risks from cybersecurity threats.',
      'The CCO leads a team of 40 security professionals.',
    ));
    expect(facts.value('management.positions')).toEqual(['Chief Cybersecurity Officer', 'CCO']);
    expect(facts.value('management.responsibilityIdentified')).toBe(true);
  });

  it('finds open-ended titles and management committees', () => {
    expect(readFacts(draft('Our Chief Trust Officer leads our cybersecurity program.')).value('management.positions')).toEqual(['Chief Trust Officer']);
    expect(readFacts(draft('Our Information Security Steering Committee, composed of senior executives, is responsible for cybersecurity risk.')).value('management.positions')).toEqual(['Information Security Steering Committee']);
  });

  it('counts a two-tier company\'s management board, and whoever responsibility is delegated to', () => {
    const facts = readFacts(draft('The Management Board is responsible for managing cybersecurity risk and has assigned day-to-day responsibility to our Chief Information Security Officer.'));
    expect(facts.value('management.positions')).toEqual(['Management Board', 'Chief Information Security Officer']);
    expect(readFacts(draft('The Company has delegated responsibility for its cybersecurity program to its Director of IT.')).value('management.positions')).toEqual(['Director of IT']);
    expect(readFacts(draft('The team has the responsibility to report incidents to our CISO.')).value('management.positions')).toEqual([]);
  });

  it('does not count "management" or a team as a position', () => {
    const facts = readFacts(draft('Management is responsible for cybersecurity risk, supported by our IT team.'));
    expect(facts.value('management.positions')).toEqual([]);
    expect(facts.value('management.responsibilityIdentified')).toBe(false);
  });
});

describe('management.expertiseSignals', () => {
  it('counts years, degrees and certifications of a named manager', () => {
    const sentence = 'Our CISO has over 20 years of experience in information security, holds a master’s degree in computer science and is a Certified Information Systems Security Professional.';
    const facts = readFacts(draft(sentence));
    expect(facts.value('management.expertiseSignals')).toBe(3);
    expect(facts.value('management.expertiseDescribed')).toBe(true);
    expect(facts.evidence('management.expertiseSignals')).toEqual([sentence]);
  });

  it('counts expertise described for a team', () => {
    expect(readFacts(draft('The members of our security leadership team have an average of 15 years of experience and hold CISSP and CISM certifications.')).value('management.expertiseDescribed')).toBe(true);
  });

  it('gives adjectives no weight', () => {
    const facts = readFacts(draft('Our CISO is an experienced, highly qualified leader with appropriate knowledge and expertise.'));
    expect(facts.value('management.expertiseSignals')).toBe(0);
    expect(facts.value('management.expertiseDescribed')).toBe(false);
  });

  it('does not take a hiring requirement or directors’ expertise for management expertise', () => {
    expect(readFacts(draft('To be appointed as CISO, we require prior work experience in cybersecurity or a relevant degree or certification.')).value('management.expertiseDescribed')).toBe(false);
    expect(readFacts(draft('Two of our directors have more than 20 years of experience in cybersecurity.')).value('management.expertiseDescribed')).toBe(false);
  });

  it('does not read a review cycle as tenure', () => {
    expect(readFacts(draft('Our CISO reviews the incident response plan every two years.')).value('management.expertiseDescribed')).toBe(false);
  });
});

describe('management.monitoringDescribed', () => {
  it('finds reports and escalation reaching the responsible manager', () => {
    const sentence = 'Our security operations center reports suspicious activity to the CISO, and confirmed incidents are escalated to the CISO and the General Counsel.';
    const facts = readFacts(draft(sentence));
    expect(facts.value('management.monitoringDescribed')).toBe(true);
    expect(facts.evidence('management.monitoringDescribed')).toEqual([sentence]);
    expect(readFacts(draft('The CISO receives daily reports on threats and vulnerabilities from our managed security service provider.')).value('management.monitoringDescribed')).toBe(true);
  });

  it('reads "reports to the CIO on threats" as informing, unlike a bare reporting line', () => {
    expect(readFacts(draft('Our Chief Information Security Officer reports to our Chief Information Officer on emerging threats and incidents.')).value('management.monitoringDescribed')).toBe(true);
  });

  it('finds the subject of "receives" past a relative clause', () => {
    expect(readFacts(draft('Our Chief Information Officer, who has more than 25 years of IT experience, is responsible for cybersecurity and receives daily reports on threats from our managed detection and response provider.')).value('management.monitoringDescribed')).toBe(true);
  });

  it('is false for oversight without a way of being informed, or for the manager informing others', () => {
    expect(readFacts(draft('Our CSO has management oversight of the prevention, detection, mitigation and remediation of cybersecurity incidents.')).value('management.monitoringDescribed')).toBe(false);
    expect(readFacts(draft('The CSO provides regular cybersecurity updates to the Chief Executive Officer.')).value('management.monitoringDescribed')).toBe(false);
    expect(readFacts(draft('Our Chief Information Security Officer reports to our Chief Information Officer and leads a team of 30 people focused on incident response.')).value('management.monitoringDescribed')).toBe(false);
  });

  it('reads "notifies our management team of alerts" as management being told', () => {
    expect(readFacts(draft('Our managed service provider notifies our management team of security alerts and suspected incidents detected by its security operations center.')).value('management.monitoringDescribed')).toBe(true);
    expect(readFacts(draft('Our management of cybersecurity risk is described above, and we review incidents with our outside counsel.')).value('management.monitoringDescribed')).toBe(false);
  });

  it('reads "he" or "she" opening a later clause, or a paragraph after the one naming the manager', () => {
    const clause = draft('Our Vice President of Security is responsible for assessing and managing cybersecurity risks. Her team operates our detection and response function, and she is informed of potential incidents through automated alerts and an on-call escalation process.');
    expect(readFacts(clause).value('management.monitoringDescribed')).toBe(true);
    const paragraph = draft('Our Director of Information Technology leads our cybersecurity program and is responsible for assessing and managing cybersecurity risks.', 'He is informed of potential incidents through alerts from our endpoint protection software and through reports from store managers.');
    expect(readFacts(paragraph).value('management.monitoringDescribed')).toBe(true);
    const noManager = draft('Our vendors host our payroll data.', 'They are informed of potential incidents through alerts from their own tools.');
    expect(readFacts(noManager).value('management.monitoringDescribed')).toBe(false);
  });

  it('reads "her" two sentences after the title, through a sentence that opens on "She"', () => {
    const text = draft('Our Privacy and Security Officer is responsible for assessing and managing cybersecurity risks. She holds a master\'s degree in health informatics. Our IT staff notify her of security alerts that may involve patient information.');
    expect(readFacts(text).value('management.monitoringDescribed')).toBe(true);
  });

  it('reads "she learns of security events" through a sentence that names her mid-way', () => {
    const text = draft('Day to day, our Chief Trust and Security Officer runs our security program and is accountable for assessing and managing cyber risk. Before joining us in 2022, she spent nine years leading application security at an online bank.', 'She learns of security events through our around-the-clock monitoring service, which alerts her team.');
    expect(readFacts(text).value('management.monitoringDescribed')).toBe(true);
  });

  it('reads "to him" after a manager named earlier in the same sentence', () => {
    expect(readFacts(draft('Our IT Director is responsible for cybersecurity and monitors our network, and a third-party provider reviews our security logs after hours and escalates suspicious activity to him.')).value('management.monitoringDescribed')).toBe(true);
  });

  it('does not take management reviewing the processes for news of incidents', () => {
    expect(readFacts(draft('We have processes for assessing, identifying and managing material risks from cybersecurity threats, and these processes are reviewed by management from time to time.')).value('management.monitoringDescribed')).toBe(false);
    expect(readFacts(draft('Security alerts from our monitoring tools are reviewed by our Chief Information Officer each morning.')).value('management.monitoringDescribed')).toBe(true);
  });

  it('does not take audit findings for news of incidents', () => {
    expect(readFacts(draft('Our internal audit department periodically reviews information technology general controls and reports its findings to management and the Audit Committee.')).value('management.monitoringDescribed')).toBe(false);
    expect(readFacts(draft('Our penetration testers report the vulnerabilities they find to the Chief Information Security Officer.')).value('management.monitoringDescribed')).toBe(true);
  });
});

describe('the responsible manager informing other managers', () => {
  const responsible = 'Our Director of Information Technology is responsible for assessing and managing risks from cybersecurity threats and for our information security program.';

  it('is not how the responsible manager is informed', () => {
    const upward = 'Our Director of Information Technology reports on cybersecurity matters to the Board once a year, and informs the Chief Executive Officer and the Chief Financial Officer of significant cybersecurity matters as they arise.';
    expect(readFacts(draft(responsible, upward)).value('management.monitoringDescribed')).toBe(false);
    expect(readFacts(draft(responsible, 'The Director of Information Technology escalates confirmed incidents to our Chief Executive Officer.')).value('management.monitoringDescribed')).toBe(false);
  });

  it('still counts reports to a manager who is responsible too, and reports reaching the responsible manager', () => {
    const both = 'Our Chief Information Security Officer and our Chief Information Officer are responsible for assessing and managing cybersecurity risk.';
    expect(readFacts(draft(both, 'The CISO informs the Chief Information Officer of security incidents and threat intelligence as they arise.')).value('management.monitoringDescribed')).toBe(true);
    expect(readFacts(draft(responsible, 'Our managed security provider informs the Director of Information Technology of security incidents as they arise.')).value('management.monitoringDescribed')).toBe(true);
  });
});

describe('management.reportsToBoard', () => {
  it('reads management reporting up, the board receiving, and the passive', () => {
    const sentence = 'Our CISO reports to the Audit Committee each quarter on cybersecurity risks.';
    const facts = readFacts(draft(sentence));
    expect(facts.value('management.reportsToBoard')).toBe(true);
    expect(facts.evidence('management.reportsToBoard')).toEqual([sentence]);
    expect(readFacts(draft('The Audit Committee of our Board receives updates from management on cybersecurity.')).value('management.reportsToBoard')).toBe(true);
    expect(readFacts(draft('Cybersecurity updates are provided to the Board by our Chief Information Officer.')).value('management.reportsToBoard')).toBe(true);
  });

  it('reads "He" after a sentence naming the manager as that manager', () => {
    const text = ['Our CISO has 20 years of experience in information security. He reports to the Audit Committee each quarter on cybersecurity risks.'];
    expect(readFacts(draft(...text)).value('management.reportsToBoard')).toBe(true);
    expect(readFacts(draft('Our Board oversees cybersecurity. He reports to the Audit Committee each quarter.')).value('management.reportsToBoard')).toBe(false);
  });

  it('does not count a committee reporting to the board, or a reporting line inside management', () => {
    expect(readFacts(draft('The Audit Committee reports to the Board on cybersecurity matters.')).value('management.reportsToBoard')).toBe(false);
    expect(readFacts(draft('Our IT Director reports to our Chief Financial Officer on cybersecurity.')).value('management.reportsToBoard')).toBe(false);
  });
});

describe('management.positions and the owner of the responsibility', () => {
  it('does not give a board committee’s oversight to the officer who reports to it', () => {
    const facts = readFacts(draft('The Audit Committee of our Board of Directors oversees cybersecurity risk and receives a report from our Chief Information Security Officer each quarter.'));
    expect(facts.value('management.positions')).toEqual([]);
  });

  it('reads passive and "rests with" forms', () => {
    expect(readFacts(draft('Our cybersecurity program is led by our Chief Information Security Officer.')).value('management.positions')).toEqual(['Chief Information Security Officer']);
    expect(readFacts(draft('Primary responsibility for cybersecurity risk rests with our Vice President, Information Security.')).value('management.responsibilityIdentified')).toBe(true);
  });
});

describe('responsibility given in a list or a table', () => {
  it('takes the title that opens each item or row under an introduction that assigns responsibility', () => {
    const list = '# Item 1C. Cybersecurity\n\nManagement responsibility for cybersecurity is allocated as follows:\n\n- Chief Information Officer: corporate information security and the security operations center.\n- Head of Product Security: the security of our vehicles\' software.\n';
    expect(readFacts(list, 'draft.md').value('management.positions')).toEqual(['Chief Information Officer', 'Head of Product Security']);
    const table = '# Item 1C. Cybersecurity\n\nManagement responsibility is allocated as follows:\n\n| Position | Area |\n|---|---|\n| Chief Information Officer | Corporate information security |\n';
    expect(readFacts(table, 'draft.md').value('management.responsibilityIdentified')).toBe(true);
  });

  it('does not take titles listed under an introduction that assigns nothing', () => {
    const list = '# Item 1C. Cybersecurity\n\nOur cybersecurity program includes the following:\n\n- Chief Information Officer briefings on information security to employees.\n';
    expect(readFacts(list, 'draft.md').value('management.positions')).toEqual([]);
  });
});

describe('monitoring through reports, and incidents reported "to him"', () => {
  it('reads a manager who monitors the program through alerts and reports', () => {
    expect(readFacts(draft('The Director of Global IT Infrastructure monitors our cybersecurity program through alerts from our endpoint detection software and monthly reports on patching.')).value('management.monitoringDescribed')).toBe(true);
    expect(readFacts(draft('Our endpoint detection software monitors our network, and the Director of IT reviews the software\'s licence each year.')).value('management.monitoringDescribed')).toBe(false);
  });

  it('reads "to him" after a sentence naming the manager as that manager', () => {
    const text = draft('Our Director of IT is responsible for cybersecurity. Plant managers are required to report any suspected cybersecurity incident to him immediately under our incident response plan.');
    expect(readFacts(text).value('management.monitoringDescribed')).toBe(true);
    const noManager = draft('Our plants follow the company\'s security standards. Plant managers are required to report any suspected cybersecurity incident to him immediately.');
    expect(readFacts(noManager).value('management.monitoringDescribed')).toBe(false);
  });
});

describe('titles held before or elsewhere', () => {
  it('does not take a director\'s former role at another company for a responsible manager', () => {
    const facts = readFacts(draft('One of our directors, who served for 12 years as chief information officer of a global industrial manufacturer, has particular expertise in information technology and cybersecurity and leads the Board\'s discussion of these topics.'));
    expect(facts.value('management.positions')).toEqual([]);
  });

  it('does not read "at three of its meetings" after a title as another organisation', () => {
    expect(readFacts(draft('The Board receives a cybersecurity report from our Vice President, Information Security at three of its regularly scheduled meetings each year.')).value('management.reportsToBoard')).toBe(true);
    expect(readFacts(draft('One of our directors served as Chief Information Officer at two global banks and leads the Board\'s review of technology risk.')).value('management.positions')).toEqual([]);
  });

  it('keeps a current role given as "has served as"', () => {
    expect(readFacts(draft('Ms. Rivera has served as the Chief Information Security Officer since 2019 and leads our cybersecurity program.')).value('management.positions')).toEqual(['Chief Information Security Officer']);
  });
});

describe('expertise in leadership roles, and alerts sent to "her"', () => {
  it('counts leadership roles held at other organisations, not "broad experience in leadership roles"', () => {
    expect(readFacts(draft('Our Chief Information Security Officer has the relevant expertise and broad experience in information security leadership roles to lead our program.')).value('management.expertiseSignals')).toBe(0);
    expect(readFacts(draft('Our Chief Information Security Officer previously held security leadership roles at two regional banks.')).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('reads a summary of alerts sent to "her" after a sentence naming the manager', () => {
    const text = draft('Our Chief Financial Officer is responsible for our cybersecurity processes. The outside IT services firm sends her a written summary of security alerts and blocked threats each week.');
    expect(readFacts(text).value('management.monitoringDescribed')).toBe(true);
  });
});

describe('reports to "it", at "each meeting", and boards that are management', () => {
  it('reads "presents to it" after the committee and "At each meeting" after a sentence naming it', () => {
    expect(readFacts(draft('The Risk Committee of our Board meets at least twice a year, and our Chief Information Security Officer presents to it at each meeting on cybersecurity risks and incidents.')).value('management.reportsToBoard')).toBe(true);
    const meetings = draft('Our Chief Information Officer leads the program. The Technology and Cybersecurity Committee of our Board meets quarterly. At each meeting, the Chief Information Officer reports on the threat environment and incidents.');
    expect(readFacts(meetings).value('management.reportsToBoard')).toBe(true);
  });

  it('does not take a Board of Executive Officers for the board, and names a vice president of network operations', () => {
    expect(readFacts(draft('The Chief Technology Officer reports on the information security program to our Board of Executive Officers on a quarterly basis.')).value('management.reportsToBoard')).toBe(false);
    expect(readFacts(draft('Our Vice President of Network Operations is responsible for assessing and managing cybersecurity risk.')).value('management.positions')).toEqual(['Vice President of Network Operations']);
  });
});

describe('a committee run by an executive', () => {
  it('does not take a crisis committee coordinated by a vice-president for the board', () => {
    const facts = readFacts(draft('Our Chief Information Security Officer leads the security team. Incidents classified as critical are escalated by the Chief Information Security Officer to the Crisis Committee, which is coordinated by the Vice-President Director of Technology and Innovation.'));
    expect(facts.value('management.reportsToBoard')).toBe(false);
    expect(facts.value('board.oversightDescribed')).toBe(false);
  });
});

describe('responsibility given in the passive', () => {
  it('finds the holder after "has been assigned to" or "lies with"', () => {
    const assigned = readFacts(draft('Day-to-day responsibility for identifying and managing cybersecurity risk has been formally assigned to our Vice President of Information Security.'));
    expect(assigned.value('management.positions')).toEqual(['Vice President of Information Security']);
    const lies = readFacts(draft('Responsibility for our information security program lies with the Chief Information Officer, supported by an outside security firm.'));
    expect(lies.value('management.positions')).toEqual(['Chief Information Officer']);
  });

  it('does not take a title inside the responsible manager\'s relative clause for a holder', () => {
    const facts = readFacts(draft(
      'Our Senior Vice President, Information Technology, who reports to our Chief Financial Officer, is responsible for assessing and managing our cybersecurity risks.',
      'In the event of a cybersecurity incident, the Senior Vice President, Information Technology would notify our Chief Financial Officer and Chief Executive Officer.',
    ));
    expect(facts.value('management.positions')).toEqual(['Senior Vice President, Information Technology']);
    expect(facts.value('management.monitoringDescribed')).toBe(false);
  });

  it('does not take a title the draft says it has not designated', () => {
    const none = readFacts(draft('Because our management team is small, we have not designated any officer or management committee with specific responsibility for cybersecurity.'));
    expect(none.value('management.positions')).toEqual([]);
    const instead = readFacts(draft('We do not have a Chief Information Security Officer; our Chief Financial Officer is responsible for managing cybersecurity risk.'));
    expect(instead.value('management.positions')).toEqual(['Chief Financial Officer']);
  });

  it('finds the holder past the one who assigns', () => {
    const byManagement = readFacts(draft('Responsibility for assessing and managing cybersecurity risk has been assigned by management to the Director of Information Security, who reports to the Vice President of Operations.'));
    expect(byManagement.value('management.positions')).toEqual(['Director of Information Security']);
  });

  it('finds the holders after "is carried out by"', () => {
    const facts = readFacts(draft('Management\'s responsibility for cybersecurity is carried out by the Bank\'s Information Security Officer ("ISO") and by the IT Steering Committee.'));
    expect(facts.value('management.responsibilityIdentified')).toBe(true);
    expect(facts.value('management.positions')).toContain('Information Security Officer');
  });

  it('does not take a title that is not given the responsibility', () => {
    const facts = readFacts(draft('Responsibility for cybersecurity training has been assigned to each business unit, and results are shared with our Chief Financial Officer.'));
    expect(facts.value('management.positions')).toEqual([]);
  });
});

describe('pronouns that carry a manager into later sentences', () => {
  it('reads "She" two sentences after the title as that manager, for monitoring', () => {
    const facts = readFacts(draft(
      'Our cybersecurity program is led by our Chief Information Security Officer. She previously led security engineering at a regional bank and holds the CISM certification. She is alerted to suspected incidents by our security operations center and receives a weekly summary of threat detections.',
    ));
    expect(facts.value('management.monitoringDescribed')).toBe(true);
  });

  it('reads "They" as managers only after a sentence naming two of them', () => {
    const two = readFacts(draft('Our Chief Information Officer and Chief Information Security Officer share responsibility for cybersecurity. They receive daily reports on security incidents from our managed detection and response provider.'));
    expect(two.value('management.monitoringDescribed')).toBe(true);
    const one = readFacts(draft('Our Chief Information Officer oversees our security tools. They receive daily reports on security incidents from our managed detection and response provider.'));
    expect(one.value('management.monitoringDescribed')).toBe(false);
  });

  it('does not pass a manager through a sentence about someone else', () => {
    const facts = readFacts(draft('Our Chief Information Security Officer leads the program. He reports to our Chief Executive Officer. It receives daily reports on security incidents from our security operations center.'));
    expect(facts.value('management.monitoringDescribed')).toBe(false);
  });
});

describe('informing verbs in every form', () => {
  it('counts "present" with a plural subject as reporting to the board', () => {
    const facts = readFacts(draft('Our Chief Information Officer and Chief Information Security Officer present to the Audit Committee twice a year on cybersecurity risks and the status of our program.'));
    expect(facts.value('management.reportsToBoard')).toBe(true);
  });
});

describe('reports to the board on another subject', () => {
  it('does not count reports on the business at large as reports on cybersecurity', () => {
    const facts = readFacts(draft('The Board meets at least four times a year and receives reports from our Chief Executive Officer on the Company’s business, strategy and financial results.'));
    expect(facts.value('management.reportsToBoard')).toBe(false);
    expect(facts.value('board.informedProcessDescribed')).toBe(false);
  });

  it('still counts such a report when the sentence names cybersecurity', () => {
    const facts = readFacts(draft('The Board receives reports from our Chief Executive Officer on the Company’s operations, including cybersecurity risks and incidents.'));
    expect(facts.value('management.reportsToBoard')).toBe(true);
  });
});

describe('a reporting verb that shares the subject of the clause before', () => {
  it('reads "..., and reports quarterly to the Audit Committee" as the manager named before reporting', () => {
    const facts = readFacts(draft('Our Chief Information Security Officer leads our cybersecurity program, and reports quarterly to the Audit Committee on cybersecurity risks.'));
    expect(facts.value('management.reportsToBoard')).toBe(true);
    const modal = readFacts(draft('Our Chief Executive Officer and Chief Financial Officer are responsible for cybersecurity, and would promptly report any significant cybersecurity incident to the Board.'));
    expect(modal.value('management.reportsToBoard')).toBe(true);
  });

  it('does not lend the subject to a clause that has its own', () => {
    const facts = readFacts(draft('Our Chief Information Security Officer leads our cybersecurity program, and our outside auditors report to the Audit Committee on their findings.'));
    expect(facts.value('management.reportsToBoard')).toBe(false);
  });
});

describe('titles and how managers hear of incidents, in other wordings', () => {
  it('reads a vice president whose function follows without "of", and a function-first manager title', () => {
    expect(readFacts(draft('Our VP Information Technology is responsible for managing cybersecurity risk.')).value('management.positions')).toEqual(['VP Information Technology']);
    expect(readFacts(draft('Our IT Security Manager is responsible for assessing cybersecurity risks.')).value('management.positions')).toEqual(['IT Security Manager']);
  });

  it('takes the preposition nearest the manager: reported by the SOC to the CISO', () => {
    expect(readFacts(draft('Suspected security incidents are reported without delay by our managed SOC to the Chief Information Security Officer.')).value('management.monitoringDescribed')).toBe(true);
    expect(readFacts(draft('Suspected security incidents are reported to our managed SOC by the Chief Information Security Officer.')).value('management.monitoringDescribed')).toBe(false);
  });

  it('reads paging a manager as escalation', () => {
    expect(readFacts(draft('When a critical alert fires at night, the on-call analysts page the Head of Security, who decides whether to open an incident.')).value('management.monitoringDescribed')).toBe(true);
  });

  it('counts no expertise for a position the company is still seeking to fill', () => {
    expect(readFacts(draft('Our former CISO left in 2024 and we are seeking a permanent Chief Information Security Officer with at least 15 years of experience and a CISSP certification.')).value('management.expertiseSignals')).toBe(0);
  });
});

describe('affiliations', () => {
  it('does not take training faculty and staff for a faculty appointment', () => {
    expect(readFacts(draft('Our Chief Information Security Officer leads the program, and we train faculty and staff on phishing every year.')).value('management.expertiseSignals')).toBe(0);
    expect(readFacts(draft('Our Chief Information Security Officer is an adjunct faculty member in cybersecurity at a state university.')).value('management.expertiseSignals')).toBeGreaterThan(0);
  });
});

describe('expertise given in a list, and the past roles of a director', () => {
  it('reads list items as being about the manager their introduction names', () => {
    const text = '# Item 1C. Cybersecurity\n\nOur Chief Information Security Officer brings:\n\n- more than 20 years in information security;\n- a master\'s degree in computer science;\n- the CISSP and CISM certifications.\n';
    expect(readFacts(text, 'draft.md').value('management.expertiseSignals')).toBeGreaterThanOrEqual(3);
  });

  it('does not count a director\'s former management roles as management expertise', () => {
    expect(readFacts(draft('One member of our Audit Committee, Ms. Elena Varga, served for 14 years as chief information security officer of a regional bank.')).value('management.expertiseSignals')).toBe(0);
  });

  it('does not count the expertise of a board committee member or of an outside provider\'s team', () => {
    const member = draft('The Risk Committee of our Board oversees cybersecurity risk.', 'One member of the Risk Committee, Ms. Adaeze Whitcombe, spent twenty years in information technology audit and holds the Certified Information Systems Auditor designation.');
    expect(readFacts(member).value('management.expertiseSignals')).toBe(0);
    const provider = draft('The MSP\'s security team includes engineers who hold CISSP and CISM certifications and who average more than ten years of experience in security operations.');
    expect(readFacts(provider).value('management.expertiseSignals')).toBe(0);
    const own = draft('Our security leadership team includes executives who hold CISSP and CISM certifications and who average more than ten years of experience in security operations.');
    expect(readFacts(own).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('does not count the credentials of the team that supports the responsible manager, but counts a management committee\'s members', () => {
    const team = draft('Our Chief Technology Officer is responsible for assessing and managing cybersecurity risk and leads our security engineering team.', 'Members of our security engineering team hold industry certifications, including CISSP and OSCP, and have prior experience at technology and security companies.');
    expect(readFacts(team).value('management.expertiseSignals')).toBe(0);
    const committee = draft('Our Cybersecurity Steering Committee is responsible for assessing and managing cybersecurity risk.', 'Members of our Cybersecurity Steering Committee have an average of 18 years of experience in information security.');
    expect(readFacts(committee).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('does not count a team\'s credentials given in a clause of their own beside the manager\'s', () => {
    const staff = draft('The Head of Information Technology has extensive experience in maritime information technology, and the IT staff of the Manager hold industry-recognised certifications such as CISSP.');
    expect(readFacts(staff).value('management.expertiseSignals')).toBe(0);
    const both = draft('Our Chief Information Security Officer and members of her team hold the CISSP and CISM certifications.');
    expect(readFacts(both).value('management.expertiseSignals')).toBeGreaterThan(0);
    const credential = draft('Our Head of Cyber Security is responsible for assessing and managing cyber risk. The Head of Cyber Security:\n• is a Chartered IT Professional and holds the GIAC Global Industrial Cyber Security Professional certification.');
    expect(readFacts(credential).value('management.expertiseSignals')).toBeGreaterThan(0);
    const his = draft('Our Chief Information Officer leads the program, and he holds a master\'s degree in computer science.');
    expect(readFacts(his).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('does not take time at the company, or the date of a company act, for experience', () => {
    expect(readFacts(draft('Our IT Manager is responsible for cybersecurity. Our IT Manager has been with the company for six years.')).value('management.expertiseSignals')).toBe(0);
    expect(readFacts(draft('Our Chief Financial Officer is responsible for cybersecurity risk. Since 2022 we have engaged an outside firm to serve as our virtual Chief Information Security Officer.')).value('management.expertiseSignals')).toBe(0);
    expect(readFacts(draft('Our IT Manager is responsible for cybersecurity and has worked in network security for six years.')).value('management.expertiseSignals')).toBeGreaterThan(0);
    expect(readFacts(draft('Our CISO is responsible for cybersecurity and has led security programs since 2009.')).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('does not count years in another field, in a sentence with no word of technology, security or risk', () => {
    expect(readFacts(draft('Our Chief Financial Officer is responsible for cybersecurity risk. Our CFO is a chartered professional accountant with 18 years of experience in finance and administration roles at mining companies.')).value('management.expertiseSignals')).toBe(0);
    expect(readFacts(draft('Our Chief Financial Officer is responsible for cybersecurity risk. She has 20 years of experience in finance, including oversight of our information technology systems.')).value('management.expertiseSignals')).toBeGreaterThan(0);
    expect(readFacts(draft('Our Chief Risk Officer is responsible for cybersecurity risk. The Chief Risk Officer has 28 years of risk management experience in financial services.')).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('does not count credentials the sentence denies', () => {
    expect(readFacts(draft('Our Chief Financial Officer has overall management responsibility for cybersecurity. Neither our Chief Financial Officer nor our IT Manager holds a cybersecurity certification or has held a dedicated cybersecurity role, and we rely on our providers.')).value('management.expertiseSignals')).toBe(0);
    expect(readFacts(draft('Our IT Manager is responsible for cybersecurity; he does not hold a CISSP or similar certification.')).value('management.expertiseSignals')).toBe(0);
    expect(readFacts(draft('Our CISO is responsible for cybersecurity, and she holds the CISSP and CISM certifications.')).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('does not take ship masters for a master\'s degree', () => {
    const masters = draft('Our IT Manager is responsible for cybersecurity. The IT Manager receives reports of suspected incidents from masters in accordance with the vessel cyber incident procedures.');
    expect(readFacts(masters).value('management.expertiseSignals')).toBe(0);
    const degree = draft('Our IT Manager is responsible for cybersecurity and holds a masters in information systems.');
    expect(readFacts(degree).value('management.expertiseSignals')).toBeGreaterThan(0);
  });

  it('reads an officer named by the security or privacy function as a title, but not a guard', () => {
    expect(readFacts(draft('Our Privacy and Security Officer is responsible for assessing and managing cybersecurity risks.')).value('management.positions')).toEqual(['Privacy and Security Officer']);
    expect(readFacts(draft('Our HIPAA Security Officer leads our cybersecurity program.')).value('management.positions')).toEqual(['HIPAA Security Officer']);
    expect(readFacts(draft('At each store a security officer is responsible for physical security and monitoring of the premises.')).value('management.positions')).toEqual([]);
  });

  it('reads the company\'s own council or working group as a management committee, and "the Council" after it', () => {
    const council = readFacts(draft('Cybersecurity risk is managed by our Technology Risk Council, a management committee chaired by our Chief Information Officer. The Council reports to the Audit Committee periodically on our cybersecurity program and significant incidents.'));
    expect(council.value('management.positions')).toContain('Technology Risk Council');
    expect(council.value('management.reportsToBoard')).toBe(true);
    const group = readFacts(draft('Responsibility for assessing and managing cybersecurity risk has been assigned to our Cybersecurity Working Group, which is composed of senior leaders from information technology and compliance.'));
    expect(group.value('management.positions')).toEqual(['Cybersecurity Working Group']);
    const outside = readFacts(draft('We comply with the standards of the PCI Security Standards Council, which is responsible for the PCI DSS and its cybersecurity requirements.'));
    expect(outside.value('management.positions')).toEqual([]);
  });

  it('reads a vice president of engineering as a title', () => {
    const facts = readFacts(draft('Our Vice President of Engineering is responsible for our cybersecurity processes and provides updates to the Audit Committee as needed.'));
    expect(facts.value('management.positions')).toEqual(['Vice President of Engineering']);
    expect(facts.value('management.reportsToBoard')).toBe(true);
  });

  it('reads a general manager and a network operations manager as titles', () => {
    const facts = readFacts(draft('Our General Manager and our Network Operations Manager are responsible for assessing and managing cybersecurity risks.'));
    expect(facts.value('management.positions')).toEqual(['General Manager', 'Network Operations Manager']);
  });

  it('reads "these risks" as the cybersecurity risks of the sentence before', () => {
    const facts = readFacts(draft('We face risks from cybersecurity threats, including phishing and ransomware. Our Chief Executive Officer is responsible for managing these risks.'));
    expect(facts.value('management.positions')).toEqual(['Chief Executive Officer']);
    expect(readFacts(draft('We face risks from commodity prices. Our Chief Executive Officer is responsible for managing these risks.')).value('management.positions')).toEqual([]);
  });

  it('does not count certifications of "team members" in a clause of their own', () => {
    const facts = readFacts(draft('Our CIO and our Director of Security are responsible for cybersecurity. Both are seasoned technology leaders, and our information security team members hold a variety of industry certifications.'));
    expect(facts.value('management.expertiseSignals')).toBe(0);
  });

  it('reads an officer in charge of a function as a title', () => {
    expect(readFacts(draft('Our Senior Executive Officer in charge of IT is responsible for managing cybersecurity risk.')).value('management.positions')).toEqual(['Senior Executive Officer in charge of IT']);
  });
});

describe('a reporting table', () => {
  const table = (header: string, row: string) => `# Item 1C. Cybersecurity\n\n## Governance\n\n| ${header} |\n|${header.split('|').map(() => '---|').join('')}\n| ${row} |\n`;

  it('reads a row under a header that names the reporting as management reporting to the board', () => {
    const facts = readFacts(table('Who reports | To whom | How often', 'Chief Information Security Officer | Audit Committee | Quarterly'), 'draft.md');
    expect(facts.value('management.reportsToBoard')).toBe(true);
    expect(facts.value('board.informedProcessDescribed')).toBe(true);
  });

  it('reads a manager in the "to whom" column of a row about incidents as informed of them', () => {
    const facts = readFacts(table('Who reports | To whom | How often | Main content', 'Security operations center | Chief Information Security Officer | Continuously | Alerts, incidents and containment status'), 'draft.md');
    expect(facts.value('management.monitoringDescribed')).toBe(true);
  });

  it('does not read a manager who reports in the first column as informed', () => {
    const facts = readFacts(table('Who reports | To whom | How often | Main content', 'Chief Information Security Officer | Audit Committee | Quarterly | Incidents and program metrics'), 'draft.md');
    expect(facts.value('management.monitoringDescribed')).toBe(false);
  });

  it('does not read a table of who sits where as reporting', () => {
    const facts = readFacts(table('Name | Role | Committee', 'Jane Okafor | Chief Information Officer | Audit Committee'), 'draft.md');
    expect(facts.value('management.reportsToBoard')).toBe(false);
  });
});
