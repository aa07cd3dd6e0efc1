// The runner's file protocol: step outputs go to GITHUB_OUTPUT, the job summary to GITHUB_STEP_SUMMARY.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

/** Appends `name<<delimiter` blocks, which carry any value (newlines included) without an escaping scheme. */
export function setOutputs(outputFile: string | undefined, outputs: Readonly<Record<string, string | number>>): void {
  if (!outputFile) return;
  const text = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    return `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`;
  }).join('');
  appendFileSync(outputFile, text);
}

export function appendSummary(summaryFile: string | undefined, markdown: string): void {
  if (summaryFile) appendFileSync(summaryFile, markdown);
}
