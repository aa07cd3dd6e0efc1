// Risk management facts (Item 106(b)(1)) on short realistic passages: processes, ERM, third parties, service providers.
import { describe, expect, it } from 'vitest';
import { draft, readFacts } from './read-facts.js';

const value = <T>(id: string, ...paragraphs: string[]) => readFacts(draft(...paragraphs)).value<T>(id);

describe('risk.processesDescribed', () => {
  it('is true for concrete mechanisms over several sentences', () => {
    const facts = readFacts(draft(
      'Our security team performs an annual risk assessment aligned with the NIST Cybersecurity Framework.',
      'We scan our systems for vulnerabilities weekly, train employees each year, and test our incident response plan in a tabletop exercise.',
    ));
    expect(facts.value('risk.processesDescribed')).toBe(true);
    expect(facts.evidence('risk.processesDescribed')).toHaveLength(2);
  });

  it('is false for a single generic sentence', () => {
    expect(value('risk.processesDescribed', 'We take the security of our systems seriously and maintain appropriate safeguards.')).toBe(false);
  });

  it('is false when the draft says only that there are no processes, which risk.noProcessesStated reads', () => {
    const shell = 'As a shell company, we do not have any formal cybersecurity processes.';
    expect(value('risk.processesDescribed', shell)).toBe(false);
    expect(value('risk.noProcessesStated', shell)).toBe(true);
    expect(value('risk.noProcessesStated', 'We scan our systems weekly and train all employees each year.')).toBe(false);
  });
});

