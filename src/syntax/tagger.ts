// A part-of-speech tagger for the parser: UPOS tags from an averaged perceptron, left to right, that
// reads wink's tag as one of its features. wink's own tags agree with UD English-EWT's on 88.8% of the
// dev words; the parser needs better, and dyad's other stages keep wink's.
import { mix, tagId, UPOS, wordId } from './encode.ts';
import { rng } from './train.ts';
import { TrainWeights, type Scorer } from './weights.ts';

export const MAX_TAG_FEATURES = 24;
export const TAGS = UPOS.filter((t) => t !== 'SPACE');

function shape(form: string): number {
  let s = '';
  for (const ch of form.slice(0, 6)) {
    const c = ch.charCodeAt(0);
    const k = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : ch;
    if (s[s.length - 1] !== k) s += k;
  }
  return wordId('#' + s + (form.length > 6 ? '+' : ''));
}

/** What the tagger reads of a sentence, computed once per sentence. */
export interface TagInput {
  n: number;
  words: Int32Array;
  lower: Int32Array;
  s1: Int32Array;
  s2: Int32Array;
  s3: Int32Array;
  p1: Int32Array;
  shapes: Int32Array;
  wink: Int32Array;
}

/** Each form's word ids, computed once per process (news repeats its words; 8 hashes a word otherwise). */
const FORM_IDS = new Map<string, Int32Array>();
const MAX_CACHED = 300_000;

function formIds(f: string): Int32Array {
  let ids = FORM_IDS.get(f);
  if (ids) return ids;
  const l = f.toLowerCase();
  ids = Int32Array.of(wordId('=' + f), wordId(l), wordId('~' + l.slice(-1)), wordId('~~' + l.slice(-2)), wordId('~~~' + l.slice(-3)), wordId('^' + f.slice(0, 1)), shape(f));
  if (FORM_IDS.size >= MAX_CACHED) FORM_IDS.clear();
  FORM_IDS.set(f, ids);
  return ids;
}

export function tagInput(forms: readonly string[], winkTags: readonly string[]): TagInput {
  const n = forms.length;
  const x: TagInput = { n, words: new Int32Array(n), lower: new Int32Array(n), s1: new Int32Array(n), s2: new Int32Array(n), s3: new Int32Array(n), p1: new Int32Array(n), shapes: new Int32Array(n), wink: new Int32Array(n) };
  for (let k = 0; k < n; k++) {
    const ids = formIds(forms[k]);
    x.words[k] = ids[0];
    x.lower[k] = ids[1];
    x.s1[k] = ids[2];
    x.s2[k] = ids[3];
    x.s3[k] = ids[4];
    x.p1[k] = ids[5];
    x.shapes[k] = ids[6];
    x.wink[k] = tagId(winkTags[k]);
  }
  return x;
}

/** A neighbour's value, or a marker for before (2) and after (3) the sentence. */
function around(n: number, a: Int32Array, j: number): number {
  return j < 0 ? 2 : j >= n ? 3 : a[j];
}

function features(x: TagInput, i: number, t1: number, t2: number, keys: Int32Array): number {
  const n = x.n;
  let k = 0;
  keys[k++] = mix(201, 0);
  keys[k++] = mix(202, x.words[i]);
  keys[k++] = mix(203, x.lower[i]);
  keys[k++] = mix(204, x.s1[i]);
  keys[k++] = mix(205, x.s2[i]);
  keys[k++] = mix(206, x.s3[i]);
  keys[k++] = mix(207, x.p1[i]);
  keys[k++] = mix(208, x.shapes[i]);
  keys[k++] = mix(209, x.wink[i]);
  keys[k++] = mix(210, x.wink[i], x.lower[i]);
  keys[k++] = mix(211, around(n, x.wink, i - 1), x.wink[i], around(n, x.wink, i + 1));
  keys[k++] = mix(212, around(n, x.lower, i - 1));
  keys[k++] = mix(213, around(n, x.lower, i + 1));
  keys[k++] = mix(214, around(n, x.lower, i - 2));
  keys[k++] = mix(215, around(n, x.lower, i + 2));
  keys[k++] = mix(216, around(n, x.s3, i + 1));
  keys[k++] = mix(217, around(n, x.s3, i - 1));
  keys[k++] = mix(218, t1);
  keys[k++] = mix(219, t1, t2);
  keys[k++] = mix(220, t1, x.lower[i]);
  keys[k++] = mix(221, around(n, x.lower, i + 1), x.lower[i]);
  keys[k++] = mix(222, around(n, x.wink, i + 1), x.s3[i]);
  keys[k++] = mix(223, t1, x.wink[i]);
  return k;
}

export class Tagger {
  private readonly keys = new Int32Array(MAX_TAG_FEATURES);
  private readonly scores = new Float32Array(TAGS.length);
  constructor(readonly weights: Scorer) {}

  /** Tags a sentence; `learn` (training) gets each word's features and returns the tag to go on with. */
  tag(x: TagInput, learn?: (i: number, keys: Int32Array, count: number, best: number) => number): string[] {
    const out: string[] = new Array(x.n);
    let t1 = 1;
    let t2 = 1;
    for (let i = 0; i < x.n; i++) {
      const k = features(x, i, t1, t2, this.keys);
      this.weights.score(this.keys, k, this.scores);
      let best = 0;
      for (let c = 1; c < TAGS.length; c++) if (this.scores[c] > this.scores[best]) best = c;
      if (learn) best = learn(i, this.keys, k, best);
      out[i] = TAGS[best];
      t2 = t1;
      t1 = best + 10;
    }
    return out;
  }
}

export interface TaggedSentence {
  forms: string[];
  wink: string[];
  gold: string[];
}

export function trainTagger(data: readonly TaggedSentence[], epochs: number, seed: number, prune: number, log?: (l: string) => void) {
  const w = new TrainWeights(TAGS.length);
  const tagger = new Tagger(w);
  const id = new Map<string, number>(TAGS.map((t, k) => [t, k]));
  const inputs = data.map((s) => tagInput(s.forms, s.wink));
  const order = inputs.map((_, k) => k);
  const r = rng(seed);
  for (let e = 0; e < epochs; e++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(r() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let right = 0;
    let all = 0;
    for (const s of order) {
      const gold = data[s].gold;
      tagger.tag(inputs[s], (i, keys, count, best) => {
        const g = id.get(gold[i]) ?? id.get('X')!;
        all++;
        if (g === best) right++;
        else w.update(keys, count, g, best);
        w.tick();
        return g;
      });
    }
    log?.(`tagger epoch ${e + 1}/${epochs}: ${((100 * right) / all).toFixed(2)}% right`);
  }
  return w.freeze(prune);
}
