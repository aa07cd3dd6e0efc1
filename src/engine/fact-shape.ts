// The kinds of value a fact can have, read from its declared type (`boolean`, `string[]`, `'a' | 'b'`), for load-time checks.
import type { Fact } from '../facts/fact.js';
import type { FactKind } from './operators/operator-definition.js';

export interface FactShape {
  kinds: ReadonlySet<FactKind>;
  /** For a string enumeration, its values. */
  values?: readonly string[];
  /** False when the declared type is not understood: then no check is made against it. */
  known: boolean;
}

const KINDS: Record<string, FactKind> = { boolean: 'boolean', number: 'number', string: 'string', null: 'null', 'string[]': 'string[]' };

export function factShape(fact: Pick<Fact, 'type'>): FactShape {
  const kinds = new Set<FactKind>();
  const values: string[] = [];
  let known = true;
  for (const part of fact.type.split('|').map((piece) => piece.trim())) {
    const quoted = /^'([^']*)'$/.exec(part) ?? /^"([^"]*)"$/.exec(part);
    if (quoted) {
      kinds.add('string');
      values.push(quoted[1] ?? '');
    } else if (KINDS[part]) {
      kinds.add(KINDS[part]);
    } else if (part.endsWith('[]')) {
      kinds.add('array');
    } else {
      known = false;
    }
  }
  const enumeration = values.length > 0 && !fact.type.split('|').some((part) => part.trim() === 'string');
  return { kinds, known, ...(enumeration ? { values } : {}) };
}

/** Whether a fact of this shape can be read by an operator that accepts these kinds. */
export function shapeFits(shape: FactShape, accepted: readonly FactKind[]): boolean {
  if (!shape.known) return true;
  return [...shape.kinds].some((kind) => kind !== 'null' && (accepted.includes(kind) || (kind === 'string[]' && accepted.includes('array'))));
}

/** The JSON kind of a literal from a rule file. */
export function literalKind(value: unknown): FactKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? 'string[]' : 'array';
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return typeof value as FactKind;
  return 'object';
}
