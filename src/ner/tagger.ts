import { fileURLToPath } from 'node:url';
import type { Doc } from '../doc/doc.ts';
import { harmonise } from './consistency.ts';
import { withoutDateWords } from './dates.ts';
import { createUnitTagger } from './engine.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { loadModel, type NerModel } from './model.ts';
import { NAME_TYPES } from './tags.ts';
import { unitsOf } from './units.ts';

export type NameType = 'PERSON' | 'ORG' | 'LOC' | 'NORP' | 'MISC';

/** A name found by the tagger: offsets into doc.text, end exclusive. */
export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
  /** Lowest margin over the span's units between the chosen tag and the best other tag, squashed to 0..1. */
  score?: number;
}

export const DEFAULT_MODEL = fileURLToPath(new URL('../../data/ner/model.txt', import.meta.url));
export const DEFAULT_GAZETTEER = fileURLToPath(new URL('../../data/ner/gazetteer.txt', import.meta.url));

export interface TaggerOptions {
  model?: NerModel;
  gazetteer?: Gazetteer;
  modelPath?: string;
  gazetteerPath?: string;
  /** Beam width of the decoder, in score units (default: the model's header, else DEFAULT_BEAM). */
  beam?: number;
  /** Make repeated names agree within the article (consistency.ts); on by default. */
  harmonise?: boolean;
}

const OUTPUT: readonly NameType[] = NAME_TYPES;

/**
 * The statistical name tagger: loads the model and gazetteer once, then returns a function that finds
 * PERSON, ORG, LOC, NORP and MISC names in a doc's sentences (the nlp stage's `sentences` and `tokens`).
 */
export function createNameTagger(opts: TaggerOptions = {}): (doc: Doc) => NameSpan[] {
  const model = opts.model ?? loadModel(opts.modelPath ?? DEFAULT_MODEL);
  const gaz = opts.gazetteer ?? loadGazetteer(opts.gazetteerPath ?? DEFAULT_GAZETTEER);
  const tagUnits = createUnitTagger(model, gaz, opts.beam);
  const agree = opts.harmonise ?? true;
  return (doc) => {
    const u = unitsOf(doc);
    const out: NameSpan[] = [];
    // Date words go before harmonising, so that a "Friday" read as a name is not spread to the others.
    const spans = withoutDateWords(u, tagUnits(u));
    for (const [a, b, type, margin] of agree ? withoutDateWords(u, harmonise(u, spans)) : spans) {
      const t = OUTPUT[type];
      if (!t) continue;
      out.push({ start: u.start[a], end: u.end[b - 1], type: t, score: Math.round(1000 / (1 + Math.exp(-margin))) / 1000 });
    }
    return out;
  };
}
