import { describe, expect, it } from 'vitest';
import { documentMemo, startDocumentMemos } from '../../../src/facts/text/document-memo.js';
import { computeFacts } from '../../../src/facts/compute-facts.js';
import { loadBuiltinLexicons } from '../../../src/facts/text/lexicons.js';
import { parseSource } from '../../../src/parse/parse-source.js';

describe('documentMemo', () => {
  it('hands out the same map within a document and a fresh, empty one for the next', () => {
    const memo = documentMemo<string, number>(100);
    startDocumentMemos();
    memo().set('Our CISO reports to the Audit Committee.', 1);
    expect(memo().get('Our CISO reports to the Audit Committee.')).toBe(1);
    const first = memo();
    startDocumentMemos();
    expect(memo()).not.toBe(first);
    expect(memo().size).toBe(0);
  });

  it('starts over within a document once the map reaches its limit', () => {
    const memo = documentMemo<number, number>(3);
    startDocumentMemos();
    [1, 2, 3].forEach((key) => memo().set(key, key));
    expect(memo().size).toBe(0);
  });

  it('is reset by computeFacts, so one draft never answers from another', () => {
    const memo = documentMemo<string, string>(100);
    memo().set('left over', 'from an earlier draft');
    const model = parseSource('draft.md', '# Item 1C. Cybersecurity\n\nOur Chief Information Security Officer leads the program.\n');
    computeFacts(model, loadBuiltinLexicons());
    expect(memo().has('left over')).toBe(false);
  });
});
