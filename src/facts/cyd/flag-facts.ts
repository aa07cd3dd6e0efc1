// The three facts of one cyd flag: its value, whether the text agrees with it, and a finding a message can quote.
import type { FlagName, Span } from '../../model/disclosure.js';
import { defineFact, type Fact, type FactContext } from '../fact.js';
import { quoteAt } from '../text/quote-at.js';
import type { FlagAnswer, FlagQuestion } from './flag-question.js';

export type FlagConsistency = 'supported' | 'silent' | 'unsupported' | 'contradicted' | 'absent';

interface Judgement {
  consistency: FlagConsistency;
  finding: string;
  evidence: Span[];
}

export function flagFacts(question: FlagQuestion): Fact[] {
  const { flag } = question;
  // The consistency and the finding share one judgement per computation (a context is one model with one set of lexicons).
  const judged = new WeakMap<FactContext, Judgement>();
  const judge = (context: FactContext): Judgement => {
    let judgement = judged.get(context);
    if (!judgement) judged.set(context, (judgement = judgeFlag(context, question)));
    return judgement;
  };
  return [
    defineFact<boolean | null>({
      id: `flags.${flag}`,
      description: `The value of the cyd \`${flag}\` flag (front matter, JSON \`flags\` or the XBRL render), or \`null\` when the input does not give it.`,
      type: 'boolean | null',
      example: true,
      compute({ model }) {
        const given = model.flags[flag];
        return { value: given?.value ?? null, evidence: given ? [given.span] : [] };
      },
    }),
    defineFact<FlagConsistency>({
      id: `flags.${flag}Consistency`,
      description: `Whether the text agrees with the \`${flag}\` flag, which asserts that ${question.claim}: \`supported\` (the text says what the flag says), \`silent\` (a \`false\` flag the text does not contradict), \`unsupported\` (a \`true\` flag no sentence supports), \`contradicted\` (the text says the opposite), \`absent\` (no flag). Evidence: the contradicting or supporting sentences, and the flag.`,
      type: "'supported' | 'silent' | 'unsupported' | 'contradicted' | 'absent'",
      example: 'supported',
      compute(context) {
        const { consistency, evidence } = judge(context);
        return { value: consistency, evidence };
      },
    }),
    defineFact<string>({
      id: `flags.${flag}Finding`,
      description: `What the text says about the \`${flag}\` flag, as the end of a message (closed with a full stop): the sentence that supports or contradicts it, quoted, or that no sentence supports it.`,
      type: 'string',
      example: 'the draft says so: “We engage an independent firm to perform annual penetration tests.”',
      compute(context) {
        const { finding, evidence } = judge(context);
        return { value: closed(finding), evidence };
      },
    }),
  ] as Fact[];
}

function judgeFlag(context: FactContext, question: FlagQuestion): Judgement {
  const given = context.model.flags[question.flag];
  if (!given) return { consistency: 'absent', finding: 'the flag is not given', evidence: [] };
  const answer = question.answer(context);
  const quote = (): string => quoteOf(context, answer);
  if (answer.stance === 'silent') {
    const more = answer.note ? `; ${answer.note}` : '';
    return given.value
      ? { consistency: 'unsupported', finding: `no sentence of the draft says that ${question.claim}${more}`, evidence: [given.span, ...answer.evidence] }
      : { consistency: 'silent', finding: `the draft does not say either way${more}`, evidence: [given.span] };
  }
  const agrees = (answer.stance === 'affirms') === given.value;
  return agrees
    ? { consistency: 'supported', finding: `the draft says so: ${quote()}`, evidence: [...answer.evidence, given.span] }
    : { consistency: 'contradicted', finding: `the draft says otherwise: ${quote()}`, evidence: [...answer.evidence, given.span] };
}

// The finding ends the rule's message: one full stop, not a second one after a quoted sentence's own.
function closed(finding: string): string {
  return /[.!?…]["”'’)]*$/.test(finding) ? finding : `${finding}.`;
}

function quoteOf(context: FactContext, answer: FlagAnswer): string {
  const first = answer.evidence[0];
  return first ? `“${quoteAt(context.model, first)}”` : 'no sentence quoted';
}
