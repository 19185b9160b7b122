import { readTextArticle } from '../article/text-article.ts';
import type { Doc } from '../doc/doc.ts';
import { nlpStage } from '../nlp/stage.ts';
import { buildConfig } from '../config/config.ts';
import { NAME_TYPES, tagOf } from './tags.ts';
import type { Example } from './train.ts';
import { unitsOf } from './units.ts';

/** A gold record of the entities task: text and top-level spans [start, end, TYPE]. */
export interface GoldRecord {
  id: string;
  text: string;
  spans: [number, number, string][];
}

/** Reads a text record the way the pipeline does: text article stage, then the nlp stage. */
export function docOfText(id: string, text: string): Doc {
  const doc = readTextArticle({ id, text });
  nlpStage.create({ config: buildConfig() })(doc);
  return doc;
}

export interface ExampleStats {
  spans: number;
  used: number;
  /** Gold spans outside the tagged sentences (titles, headings, dropped blocks). */
  untagged: number;
  /** Gold spans whose ends do not fall on unit boundaries. */
  misaligned: number;
}

/** Turns a gold record into units with BILOU labels; spans of types the tagger does not learn stay O. */
export function exampleOf(rec: GoldRecord, stats: ExampleStats): Example {
  const doc = docOfText(rec.id, rec.text);
  const units = unitsOf(doc);
  const labels = new Int32Array(units.form.length);
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  const sentOf = new Int32Array(units.form.length);
  for (let s = 0; s < units.sentStart.length; s++) for (let i = units.sentStart[s]; i < units.sentEnd[s]; i++) sentOf[i] = s;
  units.start.forEach((s, i) => startAt.set(s, i));
  units.end.forEach((e, i) => endAt.set(e, i));
  for (const [s, e, type] of rec.spans) {
    const t = (NAME_TYPES as readonly string[]).indexOf(type);
    if (t < 0) continue;
    stats.spans++;
    const a = startAt.get(s);
    const b = endAt.get(e);
    if (a === undefined || b === undefined || b < a || sentOf[a] !== sentOf[b]) {
      if (units.start.some((us, i) => us < e && units.end[i] > s)) stats.misaligned++;
      else stats.untagged++;
      continue;
    }
    stats.used++;
    if (a === b) labels[a] = tagOf('U', t);
    else {
      labels[a] = tagOf('B', t);
      for (let i = a + 1; i < b; i++) labels[i] = tagOf('I', t);
      labels[b] = tagOf('L', t);
    }
  }
  return { units, labels };
}
