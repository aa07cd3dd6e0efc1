// A configuration may set only rules that exist (built-in, its custom rules, suppression findings): a typo must not pass silently.
import { InputError } from '../model/input-error.js';
import type { ResolvedConfig } from './config-file.js';
import { loadConfigFile } from './load-config-file.js';

export function checkRuleSettings(config: ResolvedConfig, knownIds: ReadonlySet<string>): void {
  const unknown = config.ruleSettingPlaces.find((place) => !knownIds.has(place.ruleId));
  if (!unknown) return;
  // The file was read when it was resolved; read again only to locate the error.
  const at = loadConfigFile(unknown.file).source.locateKey(unknown.pointer)?.start;
  const close = [...knownIds].filter((id) => id.includes(unknown.ruleId) || unknown.ruleId.includes(id) || sharesWords(id, unknown.ruleId)).slice(0, 3);
  const suggestion = close.length > 0 ? ` Did you mean ${close.map((id) => `"${id}"`).join(' or ')}?` : '';
  const hint = unknown.ruleId.includes('/') ? 'Custom rules must be listed under "customRules" (here or in a configuration this one extends) before they can be configured.' : 'Use the id of a built-in rule (rules/<family>/<id>/) or of a custom rule.';
  throw new InputError(unknown.file, `Unknown rule "${unknown.ruleId}"`, `${hint}${suggestion}`, at, unknown.pointer);
}

function sharesWords(a: string, b: string): boolean {
  const words = new Set(a.split(/[-/]/));
  return b.split(/[-/]/).filter((word) => word.length > 3 && words.has(word)).length >= 2;
}
