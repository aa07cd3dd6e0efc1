// Done when: a disclosure given the flags its text supports passes every flag rule, and the same text with one flag flipped
// fails exactly that flag's rule. Built on the labelled dev corpus when it is there (flags derived from the labels, given in
// front matter; the render keeps its own flag rows) and always on drafts of our own in Markdown, JSON and the XBRL render.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CYD_FLAGS } from '../../src/model/cyd-elements.js';
import { FLAG_NAMES, type FlagName } from '../../src/model/disclosure.js';
import { Linter } from '../../src/lint.js';

type Flags = Record<FlagName, boolean>;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEV = [resolve(ROOT, '..', 'shared', 'corpus', 'dev'), '/work/shared/corpus/dev'].find((path) => existsSync(resolve(path, 'labels')));

const RULE_OF: Record<FlagName, string> = {
  processesIntegrated: 'flag-processes-integrated-consistent',
  thirdPartyEngaged: 'flag-third-party-engaged-consistent',
  serviceProviderOversight: 'flag-service-provider-oversight-consistent',
  materiallyAffected: 'flag-materially-affected-consistent',
  positionsResponsible: 'flag-positions-responsible-consistent',
  reportsToBoard: 'flag-reports-to-board-consistent',
};
const linter = new Linter({ ruleIds: Object.values(RULE_OF) });

/** A draft in one format, able to carry any set of flags. */
interface Draft {
  path: string;
  flags: Flags;
  withFlags(flags: Flags): string;
}

async function failingRules(draft: Draft, flags: Flags): Promise<string[]> {
  const report = await linter.lintText(draft.path, draft.withFlags(flags));
  const statuses = report.results.map((result) => `${result.ruleId}:${result.status}`);
  expect(statuses.filter((status) => status.endsWith(':skip') || !Object.values(RULE_OF).some((id) => status.startsWith(`${id}:`))), draft.path).toEqual([]);
  return report.results.filter((result) => result.status === 'fail').map((result) => result.ruleId).sort();
}

function checkVariants(draft: () => Draft): void {
  it('passes every flag rule with the flags its text supports', async () => {
    expect(await failingRules(draft(), draft().flags)).toEqual([]);
  });

  it.each(FLAG_NAMES.map((name) => [name]))('fails only the %s rule when that flag is flipped', async (name) => {
    const flags = { ...draft().flags, [name]: !draft().flags[name] };
    expect(await failingRules(draft(), flags)).toEqual([RULE_OF[name]]);
  });
}

// Plain text becomes Markdown line for line (each line its own paragraph, as the text parser reads it) under front matter.
function markdownDraft(path: string, text: string, flags: Flags): Draft {
  const body = text.split(/\r?\n/).filter((line) => line.trim() !== '').flatMap((line) => [line, '']).join('\n');
  return { path: path.replace(/\.txt$/, '.md'), flags, withFlags: (given) => `---\nflags:\n${FLAG_NAMES.map((name) => `  ${name}: ${given[name]}`).join('\n')}\n---\n\n${body}` };
}

function frontMatterDraft(path: string): Draft {
  const text = readFileSync(path, 'utf8');
  const flags = Object.fromEntries(FLAG_NAMES.map((name) => [name, new RegExp(`^  ${name}: true$`, 'm').test(text)])) as Flags;
  return { path, flags, withFlags: (given) => FLAG_NAMES.reduce((out, name) => out.replace(new RegExp(`^(  ${name}: )(?:true|false)$`, 'm'), `$1${given[name]}`), text) };
}

function jsonDraft(path: string): Draft {
  const text = readFileSync(path, 'utf8');
  const draft = JSON.parse(text) as { flags: Record<string, boolean> };
  const key = (name: FlagName): string => (name in draft.flags ? name : CYD_FLAGS[name].element);
  const flags = Object.fromEntries(FLAG_NAMES.map((name) => [name, draft.flags[key(name)]])) as Flags;
  return { path, flags, withFlags: (given) => JSON.stringify({ ...draft, flags: Object.fromEntries(FLAG_NAMES.map((name) => [key(name), given[name]])) }, null, 2) };
}

