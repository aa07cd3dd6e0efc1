// The environment variable that marks the build's warm-up run: the one run that writes the code cache (see run-bundle.ts).
export const WRITE_CODE_CACHE = 'DISCLOSURE_LINT_WRITE_CODE_CACHE';
