import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfig } from '../config/config.ts';
import type { Doc } from '../doc/doc.ts';
import type { Entity, Mention } from '../doc/types.ts';
import { nlpStage } from '../nlp/stage.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { actorsStageWith } from './stage.ts';

// Tests run the rules and dictionaries alone, so they do not change when the tagger's model does.
const rulesOnly = actorsStageWith({ tagger: null });

/** Runs the article, nlp and actors stages over text written for a test. */
export function analyse(text: string, date: string | null = '2025-06-01', actorFiles: string[] = []): Doc {
  const p = createPipeline(buildConfig({ actorFiles }), [nlpStage, rulesOnly]);
  return p.analyze({ id: 't', text, date } as never);
}

/** The entities whose text is `surface`, in order. */
export const ents = (doc: Doc, surface: string): Entity[] => doc.get('entities').filter((e) => doc.slice(e) === surface);
export const ent = (doc: Doc, surface: string, nth = 0): Entity => {
  const e = ents(doc, surface)[nth];
  if (!e) throw new Error(`no entity "${surface}" in: ${doc.get('entities').map((x) => doc.slice(x)).join(', ')}`);
  return e;
};
export const mention = (doc: Doc, surface: string, nth = 0): Mention => {
  const m = doc.get('mentions').filter((x) => doc.slice(x) === surface)[nth];
  if (!m) throw new Error(`no mention "${surface}" in: ${doc.get('mentions').map((x) => doc.slice(x)).join(', ')}`);
  return m;
};

/** Writes a file into a fresh temporary folder and returns its path. */
export function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