describe('risk.ermIntegration', () => {
  it('is "how" when integration comes with a mechanism', () => {
    const facts = readFacts(draft('Cybersecurity risk is integrated into our enterprise risk management program and is tracked in the enterprise risk register.'));
    expect(facts.value('risk.ermIntegration')).toBe('how');
    expect(facts.evidence('risk.ermIntegration')).toHaveLength(1);
  });

  it('is "whether" for a bare statement of integration', () => {
    expect(value('risk.ermIntegration', 'Our cybersecurity program is an integral part of our overall risk management.')).toBe('whether');
    expect(value('risk.ermIntegration', 'Cybersecurity risk management is integrated into our risk management framework.')).toBe('whether');
  });

  it('reads cyber risk said to be part of, included in or managed within the company\'s risk management as integrated', () => {
    expect(value('risk.ermIntegration', 'Cybersecurity risk management is part of our risk management program.')).toBe('whether');
    expect(value('risk.ermIntegration', 'Our cybersecurity processes are included in our risk management framework.')).toBe('whether');
    expect(value('risk.ermIntegration', 'Cybersecurity risks are addressed within our risk management framework.')).toBe('whether');
  });

  it('reads cyber risk designated as one of the company\'s ranked risks as integrated', () => {
    expect(value('risk.ermIntegration', 'Information security is designated as one of the Group\'s significant risks, and the Chief Information Officer is the responsible executive officer for this risk.')).toBe('whether');
    expect(value('risk.ermIntegration', 'Cybersecurity risk is positioned as one of the Group\'s "Major Risks" by the Risk Management Committee.')).not.toBe('none');
    expect(value('risk.ermIntegration', 'Cybersecurity incidents classified as major are escalated to our Chief Information Officer.')).toBe('none');
  });

  it('does not read a committee that oversees both ERM and cyber risk as integration', () => {
    expect(value('risk.ermIntegration', 'The Audit and Finance Committee of our Board of Directors, which oversees our enterprise risk management program, also oversees cybersecurity risk.')).toBe('none');
    expect(value('risk.ermIntegration', 'Our board of directors is responsible for overseeing our overall risk management, and our audit committee assists the board in overseeing cybersecurity risks.')).toBe('none');
    expect(value('risk.ermIntegration', 'The Audit Committee oversees our enterprise risk management program, and our cybersecurity risk processes are integrated into it.')).not.toBe('none');
    expect(value('risk.ermIntegration', 'Our Board of Directors oversees risks from cybersecurity threats as part of its oversight of enterprise risk.')).not.toBe('none');
    expect(value('risk.ermIntegration', 'The Audit Committee is responsible for oversight of our ERM program, which includes cybersecurity risk management.')).not.toBe('none');
  });

  it('reads a component of the company\'s risk governance framework, the same methodology as other risks and the group risk profile', () => {
    expect(value('risk.ermIntegration', 'Our information security program is one of the components of the Company\'s risk governance framework, which is administered by our Chief Risk Officer.')).toBe('whether');
    expect(value('risk.ermIntegration', 'Cybersecurity risks are assessed and reported using the same methodology and five-point rating scale as our other principal risks in our annual risk review.')).not.toBe('none');
    expect(value('risk.ermIntegration', 'The Group Risk function consolidates the registers into the Group risk profile, in which cybersecurity is one of nine principal risks.')).not.toBe('none');
  });

  it('reads the company\'s risk matrix as its risk management system', () => {
    expect(value('risk.ermIntegration', 'Cybersecurity risks are part of our corporate risk matrix, which is maintained by our Risk Management area.')).not.toBe('none');
  });

  it('does not read a customer\'s enterprise risk management framework as the company\'s', () => {
    expect(value('risk.ermIntegration', 'Our Exposure Insights module maps a customer\'s assets to its enterprise risk management framework and flags cybersecurity gaps.')).toBe('none');
  });

  it('does not read an activity done "as part of" a risk management process as integration', () => {
    expect(value('risk.ermIntegration', 'As part of our risk management program, we conduct annual penetration tests of our networks.')).toBe('none');
  });

  it('is "not-integrated" for an explicit no', () => {
    expect(value('risk.ermIntegration', 'Our cybersecurity processes are not integrated into a formal enterprise risk management program.')).toBe('not-integrated');
  });

  it('reads an ERM sentence after a list of processes as being about them, but not the board\'s general oversight of ERM', () => {
    expect(value('risk.ermIntegration', 'Our program includes risk assessments and monitoring.', 'These processes form part of our enterprise risk management program.')).toBe('whether');
    expect(value('risk.ermIntegration', 'Our Board of Directors oversees our enterprise risk management framework.')).toBe('none');
  });

  it('reads cyber risk handled as the company\'s other risks are as integrated', () => {
    expect(value('risk.ermIntegration', 'Cybersecurity risks are considered alongside the Company’s other principal risks.')).toBe('whether');
    expect(value('risk.ermIntegration', 'Cybersecurity risks are identified and assessed alongside the Company’s other principal risks as part of the annual risk review.')).toBe('how');
    expect(value('risk.ermIntegration', 'Like other risks to our business, risks from cybersecurity threats are evaluated by management in the same review cycle.')).toBe('how');
  });

  it('is "none" when "like other risks" only says cyber risk could harm the company', () => {
    expect(value('risk.ermIntegration', 'Cybersecurity threats, like other risks we face, could adversely affect our results of operations.')).toBe('none');
    expect(value('risk.ermIntegration', 'We assess our vendors alongside other counterparties before signing a contract.')).toBe('none');
  });

  it('is "none" for the security function\'s own register or appetite, and counts the company\'s', () => {
    expect(value('risk.ermIntegration', 'Our security team tracks open findings in a cybersecurity risk register and ranks them against the team’s risk appetite.')).toBe('none');
    expect(value('risk.ermIntegration', 'Significant cybersecurity risks are recorded in the Company’s risk register, which the Executive Risk Committee reviews quarterly.')).not.toBe('none');
  });

  it('counts a risk register only when it is the company\'s', () => {
    expect(value('risk.ermIntegration', 'Material cybersecurity risks are recorded in our risk register and reviewed by the executive team each quarter.')).not.toBe('none');
    expect(value('risk.ermIntegration', 'Our security engineers maintain a risk register of open cybersecurity findings.')).toBe('none');
  });

  it('reads a sentence that goes on about the cyber risk of the one before', () => {
    expect(value('risk.ermIntegration',
      'We treat cybersecurity as a significant business risk. It is one of the principal risks tracked in our enterprise risk management program, which the Board reviews each year.')).toBe('whether');
    expect(value('risk.ermIntegration',
      'Our people are our most important asset. It is the Board that oversees our enterprise risk management program.')).toBe('none');
  });

  it('reads cyber risk measured on the same scale as other risks as integrated', () => {
    expect(value('risk.ermIntegration', 'Cybersecurity risks are scored on the same scale as our other business risks.')).not.toBe('none');
  });

  it('is "none" for a risk management process that is not said to be the overall one', () => {
    expect(value('risk.ermIntegration', 'As part of our risk management process, our IT team maintains an incident response plan.')).toBe('none');
  });
});

