// Per-document time of each pipeline stage, in process: read, parse, facts, engine (with results), format.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { computeFacts } from '../facts/compute-facts.js';
import { loadBuiltinLexicons } from '../facts/text/lexicons.js';
import { buildResults } from '../engine/build-results.js';
import { loadBuiltinRules } from '../engine/load-rules.js';
import { RuleEngine } from '../engine/rule-engine.js';
import { parseSource } from '../parse/parse-source.js';
import { readSource } from '../parse/read-source.js';
import { makeReport } from '../lint.js';
import { formatJson } from '../report/format-json.js';
import { summarize } from '../report/summarize.js';
import { median } from './measure.js';

export interface StageTimes {
  read: number;
  parse: number;
  facts: number;
  engine: number;
  format: number;
  /** remark-parse alone on the same text: the yardstick for "our analysis". */
  remarkParse: number;
}

export async function stageTimes(files: readonly string[], passes: number): Promise<StageTimes> {
  const lexicons = loadBuiltinLexicons();
  const engine = new RuleEngine(loadBuiltinRules(), { lexicons });
  const remark = unified().use(remarkParse);
  const perPass: StageTimes[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const total: StageTimes = { read: 0, parse: 0, facts: 0, engine: 0, format: 0, remarkParse: 0 };
    for (const file of files) {
      let t = performance.now();
      const text = readSource(file);
      total.read += performance.now() - t;
      t = performance.now();
      remark.parse(text);
      total.remarkParse += performance.now() - t;
      t = performance.now();
      const model = parseSource(file, text);
      total.parse += performance.now() - t;
      t = performance.now();
      const facts = computeFacts(model, lexicons);
      total.facts += performance.now() - t;
      t = performance.now();
      const values = Object.fromEntries(Object.entries(facts).map(([id, result]) => [id, result.value]));
      const results = buildResults(engine.evaluate(values), model, facts, { lexicons });
      total.engine += performance.now() - t;
      t = performance.now();
      formatJson(makeReport([{ path: file, format: model.source.format, form: model.meta.form ?? null, results, summary: summarize(results) }]));
      total.format += performance.now() - t;
    }
    perPass.push(perDocument(total, files.length));
  }
  const keys = Object.keys(perPass[0] ?? {}) as Array<keyof StageTimes>;
  return Object.fromEntries(keys.map((key) => [key, median(perPass.map((times) => times[key]))])) as unknown as StageTimes;
}

function perDocument(total: StageTimes, count: number): StageTimes {
  const keys = Object.keys(total) as Array<keyof StageTimes>;
  return Object.fromEntries(keys.map((key) => [key, total[key] / count])) as unknown as StageTimes;
}
