// Facts that read the Item 106 (b) and (c) content of a disclosure.
import type { Fact } from '../fact.js';

export const ITEM_106_FACTS: readonly Fact[] = [];
