// A short item that only says "Not applicable", "None" or points elsewhere holds no disclosure; a short disclosure does.
import { describe, expect, it } from 'vitest';
import { draft, readFacts } from '../item-106/read-facts.js';

describe('document.omitted', () => {
  it('is true for "None.", "Not applicable." and a bare pointer', () => {
    expect(readFacts(draft('None.')).value('document.omitted')).toBe(true);
    expect(readFacts(draft('Not applicable.')).value('document.omitted')).toBe(true);
    expect(readFacts(draft('See "Cybersecurity" in Item 1A, Risk Factors, of this Annual Report.')).value('document.omitted')).toBe(true);
  });

  it('is false for a short disclosure that says "none" inside a sentence', () => {
    expect(readFacts(draft('While we have experienced cybersecurity incidents in the past, to date none have materially affected the Company.')).value('document.omitted')).toBe(false);
  });
});