describe('risk.thirdPartiesEngaged', () => {
  it('is "engaged" for named helpers and for third parties engaged to assess', () => {
    expect(value('risk.thirdPartiesEngaged', 'We engage an independent firm to perform an annual penetration test.')).toBe('engaged');
    expect(value('risk.thirdPartiesEngaged', 'We periodically engage third parties to review our cybersecurity practices.')).toBe('engaged');
    expect(value('risk.thirdPartiesEngaged', 'Our program is assessed by third parties each year.')).toBe('engaged');
    expect(value('risk.thirdPartiesEngaged', 'From time to time, we engage outside consultants to test our controls.')).toBe('engaged');
  });

  it('is "not-engaged" for an explicit no', () => {
    const facts = readFacts(draft('We do not currently engage third-party assessors, consultants or auditors in connection with these processes.'));
    expect(facts.value('risk.thirdPartiesEngaged')).toBe('not-engaged');
    expect(facts.evidence('risk.thirdPartiesEngaged')).toEqual(['We do not currently engage third-party assessors, consultants or auditors in connection with these processes.']);
  });

  it('is "hedged" when engagement is only possible', () => {
    expect(value('risk.thirdPartiesEngaged', 'We may engage consultants from time to time as we deem appropriate.')).toBe('hedged');
    expect(value('risk.thirdPartiesEngaged', 'We may, from time to time, engage outside advisers.')).toBe('hedged');
  });

  it('reads "in May" as a month, not a hedge', () => {
    expect(value('risk.thirdPartiesEngaged', 'In May we engaged an outside firm to assess our program.')).toBe('engaged');
  });

  it('is "none" when third parties appear only as a source of risk', () => {
    expect(value('risk.thirdPartiesEngaged', 'We use third-party service providers to host our website and process payroll.')).toBe('none');
     // Onboarding a vendor (Item 106(b)(1)(iii)) is not engaging a helper ((b)(1)(ii)), whatever the review that follows.
    expect(value('risk.thirdPartiesEngaged', 'Before we engage a service provider that will handle employee data, our vendor risk team reviews its security controls.')).toBe('none');
    expect(value('risk.thirdPartiesEngaged', 'We engage vendors that will host customer data only after our security team reviews their controls.')).toBe('none');
  });

  it('is "none" for helpers that are not the company\'s: the financial auditor, customers\' auditors, a past employer', () => {
    expect(value('risk.thirdPartiesEngaged', 'The Audit Committee oversees our financial reporting process and our relationship with our independent registered public accounting firm.')).toBe('none');
    expect(value('risk.thirdPartiesEngaged', 'Several of our largest customers, and their external auditors, review our security controls each year.')).toBe('none');
    expect(value('risk.thirdPartiesEngaged', 'Before joining us in 2021, our CISO spent eight years in the risk advisory practice of a global accounting firm.')).toBe('none');
  });

  it('reads security testing as cybersecurity context for generic third parties', () => {
    expect(value('risk.thirdPartiesEngaged', 'Each year we engage third parties to perform penetration testing of our enterprise networks.')).toBe('engaged');
  });

  it('does not take a credential or a board of auditors for a helper, nor IT controls for cybersecurity', () => {
    expect(value('risk.thirdPartiesEngaged', 'Our Chief Information Security Officer is a PCI Qualified Security Assessor and holds the CISSP certification.')).toBe('none');
    expect(value('risk.thirdPartiesEngaged', 'The Board of Statutory Auditors supervises our compliance with the law and our articles of association.')).toBe('none');
    expect(value('risk.thirdPartiesEngaged', 'Our external auditor considers information technology general controls relevant to financial reporting.')).toBe('none');
  });

  it('counts outside parties only beside an assessment word', () => {
    expect(value('risk.thirdPartiesEngaged', 'Our controls are assessed by independent third parties against the NIST Cybersecurity Framework every two years.')).toBe('engaged');
    expect(value('risk.thirdPartiesEngaged', 'Several of the software applications we rely on are provided by third parties and hosted by outside parties in their own data centers.')).toBe('none');
  });

  it('counts an outside company that assesses the program, in either spelling, but not one that only runs a service', () => {
    expect(value('risk.thirdPartiesEngaged', 'Annually, an independent specialised company performs an assessment of the maturity of our information security controls.')).toBe('engaged');
    expect(value('risk.thirdPartiesEngaged', 'Our payroll and e-mail systems are hosted by an external company under a multi-year contract, and we protect them with multi-factor authentication.')).toBe('none');
  });

  it('keeps the other helpers of a sentence that also names the financial auditor', () => {
    expect(value('risk.thirdPartiesEngaged', 'Accredited certification bodies audit our ISO 27001 management system, and our external auditor evaluates controls relevant to financial reporting.')).toBe('engaged');
  });

  it('is "engaged" when a biography and an engagement share the sentence', () => {
    expect(value('risk.thirdPartiesEngaged', 'Our CISO, who previously served in the Air Force, works with outside consultants to test our incident response plan.')).toBe('engaged');
  });
});

