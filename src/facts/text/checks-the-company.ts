// Whether a check (diligence, questionnaires, security requirements) is one the company undergoes, or runs on its own
// customers, rather than one it runs on its providers: "client due diligence", "questionnaires from our customers",
// "we are subject to extensive due diligence", and anti-money-laundering "customer due diligence".
import { testFolded } from './case-folded-pattern.js';
import { clauseStart } from './clause-start.js';
import { matchesBetween, type TermMatch } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import type { Lexicons } from './lexicons.js';
import { windowEnd, windowStart } from './word-windows.js';

// "client security questionnaires", "customers' security requirements": the checker names whose check it is.
const CHECKER_BEFORE = /^(?:['’]s?)?\s+(?:(?:own|security|cybersecurity|information|it|privacy|enhanced|annual|ongoing|periodic)\s+){0,2}$/iu;
// "questionnaires from our customers", "diligence on its clients", "a questionnaire for each customer".
const CHECKER_AFTER = /^\s+(?:from|by|of|on|for)\s+(?:(?:our|its|their|the|each|every|many|some|certain|existing|prospective|potential|new|current|large|major|key|enterprise|institutional|bank|own)\s+){0,3}$/iu;
// "We are subject to ...", "the Company undergoes ...", "we respond to ...": the company is the one checked.
const COMPANY_CHECKED = /(?<![\p{L}])(?:we|company)\s+(?:(?:are|is|have\s+been|has\s+been|may\s+be|also|regularly|routinely|frequently|often|periodically)\s+){0,2}(?:subject\s+to|undergo|undergoes|respond\s+to|responds\s+to|answer|answers)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu;

// "Our customers require us to complete vendor security questionnaires": asked of the company by a checker earlier in the
// clause (a policy that "requires us to complete a questionnaire for each vendor" is the company's own check).
const ASKED_OF_COMPANY = /(?<![\p{L}])(?:require|requires|required|ask|asks|asked|request|requests|requested|expect|expects)\s+us(?:\s*,[^,]{1,60},)?\s+to\s+(?:complete|answer|respond\s+to|undergo|fill\s+out)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

const CHECKED_OR_ASKED_CUE = /subject\s+to|undergo|respond|answer|require|ask|request|expect/i;

/** Whether `check` (a match in `text`) is done on the company or on its customers. */
export function checksTheCompany(text: string, check: TermMatch, lexicons: Lexicons): boolean {
  const checkers = lexiconOf(lexicons, 'company-checkers');
  const before = matchesBetween(text, checkers, windowStart(text, check.index, 3), check.index);
  if (before.some((checker) => testFolded(CHECKER_BEFORE, text.slice(checker.end, check.index)))) return true;
  const after = matchesBetween(text, checkers, check.end, windowEnd(text, check.end, 5));
  if (after.some((checker) => testFolded(CHECKER_AFTER, text.slice(check.end, checker.index)))) return true;
  // Most sentences have neither the company as the one checked nor a request made of it: a cue spares them both patterns.
  if (!CHECKED_OR_ASKED_CUE.test(text)) return false;
  const clause = Math.max(clauseStart(text, check.index), windowStart(text, check.index, 8));
  if (testFolded(COMPANY_CHECKED, text.slice(clause, check.index))) return true;
  return testFolded(ASKED_OF_COMPANY, text.slice(clause, check.index)) && matchesBetween(text, checkers, clauseStart(text, check.index), check.index).length > 0;
}
