import { readFileSync } from 'node:fs';

/**
 * Word lists used as tagger features: countries, demonyms, cities, regions, first names, titles and
 * the head words of organisation and place names. Each word gets flags: `g:LIST` when the word alone is
 * an entry, `gp:LIST` when it is one word of a longer entry ("South" of "South Africa").
 */
export interface Gazetteer {
  /** Flags of a lower-cased word, in a fixed order; an empty array when it is in no list. */
  flags(lower: string): readonly string[];
  readonly lists: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Parses the gazetteer text; `source` names the file in errors. */
export function parseGazetteer(text: string, source = 'gazetteer'): Gazetteer {
  const byWord = new Map<string, Set<string>>();
  const lists: string[] = [];
  let list: string | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const head = /^\[([a-z]+)\]$/.exec(line);
    if (head) {
      list = head[1];
      if (!lists.includes(list)) lists.push(list);
      return;
    }
    if (line.startsWith('[')) throw new Error(`${source}:${i + 1}: bad list header "${line}" (expected [name] in lower case)`);
    if (list == null) throw new Error(`${source}:${i + 1}: entry "${line}" comes before any [list] header`);
    const words = line.toLowerCase().split(/\s+/);
    const mark = words.length === 1 ? `g:${list}` : `gp:${list}`;
    for (const w of words) {
      let set = byWord.get(w);
      if (!set) byWord.set(w, (set = new Set()));
      set.add(mark);
    }
  });
  if (!lists.length) throw new Error(`${source}: no lists found`);
  const frozen = new Map<string, readonly string[]>();
  for (const [w, set] of byWord) frozen.set(w, Object.freeze([...set].sort()));
  return {
    lists,
    flags: (lower) => frozen.get(lower) ?? NONE,
  };
}

export function loadGazetteer(path: string): Gazetteer {
  return parseGazetteer(readFileSync(path, 'utf8'), path);
}
