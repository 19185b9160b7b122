import { syntaxStage } from '../syntax/stage.ts';
import { buildConfig } from '../config/config.ts';
import type { Doc } from '../doc/doc.ts';
import type { Quote } from '../doc/types.ts';
import { actorsStageWith } from '../actors/stage.ts';
import { nlpStage } from '../nlp/stage.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { quotesStage } from './stage.ts';

// Tests run the actors stage on its rules and dictionaries alone, so they do not move with the tagger.
const pipeline = createPipeline(buildConfig({}), [nlpStage, syntaxStage, actorsStageWith({ tagger: null }), quotesStage]);

/** Runs the pipeline through quotes over an article written for a test (first line: its title). */
export function analyse(body: string, title = 'A test report on talks'): Doc {
  return pipeline.analyze({ id: 't', text: `${title}\n${body}`, date: '2025-06-01' } as never);
}

export interface Seen {
  kind: Quote['kind'];
  text: string;
  cue: string | null;
  speaker: string | null;
  actor: string | null;
  addressee: string | null;
}

/** The quotes of a doc as text, for readable assertions. */
export function seen(doc: Doc): Seen[] {
  return doc.get('quotes').map((q) => ({
    kind: q.kind,
    text: doc.slice(q),
    cue: q.cue ? doc.slice(q.cue) : null,
    speaker: q.speaker ? doc.slice(q.speaker) : null,
    actor: q.speakerActor?.name ?? null,
    addressee: q.addressee ? doc.slice(q.addressee) : null,
  }));
}

/** The one quote whose text contains `part`. */
export function quoteWith(doc: Doc, part: string): Seen {
  const all = seen(doc);
  const hits = all.filter((q) => q.text.includes(part));
  if (hits.length !== 1) throw new Error(`${hits.length} quotes hold "${part}": ${JSON.stringify(all, null, 1)}`);
  return hits[0];
}
