// Where a result points in the draft: a section, the item heading, or a fact's evidence.
import type { Disclosure, SectionKind, Span } from '../model/disclosure.js';
import type { FactResults } from '../facts/compute-facts.js';

const START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export function documentStart(model: Disclosure): Span {
  return model.sections[0]?.span ?? model.paragraphs[0]?.span ?? START;
}

export function itemLocation(model: Disclosure): Span {
  return model.sections.find((section) => section.kind === 'item')?.span ?? documentStart(model);
}

/** The spans a failure points at, per the rule's `locate` (several for `each:<fact>`). */
export function failureLocations(locate: string | undefined, model: Disclosure, facts: FactResults): Span[] {
  if (!locate || locate === 'item') return [itemLocation(model)];
  const [kind, target = ''] = locate.split(':');
  if (kind === 'section') {
    const section = model.sections.find((candidate) => candidate.kind === (target as SectionKind));
    return [section?.span ?? itemLocation(model)];
  }
  const evidence = facts[target]?.evidence ?? [];
  if (kind === 'each' && evidence.length > 0) return evidence;
  return [evidence[0] ?? itemLocation(model)];
}
