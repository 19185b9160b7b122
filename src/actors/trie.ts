import { isAllCaps, isCap } from './alias-tokens.ts';
import type { Surface } from './types.ts';

/** A node of the token trie: children by lower-case token, and the surfaces that end here. */
export interface TrieNode {
  next: Map<string, TrieNode> | null;
  surfaces: Surface[] | null;
}

const sameTokens = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
const node = (): TrieNode => ({ next: null, surfaces: null });

/** A trie over lower-cased tokens, so matching walks the tokens once with Map lookups. */
export class TokenTrie {
  readonly root: TrieNode = node();
  size = 0;
  /** First tokens of forms that start in lower case ("al-Qaeda"): only these are looked up when a token is not capitalised. */
  readonly lowerStarts = new Set<string>();

  add(s: Surface): void {
    let n = this.root;
    if (!isCap(s.tokens[0])) this.lowerStarts.add(s.tokens[0].toLowerCase());
    for (const t of s.tokens) {
      const k = t.toLowerCase();
      n.next ??= new Map();
      let c = n.next.get(k);
      if (!c) n.next.set(k, (c = node()));
      n = c;
    }
    n.surfaces ??= [];
    const same = n.surfaces.findIndex((x) => sameTokens(x.tokens, s.tokens));
    if (same >= 0) {
      // A form that two entries share goes to the better-ranked one (user over curated over derived).
      if (s.rank < n.surfaces[same].rank) n.surfaces[same] = s;
      return;
    }
    n.surfaces.push(s);
    this.size++;
  }

  /** Whether the text's tokens from `at` have the case the form asks for: "WHO" only as written, "Turkey" capitalised. */
  static surfaceFits(s: Surface, texts: string[], at: number): boolean {
    for (let i = 0; i < s.tokens.length; i++) {
      const a = s.tokens[i];
      const t = texts[at + i];
      // Acronyms and mixed-case forms ("WHO", "LeT", "AfDB") only as written.
      if (isAllCaps(a) || (a.length > 1 && /\p{Lu}/u.test(a.slice(1)) && /\p{Ll}/u.test(a))) {
        if (a !== t) return false;
      } else if (isCap(a) && !isCap(t)) return false;
    }
    return true;
  }

  /**
   * The longest match starting at token `at`: the end token (exclusive) and the surfaces that fit the
   * case of the text there. `norms` are lower-cased tokens, `texts` the tokens as written.
   */
  longest(norms: string[], texts: string[], at: number, limit: number): { end: number; surfaces: Surface[] } | null {
    let n: TrieNode | undefined = this.root;
    let best: { end: number; surfaces: Surface[] } | null = null;
    for (let i = at; i < limit && n?.next; i++) {
      n = n.next.get(norms[i]);
      if (!n) break;
      if (n.surfaces) {
        const fits = n.surfaces.filter((s) => TokenTrie.surfaceFits(s, texts, at));
        if (fits.length) best = { end: i + 1, surfaces: fits };
      }
    }
    return best;
  }
}

