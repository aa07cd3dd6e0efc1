// json-rules-engine's own operators, described for the reference and for load-time checks of rule values.
import type { FactKind, OperatorInfo } from './operator-definition.js';

const SCALARS: readonly FactKind[] = ['boolean', 'number', 'string', 'null'];
const ANY_KIND: readonly FactKind[] = [...SCALARS, 'string[]', 'array', 'object'];
const LISTS: readonly FactKind[] = ['string[]', 'array'];
const LITERAL = { description: 'A literal of the fact\'s type (for enumerations: one of the listed values).' };
const LIST_OF_LITERALS = { type: 'array', minItems: 1, description: 'A list of literals of the fact\'s type.', examples: [['20-F', '20-F/A']] };
const NUMBER = { type: 'number', description: 'A number.', examples: [3] };

function comparison(name: string, relation: string): OperatorInfo {
  return { name, description: `The number fact is ${relation} the value.`, factKinds: ['number'], valueSchema: NUMBER, example: { fact: 'text.placeholders', value: 1 } };
}

export const BUILTIN_OPERATOR_INFO: readonly OperatorInfo[] = [
  { name: 'equal', description: 'The fact equals the value (strictly: `true` is not `"true"`).', factKinds: ANY_KIND, valueSchema: LITERAL, example: { fact: 'document.applicable', value: true } },
  { name: 'notEqual', description: 'The fact does not equal the value.', factKinds: ANY_KIND, valueSchema: LITERAL, example: { fact: 'document.itemHeading', value: 'none' } },
  { name: 'in', description: 'The fact is one of the listed values.', factKinds: SCALARS, valueSchema: LIST_OF_LITERALS, example: { fact: 'document.form', value: ['20-F', '20-F/A'] } },
  { name: 'notIn', description: 'The fact is none of the listed values.', factKinds: SCALARS, valueSchema: LIST_OF_LITERALS, example: { fact: 'document.form', value: ['10-K/A', '20-F/A'] } },
  { name: 'contains', description: 'The list fact contains the value.', factKinds: LISTS, valueSchema: LITERAL, example: { fact: 'sentences', value: 'Not applicable.' } },
  { name: 'doesNotContain', description: 'The list fact does not contain the value.', factKinds: LISTS, valueSchema: LITERAL, example: { fact: 'sentences', value: 'Not applicable.' } },
  comparison('lessThan', 'less than'),
  comparison('lessThanInclusive', 'less than or equal to'),
  comparison('greaterThan', 'greater than'),
  comparison('greaterThanInclusive', 'greater than or equal to'),
];
