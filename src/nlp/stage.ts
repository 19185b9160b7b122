import type { Sentence, Token } from '../doc/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { joinQuotedSentences } from './quote-balance.ts';
import { tokenizeParagraphs } from './tokenize.ts';

/**
 * Sentences and tokens of the body paragraphs, read by wink in one document; a sentence ends at the end
 * of its paragraph (wink does not end one at a newline), and a quotation split over sentences is joined
 * back.
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
      const body: number[] = [];
      const blocks = doc.get('blocks');
      blocks.forEach((b, block) => {
        if (b.role === 'body') body.push(block);
      });
      const raw = tokenizeParagraphs(doc.text, body.map((k) => blocks[k]), tokens);
      raw.forEach((r, k) => {
        for (const s of joinQuotedSentences(doc.text, r)) sentences.push({ start: s.start, end: s.end, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, block: body[k] });
      });
      doc.set('tokens', tokens);
      doc.set('sentences', sentences);
    };
  },
};