// The render's own rows: "|<label> [Flag]" then "|true" (or "|<label> [Flag]|true" on one line).
function renderDraft(path: string, text = readFileSync(path, 'utf8'), derived?: Flags): Draft {
  const row = (name: FlagName): RegExp => new RegExp(`(\\|${CYD_FLAGS[name].label.replace(/[[\]()]/g, '\\$&')}\\s*\\|?\\s*(?:\\r?\\n)?\\|?)(true|false)`);
  const flags = derived ?? (Object.fromEntries(FLAG_NAMES.map((name) => [name, row(name).exec(text)?.[2] === 'true'])) as Flags);
  return { path, flags, withFlags: (given) => FLAG_NAMES.reduce((out, name) => out.replace(row(name), `$1${given[name]}`), text) };
}

describe('flag variants of our own drafts', () => {
  const drafts: Array<[string, () => Draft]> = [
    ['a two-tier 20-F in Markdown', () => frontMatterDraft(resolve(ROOT, 'test/fixtures/20-f/halvorsen-two-tier.md'))],
    ['a 10-K in Markdown', () => frontMatterDraft(resolve(ROOT, 'rules/cyd-flags/cyd-flags-complete/pass.md'))],
    ['a 20-F of cyd text blocks in JSON (cyd element names)', () => jsonDraft(resolve(ROOT, 'test/fixtures/20-f/larkspur-text-blocks.json'))],
    ['a 10-K XBRL render', () => renderDraft(resolve(ROOT, 'rules/cyd-flags/cyd-flags-complete/pass-render.txt'))],
  ];
  describe.each(drafts)('%s', (_name, draft) => checkVariants(draft));
});

interface LabelFile {
  applicable: boolean;
  labels: Record<string, { value: boolean; evidence: string }>;
  extracted: { materiality: { past: string; forward: string } };
}

/** The flags a careful tagger would set from the labels (LABELS.md): each flag's question answered by the text itself. */
function flagsFromLabels(file: LabelFile): Flags {
  const label = (key: string): { value: boolean; evidence: string } => ({ value: file.applicable && (file.labels[key]?.value ?? false), evidence: file.labels[key]?.evidence ?? '' });
  const says = (key: string, no: RegExp): boolean => label(key).value && !no.test(label(key).evidence);
  const { past, forward } = file.extracted.materiality;
  return {
    processesIntegrated: says('erm-integration-addressed', /\bnot\s+(?:been\s+)?integrated\b/i),
    thirdPartyEngaged: says('third-party-assessors-addressed', /\b(?:do|does|did)\s+not\s+(?:currently\s+)?(?:engage|retain|use)\b/i),
    serviceProviderOversight: says('service-provider-oversight-addressed', /\b(?:do|does|did)\s+not\s+(?:currently\s+)?(?:use|rely\s+on)\b/i),
    materiallyAffected: file.applicable && (past === 'affected' || forward === 'reasonably-likely'),
    positionsResponsible: label('management-responsibility-identified').value,
    reportsToBoard: label('management-reports-to-board').value,
  };
}

const devFiles = DEV ? readdirSync(DEV).filter((name) => /^\d{3}-.*\.txt$/.test(name)).sort() : [];

describe.skipIf(DEV === undefined)('flag variants of the dev corpus (shared corpus)', () => {
  describe.each(devFiles.map((name) => [name]))('%s', (name) => {
    const path = resolve(DEV ?? '', name);
    const draft = (): Draft => {
      const text = readFileSync(path, 'utf8');
      const flags = flagsFromLabels(JSON.parse(readFileSync(resolve(DEV ?? '', 'labels', `${name.slice(0, 3)}.json`), 'utf8')) as LabelFile);
      return /^\|.*\[Flag\]/m.test(text) ? renderDraft(path, text, flags) : markdownDraft(path, text, flags);
    };
    checkVariants(draft);
  });
});
