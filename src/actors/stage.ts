import type { Stage } from '../pipeline/stage.ts';
import { analyzeActors } from './analyze.ts';
import { DATA_VERSION, loadDictionary } from './dictionary.ts';
import { loadNameTagger } from './ner-bridge.ts';

/**
 * Actors: names, nominals and pronouns, resolved to date-aware actors. The dictionaries (bundled and
 * the user's --actors files) load once in create(); the tagger, if there is one, too.
 */
export const actorsStage: Stage = {
  name: 'actors',
  version: '1',
  reads: ['blocks', 'sentences', 'tokens'],
  writes: ['entities', 'mentions'],
  create(ctx) {
    const dict = loadDictionary(ctx.config.actorFiles);
    const tagger = loadNameTagger();
    return (doc) => {
      const { entities, mentions } = analyzeActors(doc, dict, tagger);
      doc.set('entities', entities, `actors@1 data@${DATA_VERSION}`);
      doc.set('mentions', mentions, `actors@1 data@${DATA_VERSION}`);
    };
  },
};
