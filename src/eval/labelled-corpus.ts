// Reads a labelled folder (LABELS.md format): the drafts to lint and, per draft, labels/NNN.json with the expected answers.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Label {
  value: boolean;
  evidence: string;
  why: string;
}

export interface LabelledFile {
  /** Absolute path of the draft. */
  path: string;
  name: string;
  applicable: boolean;
  labels: Record<string, Label>;
}

export interface LabelledCorpus {
  files: LabelledFile[];
  /** Drafts that were skipped, with the reason (no label file, unreadable label). */
  warnings: string[];
}

/** A folder that cannot be evaluated at all (missing, not a folder, no drafts, no labels). */
export class UnusableCorpusError extends Error {}

const DRAFT = /\.(?:txt|md|markdown|json)$/i;
const NUMBER = /^(\d+)/;

export function readLabelledCorpus(dir: string): LabelledCorpus {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UnusableCorpusError(`${dir} is not a folder. Pass a folder of drafts with a labels/ subfolder (see LABELS.md).`);
  const labelsDir = join(dir, 'labels');
  if (!existsSync(labelsDir)) throw new UnusableCorpusError(`${dir} has no labels/ folder. Each draft NNN-*.txt needs labels/NNN.json (see LABELS.md).`);
  const drafts = readdirSync(dir).filter((name) => DRAFT.test(name) && NUMBER.test(name)).sort();
  if (drafts.length === 0) throw new UnusableCorpusError(`${dir} holds no numbered drafts (NNN-name.txt, .md or .json).`);
  const files: LabelledFile[] = [];
  const warnings: string[] = [];
  for (const name of drafts) {
    const labelPath = join(labelsDir, `${NUMBER.exec(name)?.[1] ?? ''}.json`);
    if (!existsSync(labelPath)) {
      warnings.push(`${name}: no ${labelPath}; not evaluated`);
      continue;
    }
    try {
      files.push(toLabelledFile(join(dir, name), name, JSON.parse(readFileSync(labelPath, 'utf8')) as unknown));
    } catch (error) {
      warnings.push(`${name}: ${labelPath} is not a valid label file (${error instanceof Error ? error.message : String(error)}); not evaluated`);
    }
  }
  if (files.length === 0) throw new UnusableCorpusError(`${dir} has no draft with a readable label file.`);
  return { files, warnings };
}

function toLabelledFile(path: string, name: string, raw: unknown): LabelledFile {
  if (!raw || typeof raw !== 'object') throw new Error('not a JSON object');
  const record = raw as { applicable?: unknown; labels?: unknown };
  if (typeof record.applicable !== 'boolean') throw new Error('"applicable" must be true or false');
  if (!record.labels || typeof record.labels !== 'object') throw new Error('"labels" must be an object');
  const labels: Record<string, Label> = {};
  for (const [key, value] of Object.entries(record.labels as Record<string, unknown>)) {
    const label = value as Partial<Label> | null;
    if (!label || typeof label.value !== 'boolean') throw new Error(`labels["${key}"].value must be true or false`);
    labels[key] = { value: record.applicable && label.value, evidence: String(label.evidence ?? ''), why: String(label.why ?? '') };
  }
  return { path, name, applicable: record.applicable, labels };
}
