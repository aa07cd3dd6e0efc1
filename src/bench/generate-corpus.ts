// Writes a deterministic corpus of realistic Markdown drafts (about 1,500 to 2,000 words each) for the benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeededRandom } from './seeded-random.js';
import * as T from './draft-templates.js';

const MIN_WORDS = 1500;
const MAX_WORDS = 2000;

export function generateCorpus(dir: string, count: number, seed = 106): string[] {
  mkdirSync(dir, { recursive: true });
  const random = new SeededRandom(seed);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `draft-${String(i).padStart(5, '0')}.md`);
    writeFileSync(path, generateDraft(random));
    files.push(path);
  }
  return files;
}

export function generateDraft(random: SeededRandom): string {
  const target = random.int(MIN_WORDS, MAX_WORDS);
  const company = random.pick(T.COMPANIES);
  const risk: string[] = [];
  const governance: string[] = [];
  let words = 0;
  // Alternate sections so both grow; real drafts run longer in (b) than in (c).
  while (words < target) {
    const useRisk = random.next() < 0.6;
    const paragraph = fill(random.pick(useRisk ? T.RISK_PARAGRAPHS : T.GOVERNANCE_PARAGRAPHS), random);
    (useRisk ? risk : governance).push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return [
    '---',
    'form: 10-K',
    `company: ${company}`,
    'fiscalYearEnd: 2025-12-31',
    'flags:',
    '  processesIntegrated: true',
    '  thirdPartyEngaged: true',
    '  serviceProviderOversight: true',
    '  materiallyAffected: false',
    '  positionsResponsible: true',
    '  reportsToBoard: true',
    '---',
    '',
    '# Item 1C. Cybersecurity',
    '',
    '## Risk Management and Strategy',
    '',
    ...risk.flatMap((paragraph) => [paragraph, '']),
    '## Governance',
    '',
    ...governance.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');
}

// Each slot is chosen once per paragraph, so "the {committee}" names the same committee throughout.
function fill(template: string, random: SeededRandom): string {
  const slots: Record<string, () => string> = {
    framework: () => random.pick(T.FRAMEWORKS),
    element: () => random.pick(T.PROGRAM_ELEMENTS),
    element2: () => random.pick(T.PROGRAM_ELEMENTS),
    element3: () => random.pick(T.PROGRAM_ELEMENTS),
    cadence: () => random.pick(T.CADENCES),
    committee: () => random.pick(T.COMMITTEES),
    officer: () => random.pick(T.OFFICERS),
    vendor: () => random.pick(T.VENDORS),
    team: () => String(random.int(6, 60)),
    years: () => String(random.int(10, 30)),
  };
  const chosen = new Map<string, string>();
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!chosen.has(name)) chosen.set(name, slots[name]?.() ?? whole);
    return chosen.get(name) ?? whole;
  });
}
