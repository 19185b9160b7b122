// The bridge to the statistical name tagger (src/ner/), reached only through its createNameTagger().
// It is loaded if present, so the actors stage runs on its own rules when the tagger (or its model) is
// missing: the import is by path, at module load, and any failure leaves the rules alone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { moduleUrl } from '../doc/compiled.ts';
import type { Doc } from '../doc/doc.ts';

export interface NameSpan {
  start: number;
  end: number;
  type: string;
}
type Factory = () => (doc: Doc) => NameSpan[];

const url = moduleUrl('../ner/tagger', import.meta.url);
let factory: Factory | null = null;
if (existsSync(fileURLToPath(url))) {
  try {
    factory = ((await import(url.href)) as { createNameTagger?: Factory }).createNameTagger ?? null;
  } catch {
    factory = null;
  }
}

/** A ready name tagger, or null when there is none (no module, or no trained model yet). */
export function loadNameTagger(): ((doc: Doc) => NameSpan[]) | null {
  if (!factory) return null;
  try {
    return factory();
  } catch {
    return null;
  }
}
