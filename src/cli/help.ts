// The text of --help.
export const HELP = `Usage: disclosure-lint [options] <files | directories | globs | ->
       disclosure-lint facts <file> [--format table|json]
       disclosure-lint rules test <rule-folder...>
       disclosure-lint rules validate <rule-folder | rule.json | config...>
       disclosure-lint init [--force]

Lints draft SEC cybersecurity disclosures (Form 10-K Item 1C / Regulation S-K Item 106,
Form 20-F Item 16K) written in Markdown, plain text, JSON or the SEC XBRL viewer's render.

Options:
  -f, --format <name[:path]>  Output format: stylish (default), json, sarif, github
                              (workflow annotations), junit, markdown (job summary).
                              Repeat with name:path to write several formats in one run.
  -o, --output <file>         Write the (single) format to a file instead of standard output.
      --rule <id>             Run only this rule (repeatable).
  -q, --quiet                 Report errors only; warnings neither shown nor counted.
      --max-warnings <n>      Exit with 1 when there are more than n warnings.
      --stdin-filename <name> Name (and format, by extension) of the draft read from "-".
  -c, --config <file>         Use this configuration for every draft instead of the nearest
                              disclosure-lint.config.json above each draft.
      --print-config <file>   Print the configuration resolved for a draft and exit.
      --concurrency <n>       Threads that lint, the main one included: auto (default; one per core from 64
                              drafts up), off (main thread only), or a number.
      --color, --no-color     Force colours on or off (NO_COLOR is honoured).
  -h, --help                  Show this help.
  -v, --version               Show the version.

Directories are searched for .md, .markdown, .txt and .json drafts (README, CHANGELOG,
package and rule files are left out); quote globs so the shell does not expand them.

Commands: "facts" prints every fact with its evidence for a draft; "rules test" runs
custom rules on their pass*/fail*/skip* fixtures; "rules validate" checks rule and
configuration files; "init" writes a starter configuration, rule and workflow.
Each takes --help.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many
warnings, 2 usage, configuration, unreadable input or internal failure.
`;
