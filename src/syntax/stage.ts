import type { Stage } from '../pipeline/stage.ts';
import { loadModel, type SyntaxModel } from './model-file.ts';
import { parseTokens } from './parse-tokens.ts';

let shared: SyntaxModel | null = null;

/** The bundled parser, loaded once per process (one read of data/syntax/model.bin). */
export function bundledModel(): SyntaxModel {
  shared ??= loadModel();
  return shared;
}

/**
 * A labelled dependency tree of every sentence, in Universal Dependencies relations, on dyad's own
 * tokens, with the syntax stage's own UPOS tags (wink's stay on the tokens): the deps layer, one entry per token.
 */
export const syntaxStage: Stage = {
  name: 'syntax',
  version: '1',
  reads: ['sentences', 'tokens'],
  writes: ['deps'],
  create() {
    const model = bundledModel();
    return (doc) => doc.set('deps', parseTokens(model, doc.get('tokens'), doc.get('sentences')));
  },
};
