import type { Sentence, Token } from '../doc/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { joinQuotedSentences } from './quote-balance.ts';
import { tokenizeParagraph } from './tokenize.ts';

/**
 * Sentences and tokens of the body paragraphs. Each paragraph is read on its own, since wink does not
 * end a sentence at a newline, and a quotation split over sentences is joined back.
 */
export const nlpStage: Stage = {
  name: 'nlp',
  version: '1',
  reads: ['blocks'],
  writes: ['sentences', 'tokens'],
  create() {
    return (doc) => {
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      doc.get('blocks').forEach((b, block) => {
        if (b.role !== 'body') return;
        const raw = tokenizeParagraph(doc.text, b.start, b.end, tokens);
        for (const s of joinQuotedSentences(doc.text, raw)) sentences.push({ ...s, block });
      });
      doc.set('tokens', tokens);
      doc.set('sentences', sentences);
    };
  },
};
