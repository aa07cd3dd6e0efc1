// The one structured model every input format is parsed into; facts read only this.

export type InputFormat = 'markdown' | 'text' | 'json' | 'xbrl-render';
export type FormType = '10-K' | '10-K/A' | '20-F' | '20-F/A';
export type FilerStatus = 'large-accelerated' | 'accelerated' | 'non-accelerated' | 'smaller-reporting';

/** 1-based line and column (in UTF-16 code units, as editors count), 0-based offset into the source text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

export const FLAG_NAMES = [
  'processesIntegrated',
  'thirdPartyEngaged',
  'serviceProviderOversight',
  'materiallyAffected',
  'positionsResponsible',
  'reportsToBoard',
] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

export const TEXT_BLOCK_NAMES = [
  'riskManagementProcesses',
  'processesIntegrated',
  'materiallyAffected',
  'boardOversight',
  'boardCommittee',
  'boardInformingProcess',
  'roleOfManagement',
  'positionsResponsible',
  'managementExpertise',
  'managementInformingProcess',
] as const;
export type TextBlockName = (typeof TEXT_BLOCK_NAMES)[number];

export type SectionKind = 'item' | 'risk-management' | 'governance' | 'other';

export interface Section {
  index: number;
  kind: SectionKind;
  title: string;
  /** 1 for the item heading, deeper numbers for sub-headings; inferred headings use 2 unless they are item headings. */
  depth: number;
  span: Span;
  /** Index of the enclosing section, if any. */
  parent?: number;
}

export type BlockKind = 'paragraph' | 'list-item' | 'table-row';

export interface Sentence {
  text: string;
  span: Span;
  /** Index into Disclosure.paragraphs. */
  paragraph: number;
}

export interface Paragraph {
  index: number;
  kind: BlockKind;
  text: string;
  span: Span;
  /** Index into Disclosure.sections of the section the paragraph sits in; undefined before the first heading. */
  section?: number;
  /** The cyd text block this paragraph came from, for inputs that name text blocks. */
  textBlock?: TextBlockName;
  sentences: Sentence[];
}

export interface FlagValue {
  value: boolean;
  span: Span;
}

export interface TextBlock {
  text: string;
  span: Span;
}

export interface DisclosureMeta {
  form?: FormType;
  /** Where the form came from: explicit metadata, the item heading, the file name or the items the text cites, or the 10-K default. */
  formSource?: 'metadata' | 'heading' | 'content' | 'default';
  company?: string;
  fiscalYearEnd?: string;
  filerStatus?: FilerStatus;
}

export interface Disclosure {
  source: { path: string; format: InputFormat; text: string };
  meta: DisclosureMeta;
  flags: Partial<Record<FlagName, FlagValue>>;
  sections: Section[];
  textBlocks: Partial<Record<TextBlockName, TextBlock>>;
  paragraphs: Paragraph[];
  /** HTML comments (Markdown only). */
  comments: Comment[];
}

/** HTML comments in Markdown: not prose, but they carry suppressions and reviewer notes. */
export interface Comment {
  text: string;
  span: Span;
}
