// lazy-modules.ts for the action bundle: the same functions over static imports, which a bundler can include.
import * as recheckModule from 'recheck';
import Ajv2020 from 'ajv/dist/2020.js';

export function loadRecheck(): typeof import('recheck') {
  return recheckModule;
}

export function loadAjv2020(): typeof Ajv2020.default {
  return Ajv2020.default;
}
