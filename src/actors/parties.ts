import { DictionaryError } from './types.ts';
import { tsvRows } from './tsv-rows.ts';

/**
 * Party words (data/actors/party-words.tsv, derived from WordNet): a capitalised word that makes a
 * person a party member ("Democrat Bernie Sanders", "Republican senator"), by its lower-case form, with
 * the country its party belongs to (null when WordNet names none, as for "Conservative").
 */
export function readParties(text: string, file: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const { cells, line } of tsvRows(text)) {
    const [word, country] = cells;
    if (!/^[A-Z][a-z]+$/.test(word ?? '') || !/^([A-Z]{3}|-)$/.test(country ?? '')) throw new DictionaryError(file, line, 'a party word is a capitalised word and a country code or -');
    out.set(word.toLowerCase(), country === '-' ? null : country);
  }
  return out;
}
