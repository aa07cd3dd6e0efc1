// Title identity across spellings: full titles, abbreviations and articles.
import { describe, expect, it } from 'vitest';
import { sameTitle } from '../../../src/facts/text/same-title.js';

describe('sameTitle', () => {
  it('matches a title with its abbreviation and without its article', () => {
    expect(sameTitle('Chief Information Security Officer', 'CISO')).toBe(true);
    expect(sameTitle('our Chief Information Officer', 'the chief information officer')).toBe(true);
    expect(sameTitle('C.I.O.', 'Chief Information Officer')).toBe(true);
  });

  it('tells different titles apart', () => {
    expect(sameTitle('Chief Information Security Officer', 'Chief Information Officer')).toBe(false);
    expect(sameTitle('CISO', 'CIO')).toBe(false);
    expect(sameTitle('Director of Information Technology', 'Chief Executive Officer')).toBe(false);
  });
});
