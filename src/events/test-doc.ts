// Test helper: a Doc run through the text article and nlp stages, with entities placed by hand, the way
// the actors stage would place them. Used by the events tests only.
import { Doc } from '../doc/doc.ts';
import type { ActorRef, Entity, EntityType, Mention, Quote } from '../doc/types.ts';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { nlpStage } from '../nlp/stage.ts';

const pipeline = createPipeline(buildConfig({}), [nlpStage]);

export interface HandActor {
  /** The words of the mention; every occurrence is marked. */
  text: string;
  country: string | null;
  sector?: string | null;
  id?: string;
  type?: EntityType;
  /** A mention (pronoun or nominal) instead of an entity. */
  kind?: 'pronoun' | 'nominal';
}

export function handDoc(text: string, actors: HandActor[], quotes: (doc: Doc) => Quote[] = () => []): Doc {
  const doc = pipeline.analyze({ id: 't', text });
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const a of actors) {
    // a place with a country stands for its state, keyed by its code as in the bundled dictionary
    const place = (a.type ?? 'LOC') === 'LOC' && !a.kind && !a.sector && a.country;
    const actor: ActorRef = { id: a.id ?? (place ? a.country : a.text.toLowerCase().replace(/\W+/g, '-')), name: a.text, country: a.country, sector: a.sector ?? null };
    for (let i = doc.text.indexOf(a.text); i >= 0; i = doc.text.indexOf(a.text, i + 1)) {
      const after = doc.text[i + a.text.length];
      const before = doc.text[i - 1];
      if ((after && /\w/.test(after)) || (before && /\w/.test(before))) continue;
      const span = { start: i, end: i + a.text.length };
      if (a.kind) mentions.push({ ...span, kind: a.kind, actor, antecedent: null });
      else entities.push({ ...span, type: a.type ?? 'LOC', actor, how: 'dictionary' });
    }
  }
  doc.set('entities', entities.sort((x, y) => x.start - y.start));
  doc.set('mentions', mentions.sort((x, y) => x.start - y.start));
  doc.set('quotes', quotes(doc));
  return doc;
}
