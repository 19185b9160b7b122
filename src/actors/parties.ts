import { DictionaryError } from './types.ts';

/**
 * Party words (data/actors/party-words.tsv, derived from WordNet): a capitalised word that makes a
 * person a party member ("Democrat Bernie Sanders", "Republican senator"), by its lower-case form, with
 * the country its party belongs to (null when WordNet names none, as for "Conservative").
 */
export function readParties(text: string, file: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let header = false;
  let line = 0;
  for (const row of text.split('\n')) {
    line++;
    if (!row || row.startsWith('#')) continue;
    if (!header) {
      header = true;
      continue;
    }
    const [word, country] = row.split('\t');
    if (!/^[A-Z][a-z]+$/.test(word ?? '') || !/^([A-Z]{3}|-)$/.test(country ?? '')) throw new DictionaryError(file, line, 'a party word is a capitalised word and a country code or -');
    out.set(word.toLowerCase(), country === '-' ? null : country);
  }
  return out;
}
