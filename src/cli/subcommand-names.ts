// The subcommands' names, apart from the subcommands themselves, so a lint can tell it is not one without loading them.
const SUBCOMMANDS = ['facts', 'rules', 'init'];

/** Whether the first argument names a subcommand (a draft called "facts" can be linted as ./facts). */
export function isSubcommand(first: string | undefined): boolean {
  return first !== undefined && SUBCOMMANDS.includes(first);
}
