// Assembles a Disclosure from blocks that parsers find, mapping every sentence back to its source span.
import type {
  BlockKind, Disclosure, DisclosureMeta, FlagName, InputFormat, Paragraph, Section, SectionKind, TextBlockName,
} from '../model/disclosure.js';
import { LineIndex } from '../model/line-index.js';
import { splitSentences } from '../facts/text/split-sentences.js';
import { classifyHeading } from './classify-heading.js';
import { formNamedIn } from './form-named-in.js';

/** A run of prose and where each of its characters sits in the source. */
export interface TextPiece {
  text: string;
  /** Source offset of text[0]; characters map one to one unless `offsets` is given. */
  sourceStart: number;
  /** Per-character source offsets, for text that was unescaped (JSON strings, Markdown escapes). */
  offsets?: number[];
  /** Per-character source offsets just past each character (an escape such as `\"` ends after its last source character); defaults to offset + 1. */
  ends?: number[];
}

export class DisclosureBuilder {
  readonly lines: LineIndex;
  private readonly sections: Section[] = [];
  private readonly paragraphs: Paragraph[] = [];
  private readonly model: Disclosure;
  private headingForm: DisclosureMeta['form'];

  constructor(path: string, format: InputFormat, readonly text: string) {
    this.lines = new LineIndex(text);
    this.model = {
      source: { path, format, text },
      meta: {},
      flags: {},
      sections: this.sections,
      textBlocks: {},
      paragraphs: this.paragraphs,
      comments: [],
    };
  }

  /** Opens a section; `depth` is the heading level (1 = the item); `kind` overrides the kind read from the title (synthetic sections for cyd text blocks). */
  addHeading(title: string, start: number, end: number, depth?: number, kind?: SectionKind): Section {
    const info = kind ? { kind } : classifyHeading(title);
    if (info.form && !this.headingForm) this.headingForm = info.form;
    const level = depth ?? (info.kind === 'item' ? 1 : info.kind === 'other' ? 3 : 2);
    const parent = [...this.sections].reverse().find((section) => section.depth < level);
    const section: Section = {
      index: this.sections.length,
      kind: info.kind,
      title: title.trim(),
      depth: level,
      span: this.lines.span(start, end),
      ...(parent ? { parent: parent.index } : {}),
    };
    this.sections.push(section);
    return section;
  }

  addBlock(kind: BlockKind, pieces: TextPiece[], textBlock?: TextBlockName): Paragraph | undefined {
    const text = pieces.map((piece) => piece.text).join('');
    if (text.trim() === '') return undefined;
    const offsetAt = pieceOffsetMap(pieces);
    const endAt = pieceEndMap(pieces, offsetAt);
    const index = this.paragraphs.length;
    const first = firstNonSpace(text);
    const last = lastNonSpace(text);
    const paragraph: Paragraph = {
      index,
      kind,
      text,
      span: this.lines.span(offsetAt(first), endAt(last)),
      ...(this.sections.length > 0 ? { section: this.sections.length - 1 } : {}),
      ...(textBlock ? { textBlock } : {}),
      sentences: splitSentences(text).map((range) => ({
        text: text.slice(range.start, range.end),
        span: this.lines.span(offsetAt(range.start), endAt(range.end - 1)),
        paragraph: index,
      })),
    };
    this.paragraphs.push(paragraph);
    return paragraph;
  }

  setFlag(name: FlagName, value: boolean, start: number, end: number): void {
    this.model.flags[name] = { value, span: this.lines.span(start, end) };
  }

  setTextBlock(name: TextBlockName, text: string, start: number, end: number): void {
    this.model.textBlocks[name] = { text, span: this.lines.span(start, end) };
  }

  addComment(text: string, start: number, end: number): void {
    this.model.comments.push({ text, span: this.lines.span(start, end) });
  }

  /** The finished model; the form falls back from metadata to the item heading, to the form the file name or text names, to 10-K. */
  build(meta: DisclosureMeta = {}): Disclosure {
    const named = meta.form ?? this.headingForm ? undefined : formNamedIn(this.model.source.path, this.text);
    const form = meta.form ?? this.headingForm ?? named ?? '10-K';
    const formSource = meta.form ? 'metadata' : this.headingForm ? 'heading' : named ? 'content' : 'default';
    this.model.meta = { ...meta, form, formSource };
    return this.model;
  }
}

function pieceOffsetMap(pieces: TextPiece[]): (index: number) => number {
  return (index: number) => {
    let remaining = index;
    for (const piece of pieces) {
      if (remaining < piece.text.length) {
        return piece.offsets ? (piece.offsets[remaining] ?? piece.sourceStart) : piece.sourceStart + remaining;
      }
      remaining -= piece.text.length;
    }
    const last = pieces[pieces.length - 1];
    if (!last) return 0;
    return last.offsets ? (last.offsets[last.text.length - 1] ?? last.sourceStart) + 1 : last.sourceStart + last.text.length;
  };
}

// Where the character at `index` ends in the source: after the whole escape for unescaped text.
function pieceEndMap(pieces: TextPiece[], offsetAt: (index: number) => number): (index: number) => number {
  return (index: number) => {
    let remaining = index;
    for (const piece of pieces) {
      if (remaining < piece.text.length) return piece.ends?.[remaining] ?? offsetAt(index) + 1;
      remaining -= piece.text.length;
    }
    return offsetAt(index) + 1;
  };
}

function firstNonSpace(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}

function lastNonSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (!/\s/.test(text[i] as string)) return i;
  return 0;
}
