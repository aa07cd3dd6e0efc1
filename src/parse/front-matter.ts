// YAML front matter of a Markdown draft: metadata and the six cyd flags, validated with located errors.
import { parseDocument, isMap, isScalar, type Pair, type Node as YamlNode } from 'yaml';
import type { DisclosureMeta, FlagName, FormType, FilerStatus } from '../model/disclosure.js';
import { FLAG_NAMES } from '../model/disclosure.js';
import { InputError } from '../model/input-error.js';
import type { LineIndex } from '../model/line-index.js';

const FORMS: readonly FormType[] = ['10-K', '10-K/A', '20-F', '20-F/A'];
const FILER_STATUSES: readonly FilerStatus[] = ['large-accelerated', 'accelerated', 'non-accelerated', 'smaller-reporting'];

export interface FrontMatter {
  meta: DisclosureMeta;
  flags: Array<{ name: FlagName; value: boolean; start: number; end: number }>;
}

/**
 * Reads front matter whose YAML text starts at `contentStart` in the file.
 * Offsets in the result are offsets in the whole file, so flag spans point into the draft.
 */
export function readFrontMatter(file: string, yamlText: string, contentStart: number, lines: LineIndex): FrontMatter {
  const document = parseDocument(yamlText, { prettyErrors: false });
  const fail = (problem: string, hint: string, offset: number): never => {
    throw new InputError(file, problem, hint, lines.point(contentStart + offset));
  };
  const [yamlError] = document.errors;
  if (yamlError) fail(`Invalid YAML front matter: ${yamlError.message.split('\n')[0]}`, 'Fix the YAML between the two `---` lines (indentation, quotes, colons).', yamlError.pos[0]);
  const result: FrontMatter = { meta: {}, flags: [] };
  if (document.contents === null) return result;
  if (!isMap(document.contents)) fail('Front matter is not a YAML mapping', 'Write `key: value` lines such as `form: 10-K`.', 0);
  for (const pair of (document.contents as { items: Pair[] }).items) readPair(pair, result, fail);
  return result;
}

type Fail = (problem: string, hint: string, offset: number) => never;

function readPair(pair: Pair, result: FrontMatter, fail: Fail): void {
  const key = isScalar(pair.key) ? String(pair.key.value) : '';
  const node = pair.value as YamlNode | null;
  const at = node?.range?.[0] ?? (pair.key as YamlNode | null)?.range?.[0] ?? 0;
  const scalar = isScalar(node) ? node.value : undefined;
  switch (key) {
    case 'form':
      if (!FORMS.includes(String(scalar) as FormType)) fail(`Unknown form "${String(scalar)}"`, `Use one of ${FORMS.join(', ')}.`, at);
      result.meta.form = String(scalar) as FormType;
      return;
    case 'company':
      result.meta.company = String(scalar ?? '');
      return;
    case 'fiscalYearEnd':
      result.meta.fiscalYearEnd = scalar instanceof Date ? scalar.toISOString().slice(0, 10) : String(scalar ?? '');
      return;
    case 'filerStatus':
      if (!FILER_STATUSES.includes(String(scalar) as FilerStatus)) fail(`Unknown filerStatus "${String(scalar)}"`, `Use one of ${FILER_STATUSES.join(', ')}.`, at);
      result.meta.filerStatus = String(scalar) as FilerStatus;
      return;
    case 'flags':
      readFlags(node, result, fail, at);
      return;
    default:
      // Other keys (title, owner, review dates...) belong to the drafting team and are left alone.
      return;
  }
}

function readFlags(node: YamlNode | null, result: FrontMatter, fail: Fail, at: number): void {
  if (node === null) return;
  if (!isMap(node)) fail('`flags` is not a mapping', 'Write the flags as `flags:` followed by indented `thirdPartyEngaged: true` lines.', at);
  for (const pair of (node as unknown as { items: Pair[] }).items) {
    const keyNode = pair.key as YamlNode | null;
    const name = isScalar(keyNode) ? String(keyNode.value) : '';
    const valueNode = pair.value as YamlNode | null;
    const keyAt = keyNode?.range?.[0] ?? at;
    if (!(FLAG_NAMES as readonly string[]).includes(name)) fail(`Unknown flag "${name}"`, `Use one of ${FLAG_NAMES.join(', ')}.`, keyAt);
    if (!isScalar(valueNode) || typeof valueNode.value !== 'boolean') fail(`Flag "${name}" is not true or false`, 'Write `true` or `false` without quotes.', valueNode?.range?.[0] ?? keyAt);
    const range = (valueNode as YamlNode).range ?? [keyAt, keyAt, keyAt];
    result.flags.push({ name: name as FlagName, value: (valueNode as unknown as { value: boolean }).value, start: keyAt, end: range[1] });
  }
}
