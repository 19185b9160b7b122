import { DictionaryError } from './types.ts';
import { tsvRows } from './tsv-rows.ts';

/**
 * Kinds of state body (data/actors/kinds.tsv, derived from WordNet): a name such as "Senate", "House",
 * "Supreme Court", "Police" that many countries give one of their bodies, by its lower-case form, with
 * the sector of its kind. Read by src/actors/context-country.ts.
 */
export function readKinds(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { cells, line } of tsvRows(text)) {
    const [form, sector] = cells;
    if (!/^\p{Lu}[\p{L} ]*$/u.test(form ?? '') || !/^[A-Z]{2,4}$/.test(sector ?? '')) throw new DictionaryError(file, line, 'a kind is a capitalised name and a sector code');
    out.set(form.toLowerCase(), sector);
  }
  return out;
}
