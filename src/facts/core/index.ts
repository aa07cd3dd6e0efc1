// Facts about the document as a whole: its form, its item heading, whether it is a disclosure at all, drafting leftovers.
import type { Fact } from '../fact.js';
import { documentApplicable } from './document-applicable.js';
import { documentAssetBackedIssuer } from './document-asset-backed-issuer.js';
import { documentForm } from './document-form.js';
import { documentHasTextBlocks } from './document-has-text-blocks.js';
import { documentItemHeading } from './document-item-heading.js';
import { documentItemHeadingPresent } from './document-item-heading-present.js';
import { documentOmitted } from './document-omitted.js';
import { sentences } from './sentences.js';
import { text } from './text.js';
import { textPlaceholders } from './text-placeholders.js';

export const CORE_FACTS: readonly Fact[] = [
  documentForm,
  documentHasTextBlocks,
  documentItemHeading,
  documentItemHeadingPresent,
  documentOmitted,
  documentAssetBackedIssuer,
  documentApplicable,
  textPlaceholders,
  text,
  sentences,
] as Fact[];
