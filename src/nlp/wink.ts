import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/** The one wink-nlp instance of this process, loaded on first use (about 100 ms). */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