describe('risk.serviceProviderOversight', () => {
  it('is true for a third-party risk management process', () => {
    const sentence = 'Before onboarding a vendor, we review its SOC 2 report and security questionnaire.';
    const facts = readFacts(draft('Our program includes monitoring.', sentence));
    expect(facts.value('risk.serviceProviderOversight')).toBe(true);
    expect(facts.evidence('risk.serviceProviderOversight')).toEqual([sentence]);
  });

  it('is true for checks whose object is the providers', () => {
    expect(value('risk.serviceProviderOversight', 'Our program includes security reviews of vendors before they receive access to customer data.')).toBe(true);
  });

  it('is true when the providers are put under a check or duty', () => {
    expect(value('risk.serviceProviderOversight', 'Vendors that supply equipment for our grid operations undergo a supply chain security review before purchase.')).toBe(true);
  });

  it('is true for processes aimed at the risk from providers', () => {
    expect(value('risk.serviceProviderOversight', 'We have processes to oversee and identify risks associated with our use of third-party service providers.')).toBe(true);
  });

  it('is true when the draft says no providers are used', () => {
    expect(value('risk.serviceProviderOversight', 'We do not use third-party service providers to store or process our data.')).toBe(true);
  });

  it('reads a checklist before contracting with outsourcing partners, and oversight of the managers that run a REIT\'s hotels', () => {
    expect(value('risk.serviceProviderOversight', 'When we outsource system operation or share confidential information with business partners, we confirm their information security management through a checklist before contracting.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Our Vice President of Information Technology is responsible for our oversight of hotel managers\' security programs.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Our hotels are operated by third-party hotel management companies under long-term management agreements.')).toBe(false);
    expect(value('risk.serviceProviderOversight', 'We rely on our hotel managers and the brand companies to maintain cybersecurity programs for the hotel-level systems they operate.')).toBe(false);
  });

  it('reads checks of "them" after a sentence naming the providers, and a supplier qualification process', () => {
    expect(value('risk.serviceProviderOversight', 'We work with third-party service providers that may have access to user data. We conduct due diligence on their data security capabilities before we engage them.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'We work with third-party service providers that may have access to user data. Their security controls could fail.')).toBe(false);
    expect(value('risk.serviceProviderOversight', 'Suppliers with access to our systems are subject to our supplier qualification process, which includes an information security assessment.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Our supplier agreements include security and incident notification requirements, and we reassess critical suppliers every two years.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'We rely on third-party vendors that are required to maintain security controls.')).toBe(true);
  });

  it('reads providers the company requires to attest or that must be assessed, but not questionnaires customers send the company', () => {
    expect(value('risk.serviceProviderOversight', 'We also require our third-party payment processors and online ordering vendors to provide an annual attestation of PCI DSS compliance before we renew their contracts.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Our OT security standard requires that vendors of OT hardware, software and services be assessed for security before procurement.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Many of our shipper customers require us, as their transportation provider, to complete security questionnaires and to describe our cybersecurity controls.')).toBe(false);
  });

  it('does not count a security company\'s own services as engaged helpers, and counts an outside firm that scans', () => {
    expect(value('risk.thirdPartiesEngaged', 'We develop and sell endpoint detection, identity threat protection and managed security services that help our customers detect and respond to cyberattacks.')).toBe('none');
    expect(value('risk.thirdPartiesEngaged', 'Our network and backups are administered by an outside IT services firm, which also runs a vulnerability scan of our environment each quarter.')).toBe('engaged');
  });

  it('reads custodians and outsourcing contractors, and not customers\' requirements of their suppliers', () => {
    expect(value('risk.serviceProviderOversight', 'Before engaging a custodian or pool operator, we review its security practices and, where available, its SOC 1 and SOC 2 reports.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'When the Company outsources system operations, the relevant department must confirm the contractor\'s security measures using a checklist.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Our largest customers increasingly require their suppliers to meet the customers\' own security requirements.')).toBe(false);
  });

  it('tells a description of oversight from a statement that no providers are used (risk.serviceProviderOversightAnswer)', () => {
    expect(value('risk.serviceProviderOversightAnswer', 'Before onboarding a vendor, we review its SOC 2 report and security questionnaire.')).toBe('described');
    expect(value('risk.serviceProviderOversightAnswer', 'We do not use third-party service providers to store or process our data.')).toBe('no-providers');
    expect(value('risk.serviceProviderOversightAnswer', 'We do not currently engage third-party assessors, consultants or auditors in connection with our cybersecurity risk processes.')).toBe('none');
    expect(value('risk.serviceProviderOversightAnswer', 'We engage third parties to assess the maturity of our program.')).toBe('none');
    expect(value('risk.serviceProviderOversight', 'Turbine manufacturers and other OEMs that maintain our equipment remotely must pass a security review before we grant them access.')).toBe(true);
  });

  it('is false when third parties are only helpers engaged to test the company', () => {
    expect(value('risk.serviceProviderOversight', 'We engage third parties to assess the maturity of our program and to test our controls.')).toBe(false);
  });

  // Each sentence with why it reads as it does: the probe-found patterns (G: relative clauses, F: the company in the
  // provider's role) and the ordinary checks that must keep passing beside them.
  it.each([
    [true, 'a duty past a relative clause', 'Contractors that connect to our plant control systems are subject to a cybersecurity review before remote access is enabled.'],
    [true, 'a duty past a relative clause with commas of its own', 'Vendors that host, store or process cardholder data on our behalf must comply with the information security provisions of our master agreement.'],
    [true, 'a check past a relative clause set off by commas', 'Our managed service providers, which administer parts of our network and help desk operations, are reviewed each year against our security baseline.'],
    [true, 're-assessment', 'Critical suppliers are reassessed every year.'],
    [true, 'security clauses in their agreements', 'Agreements with our hosting vendors contain security clauses on encryption and breach notification.'],
    [true, 'questionnaires and SOC reports', "We assess our vendors' security through questionnaires and SOC reports."],
    [true, 'diligence after the company names its own role', 'As a financial institution, we conduct due diligence on each vendor before onboarding.'],
    [true, '"as a vendor" that is not a role', 'As a vendor is onboarded, our security team reviews its SOC 2 report.'],
    [true, "the company as the providers' customer", 'We are a customer of several cloud providers and review their SOC 2 reports annually.'],
    [true, 'customer data beside a questionnaire for vendors', 'Customer data is hosted only by vendors who complete our security questionnaire.'],
    [true, 'questionnaires for vendors beside those answered for clients', 'We require our vendors to complete security questionnaires, and we also respond to questionnaires from our own clients.'],
    [true, "questionnaires the company's policy asks of it", 'Our policy requires us to complete a security questionnaire for each new vendor.'],
    [false, 'a duty beyond the clause of the providers', 'We rely on vendors that host our e-commerce platform and payment processing systems; all employees must complete annual awareness training.'],
    [false, 'the company as a provider to its customers', 'As a cloud services provider to hospitals, we are audited by our customers and answer their security questionnaires.'],
    [false, 'the company as a provider of its products', 'We are a leading provider of payroll software, and our enterprise clients conduct due diligence on our security program.'],
    [false, 'the company in the role of a vendor', 'In our role as a critical vendor to utilities, we complete a security questionnaire for each customer.'],
    [false, 'a role of several provider words', 'As an outsourcing provider to regional banks, we complete security questionnaires every quarter.'],
    [false, 'questionnaires from clients', 'We host client data with a third-party cloud provider, and we respond to client security questionnaires about that environment.'],
    [false, 'anti-money-laundering customer due diligence', 'The bank relies on third-party core processors, and its compliance staff perform customer due diligence under the Bank Secrecy Act.'],
    [false, 'questionnaires from prospective customers', 'Our sales team, supported by outside contractors, answers security questionnaires from prospective customers.'],
    [false, 'questionnaires customers ask of the company', 'Many of our enterprise customers require us to complete vendor security questionnaires each year.'],
    [false, 'diligence the company is subject to', 'We are subject to annual due diligence reviews by our bank clients and use third-party data centers to host the platform.'],
  ] as const)('is %s for %s: "%s"', (expected, _, sentence) => {
    expect(value('risk.serviceProviderOversight', sentence)).toBe(expected);
  });

  it('reads contractors beside employees as the workforce, and contractors alone as providers', () => {
    expect(value('risk.serviceProviderOversight', 'All employees and contractors complete security awareness training when they join and every year after.')).toBe(false);
    expect(value('risk.serviceProviderOversight', 'Contractors that access our systems must complete our security training and sign our acceptable use policy.')).toBe(true);
  });

  it('does not read provider checks for other risks as cybersecurity oversight', () => {
    expect(value('risk.serviceProviderOversight', 'All new suppliers are subject to our onboarding procedure, which includes anti-bribery, sanctions and health and safety screening.')).toBe(false);
    expect(value('risk.serviceProviderOversight', 'All new suppliers are subject to our onboarding procedure, which includes sanctions screening and a review of their security controls.')).toBe(true);
  });

  it('knows the providers of regulated sectors by name', () => {
    expect(value('risk.serviceProviderOversight', 'Contract research organizations that handle trial data are assessed for data security before they are engaged and audited every two years.')).toBe(true);
  });
});

describe('provider oversight in other words', () => {
  it('reads reviews of a sub-processor\'s security documentation, a vendor\'s security arrangements and a technical manager\'s practices', () => {
    expect(value('risk.serviceProviderOversight', 'Our security team reviews the security documentation of each sub-processor before it is engaged and annually thereafter.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Before we connect our systems to a vendor\'s system, our IT Manager reviews the vendor\'s security arrangements and limits the vendor\'s access.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Our Manager reviews the technical manager\'s cybersecurity practices as part of its annual review of the technical manager\'s performance.')).toBe(true);
    expect(value('risk.serviceProviderOversight', 'Our vessels are operated by a technical manager under a management agreement.')).toBe(false);
  });
});

describe('third parties the company only considers engaging', () => {
  it('are "hedged", like "may engage"', () => {
    expect(value('risk.thirdPartiesEngaged', 'We are evaluating whether to engage an outside firm to assess our controls.')).toBe('hedged');
    expect(value('risk.thirdPartiesEngaged', 'We plan to engage an independent firm to perform a penetration test in 2026.')).toBe('hedged');
    expect(value('risk.thirdPartiesEngaged', 'We engage an independent firm to perform an annual penetration test, and we are evaluating whether to add a red-team exercise.')).toBe('engaged');
  });
});

describe('cyber risk taken into the company\'s assessment of its principal risks', () => {
  it('answers whether it is integrated into overall risk management', () => {
    expect(value('risk.ermIntegration', 'Cybersecurity risk is one of the risk areas that our senior leadership team reviews each year when it assesses the principal risks facing the company.')).not.toBe('none');
    expect(value('risk.ermIntegration', 'As part of our annual assessment of the key risks facing the Company, we evaluate cybersecurity risk and the controls that address it.')).not.toBe('none');
    expect(value('risk.ermIntegration', 'Cybersecurity threats are among the principal risks facing the company and could harm our reputation.')).toBe('none');
  });
});

describe('an obligation put on providers', () => {
  it('oversees cybersecurity risk only where the sentence names security, access or a control', () => {
    expect(value('risk.serviceProviderOversight', 'We require certain vendors that receive our confidential information to agree to confidentiality obligations in their contracts with us.')).toBe(false);
    expect(value('risk.serviceProviderOversight', 'Equipment vendors and contractors who require remote access to our operational technology systems must connect through a monitored jump server and use multi-factor authentication.')).toBe(true);
  });
});
