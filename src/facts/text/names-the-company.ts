// Whether a role noun names the company itself ("As a service provider to our clients, we ...", "we are a leading vendor
// of payroll software", "in our role as a supplier"): the company's own role in its customers' supply chain, not a party
// it deals with.
import { testFolded } from './case-folded-pattern.js';
import { clauseStart } from './clause-start.js';
import type { TermMatch } from './lexicon-matches.js';

// Up to four describing words between the article and the noun ("a leading global cloud"); a function word means the
// noun belongs to another phrase ("as a customer of our cloud provider").
const DESCRIBED = String.raw`(?:a|an|the|their|its|one\s+of\s+the)\s+(?:(?!(?:of|to|for|with|in|on|by|from|and|or|our|its|their|the|that|which)\s)[\p{L}\p{N}'’&-]+\s+){0,4}`;
// "As a ..." opening the clause or set off by a comma, "we (act) as a ...", "our role as a ...", or "we are a ...". "Such
// as a" and "classified as a" are not among them: what they describe is someone else.
const ROLE_BEFORE = new RegExp(
  String.raw`(?:(?:^|,)\s*|(?<![\p{L}])(?:(?:we|us|company)(?:\s+(?:also|primarily|act|acts|serve|serves|operate|operates))?|role|capacity|position|status)\s+)as\s+${DESCRIBED}$|(?<![\p{L}])(?:we|company)\s+(?:is|are)\s+(?:(?:also|primarily)\s+)?${DESCRIBED}$`,
  'iu',
);
// The noun ends the role: "a vendor to banks", "a provider of", "a supplier," (not "a vendor is onboarded").
const ROLE_AFTER = /^(?:\s+(?:to|of|for|serving|in|on|with|that|which|who)(?![\p{L}])|\s*(?:[,.;:)]|$))/iu;

/** Whether `noun` (a match in `text`) names the company in its role towards others. */
export function namesTheCompany(text: string, noun: TermMatch): boolean {
  return (
    testFolded(ROLE_AFTER, text.slice(noun.end, noun.end + 12)) &&
    testFolded(ROLE_BEFORE, text.slice(clauseStart(text, noun.index), noun.index))
  );
}
