// What the lint pool and its workers say to each other; errors cross the thread boundary as plain data.
import type { LoadedRule } from '../engine/rule.js';
import type { Point } from '../model/disclosure.js';
import { InputError } from '../model/input-error.js';
import type { FileReport } from '../report/report.js';

export type WorkerRequest = { kind: 'file'; index: number; path: string } | { kind: 'done' };

export type SerializedError =
  | { kind: 'input'; file: string; problem: string; hint: string; at?: Point; pointer?: string }
  | { kind: 'other'; message: string; stack?: string };

export type WorkerReply =
  | { kind: 'file'; index: number; report: FileReport }
  | { kind: 'rules'; rules: LoadedRule[] }
  | { kind: 'error'; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof InputError) {
    return { kind: 'input', file: error.file, problem: error.problem, hint: error.hint, ...(error.at ? { at: error.at } : {}), ...(error.pointer !== undefined ? { pointer: error.pointer } : {}) };
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'input') return new InputError(error.file, error.problem, error.hint, error.at, error.pointer);
  return Object.assign(new Error(error.message), error.stack ? { stack: error.stack } : {});
}
