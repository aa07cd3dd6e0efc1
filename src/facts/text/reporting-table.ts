// Tables of who reports to whom ("Who reports | To whom | How often | Main content"): the header holds the verb, so each row
// is a report without one.
import type { ItemSentence } from './item-sentences.js';
import { containsTerm } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import type { Lexicons } from './lexicons.js';
import { testFolded } from './case-folded-pattern.js';

// The parsers join a row's cells with this.
const CELL_SEPARATOR = ' | ';
// The header cell of the column that names who is told: "To whom", "Reports to", "Recipient", "Audience".
const RECIPIENT_HEADER = /(?<![\p{L}])(?:to|recipients?|audience)(?![\p{L}])/iu;

export interface Cell {
  start: number;
  end: number;
}

/** Whether the sentence is a row of a table whose header names reporting ("Who reports | To whom"). */
export function isReportingTableRow(item: ItemSentence, lexicons: Lexicons): boolean {
  return item.tableHeader !== undefined && containsTerm(item.tableHeader.text, lexiconOf(lexicons, 'informing-verbs'));
}

/**
 * The cell of a reporting table's row that holds who is told, when the header names that column; else undefined. Only
 * for a row read as one sentence: the cells of a row cut into several sentences cannot be told apart.
 */
export function recipientCell(item: ItemSentence, lexicons: Lexicons): Cell | undefined {
  const header = item.tableHeader?.text;
  if (header === undefined || item.previous || !isReportingTableRow(item, lexicons)) return undefined;
  const column = cellsOf(header).findIndex((cell) => testFolded(RECIPIENT_HEADER, header.slice(cell.start, cell.end)));
  return column < 0 ? undefined : cellsOf(item.text)[column];
}

function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (let at = text.indexOf(CELL_SEPARATOR); at >= 0; at = text.indexOf(CELL_SEPARATOR, start)) {
    cells.push({ start, end: at });
    start = at + CELL_SEPARATOR.length;
  }
  cells.push({ start, end: text.length });
  return cells;
}
