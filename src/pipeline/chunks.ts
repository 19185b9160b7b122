// A huge article is analysed in chunks of whole blocks, each about CHUNK_CHARS of body, and the
// chunks' layers are joined into the one Doc. Some stages compare every name with every other in an
// article (actors merged 4 MB of text in 42 s, 2 MB in 5 s): over a bounded chunk their cost is
// bounded, so the whole is linear in the text. A news article (a few thousand characters, the longest
// about 60,000) is one chunk and analysed exactly as before; in a huge one, a pronoun does not reach
// back to a name in an earlier chunk.
//
// Each chunk is a Doc with the same text and the same block list, in which the blocks outside the
// chunk are empty (start = end): every offset of every layer is already an offset into the one text,
// and only the indices between layers (tokens, entities, quotes) are shifted when joined.
import { Doc } from '../doc/doc.ts';
import type { Block, Layers } from '../doc/types.ts';

export const CHUNK_CHARS = 100_000;

/** [from, to) block ranges of about `size` body characters each; one range when the doc is smaller. */
export function chunkRanges(blocks: readonly Block[], size = CHUNK_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let body = 0;
  blocks.forEach((b, i) => {
    if (b.role === 'body') body += b.end - b.start;
    if (body >= size && i + 1 < blocks.length) {
      out.push([from, i + 1]);
      from = i + 1;
      body = 0;
    }
  });
  out.push([from, blocks.length]);
  // a last chunk with no body joins the one before it
  if (out.length > 1 && !blocks.slice(out[out.length - 1][0]).some((b) => b.role === 'body')) out[out.length - 2][1] = out.pop()![1];
  return out;
}

/** The doc as one chunk sees it: the blocks outside [from, to) empty, the article stage's other layers as they are. */
export function chunkOf(doc: Doc, from: number, to: number): Doc {
  const part = new Doc({ id: doc.id, text: doc.text, kind: doc.kind, date: doc.recordDate, meta: doc.meta });
  part.meta = doc.meta;
  for (const [name, layer] of Object.entries(doc.layers)) (part.layers as Record<string, unknown>)[name] = layer;
  part.layers.blocks = doc.get('blocks').map((b, i) => (i >= from && i < to ? b : { ...b, end: b.start }));
  return part;
}

/** Joins the layers the stages wrote in each chunk into `doc`, in chunk order, shifting the indices between layers. */
export function joinChunks(doc: Doc, parts: Doc[], written: readonly string[]): void {
  const joined: Partial<Record<keyof Layers, unknown[]>> = {};
  const base = { tokens: 0, entities: 0, quotes: 0 };
  for (const part of parts) {
    const L = part.layers;
    for (const name of written) {
      if (name === 'text' || name === 'meta' || name === 'blocks') continue;
      const layer = (L as Record<string, unknown[] | undefined>)[name];
      if (!Array.isArray(layer)) continue;
      const list = (joined[name as keyof Layers] ??= []);
      for (const x of layer) list.push(shifted(name, x, base));
    }
    base.tokens += L.tokens?.length ?? 0;
    base.entities += L.entities?.length ?? 0;
    base.quotes += L.quotes?.length ?? 0;
  }
  for (const [name, list] of Object.entries(joined)) (doc.layers as Record<string, unknown>)[name] = list;
}

/** One item of a chunk's layer with its indices into other layers moved past the earlier chunks'. */
function shifted(layer: string, x: any, base: { tokens: number; entities: number; quotes: number }): unknown {
  switch (layer) {
    case 'sentences':
      return { ...x, tokenStart: x.tokenStart + base.tokens, tokenEnd: x.tokenEnd + base.tokens };
    case 'deps':
      return x.head >= 0 ? { ...x, head: x.head + base.tokens } : x;
    case 'mentions':
      return x.antecedent != null ? { ...x, antecedent: x.antecedent + base.entities } : x;
    case 'events':
      return x.quoteIndex != null ? { ...x, quoteIndex: x.quoteIndex + base.quotes } : x;
    default:
      return x;
  }
}
