// Reads a draft from disk as text, refusing what is not a text draft (empty, binary, not UTF-8) with a located reason.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { InputError } from '../model/input-error.js';
import { LineIndex } from '../model/line-index.js';

// Synchronous on purpose: a draft is small and is parsed right after, and a promise-based read costs a file-handle
// round trip through the thread pool per draft (measurable on thousands of drafts) for no concurrency gained.
export function readSource(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileSystemError(path, error);
  }
  return decodeSource(path, bytes);
}

/** Where a draft's bytes came from, for messages that say what to do about them. */
export type DraftOrigin = 'file' | 'stdin';

const WORDING: Record<DraftOrigin, { subject: string; noDraft: string; reEncode: string }> = {
  file: {
    subject: 'The file',
    noDraft: 'Write the Item 1C draft into it, or leave it out of the files to lint.',
    reEncode: 'Re-save the draft with UTF-8 encoding (in most editors: Save As, Encoding: UTF-8).',
  },
  stdin: {
    subject: 'Standard input',
    noDraft: 'Pipe the Item 1C draft into the command, or name the files to lint instead of -.',
    reEncode: 'Convert the draft to UTF-8 before piping it (for example with iconv -t UTF-8).',
  },
};

export function decodeSource(path: string, bytes: Uint8Array, origin: DraftOrigin = 'file'): string {
  const { subject, noDraft, reEncode } = WORDING[origin];
  if (bytes.length === 0) throw new InputError(path, `${subject} is empty`, noDraft);
  if (bytes.includes(0)) throw new InputError(path, `${subject} is binary, not a text draft`, 'Save the draft as Markdown (.md), plain text (.txt) or JSON (.json); word-processor files (.docx, .pdf) cannot be read.');
  // isUtf8 is a native check, several times faster than a fatal TextDecoder on every draft.
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const prefix = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
    throw new InputError(path, `${subject} is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`, reEncode, new LineIndex(prefix).point(prefix.length));
  }
  // A leading byte order mark is dropped, so columns count from the first visible character.
  const decoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.trim() === '') throw new InputError(path, `${subject} holds only white space`, noDraft);
  return text;
}

// Where decoding broke, for the error location: the first byte that does not start or continue a UTF-8 sequence.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >> 5 === 6 ? 2 : lead >> 4 === 14 ? 3 : lead >> 3 === 30 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] ?? 0) >> 6 !== 2) return i;
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

function fileSystemError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(path, 'No such file', 'Check the path; globs are expanded relative to the current directory.');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(path, 'Permission denied', 'Give your user read access to the file (chmod +r) or lint a copy.');
  if (code === 'EISDIR') return new InputError(path, 'Is a directory', 'Pass the directory itself to lint every draft in it.');
  return new InputError(path, `Cannot read the file (${code ?? String(error)})`, 'Check that the file exists and is readable.');
}
