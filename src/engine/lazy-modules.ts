// Large dependencies that most runs never need, loaded on first use: recheck (about 130 ms to load, only for rules
// with patterns) and ajv (only for JSON drafts, configuration files and custom rules).
// The action bundle swaps in lazy-modules.bundled.ts, which imports them statically, since a bundle cannot follow
// createRequire (scripts/build-action.mjs).
import { createRequire } from 'node:module';

type Recheck = typeof import('recheck');
type Ajv2020 = typeof import('ajv/dist/2020.js').default;

const require = createRequire(import.meta.url);
let recheck: Recheck | undefined;
let ajv: Ajv2020 | undefined;

export function loadRecheck(): Recheck {
  recheck ??= require('recheck') as Recheck;
  return recheck;
}

/** The Ajv class for JSON Schema draft 2020-12. */
export function loadAjv2020(): Ajv2020 {
  ajv ??= (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).default;
  return ajv;
}
