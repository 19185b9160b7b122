import type { Doc } from '../doc/doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import { analyzeActors } from './analyze.ts';
import { DATA_VERSION, loadDictionary } from './dictionary.ts';
import { loadNameTagger, type NameSpan } from './ner-bridge.ts';

type Tagger = (doc: Doc) => NameSpan[];
let sharedTagger: Tagger | null | undefined;

/**
 * The actors stage with a chosen name tagger: by default the statistical tagger of src/ner when it is
 * there (loaded once per process), or none (`tagger: null`, rules and dictionaries only).
 */
export function actorsStageWith(opts: { tagger?: Tagger | null } = {}): Stage {
  return {
    name: 'actors',
    version: '1',
    reads: ['blocks', 'sentences', 'tokens'],
    writes: ['entities', 'mentions'],
    create(ctx) {
      const dict = loadDictionary(ctx.config.actorFiles);
      const tagger = opts.tagger !== undefined ? opts.tagger : (sharedTagger === undefined ? (sharedTagger = loadNameTagger()) : sharedTagger);
      const by = `actors@1 data@${dict.version}${tagger ? ' +ner' : ''}`;
      return (doc) => {
        const { entities, mentions } = analyzeActors(doc, dict, tagger);
        doc.set('entities', entities, by);
        doc.set('mentions', mentions, by);
      };
    },
  };
}

/**
 * Actors: names, nominals and pronouns, resolved to date-aware actors. The dictionaries (bundled and
 * the user's --actors files) load once in create(); so does the name tagger, if there is one.
 */
export const actorsStage: Stage = actorsStageWith();
export { DATA_VERSION };
