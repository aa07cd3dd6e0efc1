// The only list of facts: rules may name exactly these ids, and docs/facts.md is generated from it.
import type { Fact } from './fact.js';
import { CORE_FACTS } from './core/index.js';
import { CYD_FACTS } from './cyd/index.js';
import { DRAFTING_FACTS } from './drafting/index.js';
import { ITEM_106_FACTS } from './item-106/index.js';

export const FACTS: readonly Fact[] = [...CORE_FACTS, ...ITEM_106_FACTS, ...CYD_FACTS, ...DRAFTING_FACTS] as Fact[];

export const FACTS_BY_ID: ReadonlyMap<string, Fact> = new Map(FACTS.map((fact) => [fact.id, fact]));
