// The output formats' names, apart from the formatters, so the command line can check a --format without loading them.
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];
