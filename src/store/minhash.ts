// MinHash over word shingles, for spotting syndicated copies of one wire story. 128 hashes in 16
// bands of 8 rows: two articles share a band (and become candidates) with probability about 0.5 at
// Jaccard 0.7 and 0.99 at 0.85; candidates are then checked on the full signature.

export const HASHES = 128;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;
/** Estimated Jaccard similarity at or above which two articles are one story. */
export const COPY_THRESHOLD = 0.7;

/**
 * Two near-identical texts are copies of one story only when their dates are this close (days): a
 * wire story runs in many outlets within days, but the same text a month later is a re-publication,
 * a new article with its own events.
 */
export const COPY_WINDOW_DAYS = 7;

/** Whether two article days are within `days` of each other (an unknown day is within any window). */
export function withinWindow(a: string | null, b: string | null, days: number): boolean {
  if (!a || !b) return true;
  const ms = Math.abs(Date.parse(a.slice(0, 10) + 'T00:00:00Z') - Date.parse(b.slice(0, 10) + 'T00:00:00Z'));
  return !(ms > days * 86_400_000);
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The MinHash signature of a text's word 5-shingles (lower-cased, letters and digits only). */
export function minhash(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return Array.from(sig);
}

/** One integer per band (band index folded in), for an index lookup. */
export function bands(sig: number[]): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(Math.imul(h, 0x01000193) ^ sig[b * ROWS + r]);
    // 52 bits fit a JS number exactly and a SQLite integer: band index high, hash low.
    out.push(b * 2 ** 32 + (h >>> 0));
  }
  return out;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export const toBlob = (sig: number[]) => Buffer.from(Uint32Array.from(sig).buffer);
export const fromBlob = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
