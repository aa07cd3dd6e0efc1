// A progress line on stderr for long runs in a terminal; never in CI logs or when stderr is piped.

// Short runs finish before a progress line would help.
const MIN_FILES = 300;
const REDRAW_MS = 100;

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function progressReporter(stream: ProgressStream, env: Record<string, string | undefined>, total: number): ((done: number) => void) | undefined {
  if (total < MIN_FILES || stream.isTTY !== true || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false')) return undefined;
  let last = 0;
  return (done: number) => {
    const now = Date.now();
    if (done < total && now - last < REDRAW_MS) return;
    last = now;
    stream.write(done < total ? `\rdisclosure-lint: ${done}/${total} drafts` : '\r\u001b[2K');
  };
}
