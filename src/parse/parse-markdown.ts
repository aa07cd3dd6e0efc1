// Markdown drafts: headings, paragraphs, lists, tables, YAML front matter, and heading lines pasted as paragraphs.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Disclosure } from '../model/disclosure.js';
import { DisclosureBuilder, type TextPiece } from './disclosure-builder.js';
import { isHeadingLine } from './classify-heading.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';

const commonMark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const withTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
// GFM is only needed for tables (its autolinks, footnotes and strikethrough change no prose), and it triples the
// parse time, so it runs only on drafts with a table delimiter row.
const TABLE_DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^ {0,3}\|\s*:?-+:?\s*\|?\s*$/m;

export function parseMarkdown(path: string, text: string): Disclosure {
  const builder = new DisclosureBuilder(path, 'markdown', text);
  const tree = (hasTable(text) ? withTables : commonMark).parse(text) as Root;
  let frontMatter: FrontMatter = { meta: {}, flags: [] };
  for (const node of tree.children) {
    if (node.type === 'yaml') frontMatter = readYaml(path, text, node, builder);
    else visitBlock(node, builder);
  }
  for (const flag of frontMatter.flags) builder.setFlag(flag.name, flag.value, flag.start, flag.end);
  return builder.build(frontMatter.meta);
}

// Every delimiter row has a pipe; most drafts have none, and looking for one is far cheaper than the pattern.
function hasTable(text: string): boolean {
  return text.includes('|') && TABLE_DELIMITER_ROW.test(text);
}

function readYaml(path: string, text: string, node: RootContent & { value: string }, builder: DisclosureBuilder): FrontMatter {
  const blockStart = node.position?.start.offset ?? 0;
  // The YAML starts on the line after the opening `---`.
  const contentStart = text.indexOf('\n', blockStart) + 1;
  const parsed = readFrontMatter(path, node.value, contentStart, builder.lines);
  return {
    meta: parsed.meta,
    flags: parsed.flags.map((flag) => ({ ...flag, start: flag.start + contentStart, end: flag.end + contentStart })),
  };
}

function visitBlock(node: RootContent, builder: DisclosureBuilder): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  switch (node.type) {
    case 'heading': {
      // The span covers the heading's words, not the `#` marks, so evidence quotes what a reader sees.
      const first = node.children[0]?.position?.start.offset ?? start;
      const last = node.children[node.children.length - 1]?.position?.end.offset ?? end;
      builder.addHeading(plainText(node), first, last, node.depth);
      return;
    }
    case 'paragraph':
      addParagraph(node, builder, start, end);
      return;
    case 'list':
      for (const item of node.children) for (const child of item.children) visitListChild(child, builder);
      return;
    case 'table':
      for (const row of node.children) builder.addBlock('table-row', joinCells(row.children.map((cell) => inlinePieces(cell, builder.text))));
      return;
    case 'blockquote':
      for (const child of node.children) visitBlock(child, builder);
      return;
    case 'html':
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) builder.addComment(node.value, start, end);
      return;
    default:
      // Code, thematic breaks and definitions are not disclosure prose.
      return;
  }
}

function visitListChild(node: RootContent, builder: DisclosureBuilder): void {
  if (node.type === 'paragraph') builder.addBlock('list-item', inlinePieces(node, builder.text));
  else visitBlock(node, builder);
}

// Text pasted from a word processor loses heading styles: a one-line paragraph that reads as a heading is one.
function addParagraph(node: Parent, builder: DisclosureBuilder, start: number, end: number): void {
  const pieces = inlinePieces(node, builder.text);
  const text = pieces.map((piece) => piece.text).join('');
  if (!text.includes('\n') && isHeadingLine(text)) builder.addHeading(text, start, end);
  else builder.addBlock('paragraph', pieces);
}

function inlinePieces(node: Parent, source: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const child of node.children as PhrasingContent[]) {
    const start = child.position?.start.offset ?? 0;
    const end = child.position?.end.offset ?? start;
    if (child.type === 'text') pieces.push(alignedPiece(child.value, source, start, end));
    else if (child.type === 'inlineCode') pieces.push(alignedPiece(child.value, source, start, end));
    else if (child.type === 'break') pieces.push({ text: ' ', sourceStart: start });
    else if ('children' in child) pieces.push(...inlinePieces(child as Parent, source));
  }
  return pieces;
}

// Escapes and entities make a text node's value differ from its source; align character by character then.
function alignedPiece(value: string, source: string, start: number, end: number): TextPiece {
  if (source.slice(start, end) === value) return { text: value, sourceStart: start };
  const offsets: number[] = [];
  let cursor = start;
  for (const ch of value) {
    let found = cursor;
    while (found < end && source[found] !== ch) found++;
    if (found < end) cursor = found;
    for (let unit = 0; unit < ch.length; unit++) offsets.push(cursor + unit);
    cursor = Math.min(cursor + ch.length, end);
  }
  return { text: value, sourceStart: start, offsets };
}

function joinCells(cells: TextPiece[][]): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const cell of cells.filter((c) => c.some((piece) => piece.text.trim() !== ''))) {
    const first = cell[0];
    if (pieces.length > 0 && first) pieces.push({ text: ' | ', sourceStart: Math.max(0, first.sourceStart - 1) });
    pieces.push(...cell);
  }
  return pieces;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
