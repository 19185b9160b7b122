// A .json file that is not a feed: records as `analyze --jsonl` reads them, either a list of record
// objects (what a user exporting from a script or a database often writes instead of JSONL) or one
// record object. Each element is checked as a JSONL line is, so a bad one is one error naming
// file#n and the rest are read; anything else in a .json file is one clear error, not an article
// whose text is the JSON.
import { DyadError } from '../doc/errors.ts';
import { recordOf, type JsonlItem } from './jsonl.ts';

/** Each record of the file with where it is (file#n, or the file for one record). */
export function readJsonRecords(text: string, origin: string): { where: string; item: JsonlItem }[] {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new DyadError('BAD_RECORD', `${origin}: not JSON (${(e as Error).message})`);
  }
  if (Array.isArray(json)) return json.map((v, n) => ({ where: `${origin}#${n + 1}`, item: recordOf(v, `${origin}#${n + 1}`, `${origin}#${n + 1}`) }));
  if (json && typeof json === 'object' && ('text' in json || 'html' in json)) return [{ where: origin, item: recordOf(json, origin, origin) }];
  const what = json === null ? 'null' : typeof json === 'object' ? 'an object with no "text", "html" or JSON Feed "version"' : `a ${typeof json}`;
  throw new DyadError('BAD_RECORD', `${origin}: ${what}; a .json file holds a JSON Feed, a record or a list of records`);
}
