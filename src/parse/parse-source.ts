// Parses a draft's text with the parser its format calls for.
import type { Disclosure, InputFormat } from '../model/disclosure.js';
import { detectFormat } from './detect-format.js';
import { parseJson } from './parse-json.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseText } from './parse-text.js';
import { parseXbrlRender } from './parse-xbrl-render.js';

export function parseSource(path: string, text: string, format: InputFormat = detectFormat(path, text)): Disclosure {
  switch (format) {
    case 'markdown':
      return parseMarkdown(path, text);
    case 'json':
      return parseJson(path, text);
    case 'xbrl-render':
      return parseXbrlRender(path, text);
    case 'text':
      return parseText(path, text);
  }
}
