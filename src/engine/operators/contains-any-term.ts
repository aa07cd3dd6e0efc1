// `containsAnyTerm`: a string or list fact contains a phrase of a lexicon (by name) or of a list given in the rule.
import { builtinLexiconNames } from '../../facts/text/lexicons.js';
import { containsTerm, lexiconMatches } from '../../facts/text/lexicon-matches.js';
import { defineOperator, OperatorValueError, type OperatorContext } from './operator-definition.js';
import { alignedEvidence, stringItems } from './string-items.js';

export type TermSource = { lexicon: string } | { terms: readonly string[] };

const MAX_QUOTED = 5;

export const containsAnyTerm = defineOperator<TermSource>({
  name: 'containsAnyTerm',
  description: 'The string fact, or some item of the list fact, contains one of the terms: whole words, case-insensitive, any run of spaces or hyphens between words. The value names a lexicon (its terms plus those your configuration adds) or lists the terms. On `sentences`, a pass quotes the sentences that contain a term.',
  factKinds: ['string', 'string[]'],
  valueSchema: {
    type: ['string', 'array'],
    description: 'A lexicon name (see the list of lexicons) or a list of terms.',
    minLength: 1,
    minItems: 1,
    items: { type: 'string', minLength: 1 },
    examples: ['management-titles', ['Chief Trust Officer', 'Head of Security']],
  },
  example: { fact: 'sentences', value: ['Chief Information Security Officer', 'CISO'] },
  compile(value) {
    if (typeof value === 'string') {
      const names = builtinLexiconNames();
      if (!names.includes(value)) throw new OperatorValueError(`Unknown lexicon "${value}"`, names.length > 0 ? `Name a built-in lexicon (${names.join(', ')}) or list the terms.` : 'List the terms, e.g. ["Chief Trust Officer"].');
      return { lexicon: value };
    }
    if (Array.isArray(value)) return { terms: value.map(String) };
    throw new OperatorValueError('Expected a lexicon name or a list of terms', 'Write a lexicon name such as "management-titles" or a list such as ["CISO"].');
  },
  evaluate: (factValue, source, context) => texts(factValue).some((text) => containsTerm(text, termsOf(source, context))),
  matchedEvidence: (factValue, source, factEvidence, context) => alignedEvidence(factValue, factEvidence, (item) => containsTerm(item, termsOf(source, context))),
  describeActual: (factValue, source, context) => [...new Set(texts(factValue).flatMap((text) => lexiconMatches(text, termsOf(source, context)).map((match) => match.text)))].slice(0, MAX_QUOTED),
});

function texts(value: unknown): string[] {
  return typeof value === 'string' ? [value] : stringItems(value);
}

function termsOf(source: TermSource, context: OperatorContext): readonly string[] {
  return 'terms' in source ? source.terms : (context.lexicons[source.lexicon] ?? []);
}
